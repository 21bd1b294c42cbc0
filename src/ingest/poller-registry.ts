import type { FeedPoller } from './poller.ts';

let active: FeedPoller | undefined;

/** The poller `npm start` runs, so `feed add` and `feed remove` can reschedule it. */
export function setActivePoller(poller: FeedPoller | undefined): void {
  active = poller;
}

/** Undefined in one-shot CLI runs: feeds added then are polled at the next start. */
export function getActivePoller(): FeedPoller | undefined {
  return active;
}
