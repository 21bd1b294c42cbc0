import type { Command, CommandData, OptionValues } from '../src/chat/command.ts';
import { langOption } from '../src/chat/common-options.ts';
import { UsageError } from '../src/chat/options.ts';
import { type Reply, type ReplySection, errorReply, noticeReply } from '../src/chat/reply.ts';
import { feedSettingsOf } from '../src/ingest/feed-config.ts';
import { checkFetchableUrl, FetchError } from '../src/ingest/http.ts';
import { formatDuration } from '../src/ingest/poller.ts';
import { getActivePoller } from '../src/ingest/poller-registry.ts';
import { type Feed, FeedExistsError, FeedStore } from '../src/store/feeds.ts';
import { type Surface, commandRef, optionRef } from '../src/chat/surface.ts';
import { type Translate, en, formatMoment, translator } from '../src/i18n/index.ts';

export const data: CommandData = {
  name: 'feed',
  description: en('commands.feed.description'),
  options: [
    // Free text rather than choices, so "feed add https://…" and "feed remove 3" read as typed.
    { name: 'action', description: en('commands.feed.options.action.description'), type: 'string', required: true, maxLength: 1000 },
    { name: 'url', description: en('commands.feed.options.url.description'), type: 'string', maxLength: 1000 },
    { name: 'id', description: en('commands.feed.options.id.description'), type: 'integer', min: 1 },
    { name: 'full-text', description: en('commands.feed.options.full-text.description'), type: 'boolean' },
    { ...langOption, key: 'commands.feed.options.lang', description: en('commands.feed.options.lang.description') },
  ],
  admin: true,
};

const ACTIONS = ['add', 'remove', 'list'];

function when(iso: string | undefined, now: Date, t: Translate): string {
  if (!iso) return t('common.never');
  const ms = Date.parse(iso) - now.getTime();
  const stamp = formatMoment(new Date(iso));
  if (Math.abs(ms) < 30_000) return t('feed.now', { stamp });
  return ms < 0 ? t('feed.ago', { stamp, duration: formatDuration(-ms) }) : t('feed.in', { stamp, duration: formatDuration(ms) });
}

function feedSection(feed: Feed, now: Date, t: Translate): ReplySection {
  const state = t(feed.disabledReason ? 'feed.stateDisabled' : feed.consecutiveFailures ? 'feed.stateFailing' : feed.lastSuccessAt ? 'feed.stateOk' : 'feed.stateNew');
  const settings = [
    feed.lang ? t('feed.langFixed', { lang: feed.lang }) : t('feed.langFromFeed'),
    t(feed.fullText ? 'feed.fullText' : 'feed.feedText'),
    t('feed.every', { interval: formatDuration(feed.intervalSeconds * 1000) }),
    t(feed.origin === 'config' ? 'feed.fromConfig' : 'feed.fromCommand'),
  ];
  const lines = [feed.url, settings.join(' · '), t('feed.lastSuccess', { when: when(feed.lastSuccessAt, now, t) })];
  if (feed.lastError) {
    const streak = feed.consecutiveFailures ? t('feed.streak', { count: feed.consecutiveFailures }) : t('feed.recovered');
    lines.push(`${t('feed.lastError', { when: when(feed.lastErrorAt, now, t), error: feed.lastError })}${streak}`);
  }
  lines.push(feed.disabledReason ? t('feed.disabledReason', { reason: feed.disabledReason }) : t('feed.nextPoll', { when: feed.nextPollAt ? when(feed.nextPollAt, now, t) : t('feed.nextPollSoon') }));
  lines.push(t('feed.itemsSeen', { count: feed.itemsSeen }));
  return { heading: `#${feed.id} ${feed.title ?? new URL(feed.url).hostname} — ${state}`, lines };
}

function list(store: FeedStore, now: Date, t: Translate, surface: Surface): Reply {
  const feeds = store.list();
  if (!feeds.length) return noticeReply(t('feed.noneTitle'), t('feed.none', { add: `${commandRef('feed', surface)} add <url>` }));
  const disabled = feeds.filter((f) => f.disabledReason).length;
  const failing = feeds.filter((f) => !f.disabledReason && f.consecutiveFailures).length;
  return {
    kind: 'stats',
    title: t('feed.title', { count: feeds.length }),
    intro: [t('feed.healthy', { count: feeds.length - disabled - failing }), failing && t('feed.failing', { count: failing }), disabled && t('feed.disabled', { count: disabled })].filter(Boolean).join(', ') + '.',
    items: [],
    sections: feeds.map((f) => feedSection(f, now, t)),
    footer: getActivePoller()?.isRunning ? undefined : t('feed.pollerOff'),
    visibility: 'private',
  };
}

/** "add https://x" → verb "add", rest "https://x". */
function splitAction(options: OptionValues): { verb: string; rest: string } {
  const [verb = '', ...rest] = String(options.action ?? '').trim().split(/\s+/);
  return { verb: verb.toLowerCase(), rest: rest.join(' ') };
}

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const surface = context.caller.platform;
  const feedList = `${commandRef('feed', surface)} list`;
  const { verb, rest } = splitAction(options);
  if (!ACTIONS.includes(verb)) throw new UsageError('feed.badAction', { verb });
  const store = new FeedStore(context.engine.db);
  const poller = getActivePoller();
  switch (verb) {
    case 'list':
      return list(store, context.now, t, surface);
    case 'add': {
      const raw = typeof options.url === 'string' && options.url ? options.url : rest;
      if (!raw) throw new UsageError('feed.addNeedsUrl', { usage: `${commandRef('feed', surface)} add <url> [${optionRef('full-text', surface, 'true')}] [${optionRef('lang', surface, 'id|en')}]` });
      try {
        checkFetchableUrl(raw, feedSettingsOf(context.engine.config).allowPrivateHosts);
        const feed = store.add(
          { url: raw, fullText: options['full-text'] === true, lang: typeof options.lang === 'string' ? options.lang : undefined, origin: 'command' },
          context.now,
        );
        poller?.refresh();
        const how = [feed.lang ? t('feed.langFixed', { lang: feed.lang }) : undefined, feed.fullText ? t('feed.fullText') : undefined].filter(Boolean).join(', ');
        return noticeReply(
          t('feed.addedTitle'),
          `${t(how ? 'feed.addedHow' : 'feed.added', { id: feed.id, url: feed.url, how })} ${poller?.isRunning ? t('feed.pollingNow', { list: feedList }) : t('feed.pollLater')}`,
        );
      } catch (error) {
        if (error instanceof FeedExistsError || error instanceof FetchError) return errorReply(`${error.message}.`, t);
        throw error;
      }
    }
    case 'remove': {
      const id = typeof options.id === 'number' ? options.id : Number(rest.replace(/^#/, ''));
      if (!Number.isInteger(id) || id < 1) throw new UsageError('feed.removeNeedsId', { list: feedList, usage: `${commandRef('feed', surface)} remove <id>` });
      const removed = store.remove(id);
      if (!removed) return errorReply(t('feed.noSuch', { id, list: feedList }), t);
      poller?.refresh();
      return noticeReply(t('feed.removedTitle'), t('feed.removed', { id: removed.id, url: removed.url, count: removed.itemsSeen }));
    }
  }
  throw new UsageError('feed.badAction', { verb });
};
