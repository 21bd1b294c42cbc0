import type { BriefingScheduler } from './briefings.ts';

// The running scheduler, so `subscribe` can schedule at once; none when only the CLI runs.
let active: BriefingScheduler | undefined;

export function setActiveScheduler(scheduler: BriefingScheduler | undefined): void {
  active = scheduler;
}

export function activeScheduler(): BriefingScheduler | undefined {
  return active;
}
