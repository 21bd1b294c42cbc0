import type { Command, CommandData, OptionValues } from '../src/chat/command.ts';
import { langOption } from '../src/chat/common-options.ts';
import { UsageError } from '../src/chat/options.ts';
import { type Reply, type ReplySection, errorReply, noticeReply } from '../src/chat/reply.ts';
import { feedSettingsOf } from '../src/ingest/feed-config.ts';
import { checkFetchableUrl, FetchError } from '../src/ingest/http.ts';
import { formatDuration } from '../src/ingest/poller.ts';
import { getActivePoller } from '../src/ingest/poller-registry.ts';
import { type Feed, FeedExistsError, FeedStore } from '../src/store/feeds.ts';

export const data: CommandData = {
  name: 'feed',
  description: 'Follow news feeds: add <url>, remove <id>, list (admins)',
  options: [
    // Free text rather than choices, so "feed add https://…" and "feed remove 3" read as typed.
    { name: 'action', description: 'add, remove or list (e.g. "add https://…", "remove 3")', type: 'string', required: true, maxLength: 1000 },
    { name: 'url', description: 'The feed address, for add', type: 'string', maxLength: 1000 },
    { name: 'id', description: 'The feed number shown by feed list, for remove', type: 'integer', min: 1 },
    { name: 'full-text', description: 'For add: fetch each new item’s web page for the whole article', type: 'boolean' },
    { ...langOption, description: 'For add: the feed’s language (else what the feed says)' },
  ],
  admin: true,
};

const ACTIONS = ['add', 'remove', 'list'];

function when(iso: string | undefined, now: Date): string {
  if (!iso) return 'never';
  const ms = Date.parse(iso) - now.getTime();
  const stamp = `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  if (Math.abs(ms) < 30_000) return `${stamp} (now)`;
  return ms < 0 ? `${stamp} (${formatDuration(-ms)} ago)` : `${stamp} (in ${formatDuration(ms)})`;
}

function feedSection(feed: Feed, now: Date): ReplySection {
  const state = feed.disabledReason ? 'disabled' : feed.consecutiveFailures ? 'failing' : feed.lastSuccessAt ? 'ok' : 'not polled yet';
  const settings = [
    feed.lang ? `language ${feed.lang}` : 'language from the feed',
    feed.fullText ? 'full text from each page' : 'text from the feed',
    `every ${formatDuration(feed.intervalSeconds * 1000)}`,
    feed.origin === 'config' ? 'from the config' : 'added by command',
  ];
  const lines = [feed.url, settings.join(' · '), `Last success: ${when(feed.lastSuccessAt, now)}`];
  if (feed.lastError) {
    const streak = feed.consecutiveFailures ? ` (${feed.consecutiveFailures} in a row)` : ' (since recovered)';
    lines.push(`Last error: ${when(feed.lastErrorAt, now)} — ${feed.lastError}${streak}`);
  }
  lines.push(feed.disabledReason ? `Disabled: ${feed.disabledReason}` : `Next poll: ${feed.nextPollAt ? when(feed.nextPollAt, now) : 'as soon as Sitrep runs'}`);
  lines.push(`Items seen: ${feed.itemsSeen}`);
  return { heading: `#${feed.id} ${feed.title ?? new URL(feed.url).hostname} — ${state}`, lines };
}

function list(store: FeedStore, now: Date): Reply {
  const feeds = store.list();
  if (!feeds.length) return noticeReply('No feeds', 'Sitrep follows no feeds. Add one with /feed add <url>.');
  const disabled = feeds.filter((f) => f.disabledReason).length;
  const failing = feeds.filter((f) => !f.disabledReason && f.consecutiveFailures).length;
  return {
    kind: 'stats',
    title: `Feeds (${feeds.length})`,
    intro: [`${feeds.length - disabled - failing} healthy`, failing && `${failing} failing`, disabled && `${disabled} disabled`].filter(Boolean).join(', ') + '.',
    items: [],
    sections: feeds.map((f) => feedSection(f, now)),
    footer: getActivePoller()?.isRunning ? undefined : 'The poller is not running here: feeds are polled while Sitrep runs (npm start).',
    visibility: 'private',
  };
}

/** "add https://x" → verb "add", rest "https://x". */
function splitAction(options: OptionValues): { verb: string; rest: string } {
  const [verb = '', ...rest] = String(options.action ?? '').trim().split(/\s+/);
  return { verb: verb.toLowerCase(), rest: rest.join(' ') };
}

export const execute: Command['execute'] = (context, options) => {
  const { verb, rest } = splitAction(options);
  if (!ACTIONS.includes(verb)) throw new UsageError(`feed action must be add, remove or list, got "${verb}"`);
  const store = new FeedStore(context.engine.db);
  const poller = getActivePoller();
  switch (verb) {
    case 'list':
      return list(store, context.now);
    case 'add': {
      const raw = typeof options.url === 'string' && options.url ? options.url : rest;
      if (!raw) throw new UsageError('feed add needs the feed’s URL: feed add <url> [--full-text] [--lang id|en]');
      try {
        checkFetchableUrl(raw, feedSettingsOf(context.engine.config).allowPrivateHosts);
        const feed = store.add(
          { url: raw, fullText: options['full-text'] === true, lang: typeof options.lang === 'string' ? options.lang : undefined, origin: 'command' },
          context.now,
        );
        poller?.refresh();
        const how = [feed.lang ? `language ${feed.lang}` : undefined, feed.fullText ? 'full text from each page' : undefined].filter(Boolean).join(', ');
        return noticeReply(
          'Feed added',
          `Feed ${feed.id}: ${feed.url}${how ? ` (${how})` : ''}. ${poller?.isRunning ? 'Polling it now; /feed list shows how it went.' : 'It will be polled while Sitrep runs (npm start).'}`,
        );
      } catch (error) {
        if (error instanceof FeedExistsError || error instanceof FetchError) return errorReply(`${error.message}.`);
        throw error;
      }
    }
    case 'remove': {
      const id = typeof options.id === 'number' ? options.id : Number(rest.replace(/^#/, ''));
      if (!Number.isInteger(id) || id < 1) throw new UsageError('feed remove needs the feed’s number from /feed list: feed remove <id>');
      const removed = store.remove(id);
      if (!removed) return errorReply(`There is no feed ${id}; /feed list shows them.`);
      poller?.refresh();
      return noticeReply('Feed removed', `Feed ${removed.id} (${removed.url}) is no longer followed; its ${removed.itemsSeen} items stay in the store.`);
    }
  }
  throw new UsageError(`feed action must be ${ACTIONS.join(', ')}`);
};
