import type { Engine } from '../engine.ts';
import { FeedStore } from '../store/feeds.ts';
import { configuredFeeds, feedSettingsOf } from './feed-config.ts';
import { FeedPoller } from './poller.ts';
import { getActivePoller, setActivePoller } from './poller-registry.ts';

/**
 * For a long-running Sitrep: applies the config's feeds (the default list
 * unless it says otherwise), gives disabled feeds one more try, starts
 * polling and registers the poller for the feed command. Stop it with
 * `stopFeedPoller()` before closing the engine.
 */
export function startFeedPoller(engine: Engine, options: { log?: (line: string) => void } = {}): FeedPoller {
  const { feeds, allowPrivateHosts } = feedSettingsOf(engine.config);
  const store = new FeedStore(engine.db);
  const sync = store.syncConfigured(configuredFeeds(feeds));
  const revived = store.reviveDisabled();
  options.log?.(
    `Feeds: following ${store.list().length}` +
      (sync.added || sync.removed ? `; from the config ${sync.added} added, ${sync.removed} dropped` : '') +
      (revived ? `; ${revived} disabled ${revived === 1 ? 'feed gets' : 'feeds get'} one more try` : '') +
      '.',
  );
  const poller = new FeedPoller({ engine, store, log: options.log, http: { allowPrivate: allowPrivateHosts } });
  setActivePoller(poller);
  poller.start();
  return poller;
}

/** Stops the registered poller and waits for its polls in flight. */
export async function stopFeedPoller(): Promise<void> {
  const poller = getActivePoller();
  setActivePoller(undefined);
  await poller?.stop();
}
