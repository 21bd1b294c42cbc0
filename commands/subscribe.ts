import type { Command, CommandContext, CommandData } from '../src/chat/command.ts';
import { UsageError } from '../src/chat/options.ts';
import { activeScheduler } from '../src/scheduler/active.ts';
import { formatLocal, nextFire, parseTime, parseTimeZone, timeZones } from '../src/scheduler/schedule.ts';
import { type Platform, type Subscription, SubscriptionStore } from '../src/store/subscriptions.ts';
import { commandRef } from '../src/chat/surface.ts';
import { type Translate, UI_LANGS, en, translator, uiLangOf } from '../src/i18n/index.ts';

export const data: CommandData = {
  name: 'subscribe',
  description: en('commands.subscribe.description'),
  admin: true,
  options: [
    { name: 'time', description: en('commands.subscribe.options.time.description'), type: 'string', required: true, minLength: 3, maxLength: 5 },
    { name: 'tz', description: en('commands.subscribe.options.tz.description'), type: 'string', required: true, maxLength: 64, autocomplete: true },
    { name: 'topic', description: en('commands.subscribe.options.topic.description'), type: 'string', maxLength: 100 },
    { name: 'hours', description: en('commands.subscribe.options.hours.description'), type: 'integer', min: 1, max: 168 },
    {
      name: 'quiet',
      description: en('commands.subscribe.options.quiet.description'),
      type: 'string',
      choices: [
        { name: en('commands.subscribe.options.quiet.choices.say'), value: 'say' },
        { name: en('commands.subscribe.options.quiet.choices.skip'), value: 'skip' },
      ],
    },
    {
      name: 'lang',
      description: en('commands.subscribe.options.lang.description'),
      type: 'string',
      choices: UI_LANGS.map((lang) => ({ name: en(`commands.subscribe.options.lang.choices.${lang}`), value: lang })),
    },
    { name: 'replace', description: en('commands.subscribe.options.replace.description'), type: 'boolean' },
  ],
};

/** The channel a command was given in, as subscriptions store it. */
export function channelOf(context: CommandContext): { platform: Platform; workspaceId: string; channelId: string } {
  const { caller } = context;
  if (caller.platform === 'cli' || !caller.channelId) throw new UsageError('subscribe.channelOnly');
  return { platform: caller.platform, workspaceId: caller.workspaceId ?? '', channelId: caller.channelId };
}

/** "#2 07:00 Europe/Kyiv · kursk" */
export function subscriptionLabel(sub: Subscription, t: Translate): string {
  return t(sub.topic ? 'subscribe.entryTopic' : 'subscribe.entry', { id: sub.id, time: sub.time, timezone: sub.timezone, topic: sub.topic });
}

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const time = parseTime(String(options.time));
  const timezone = parseTimeZone(String(options.tz));
  const channel = channelOf(context);
  const store = new SubscriptionStore(context.engine.db);
  // Briefings are written in the chosen language, else the server's (Discord), else the subscriber's.
  const lang = (typeof options.lang === 'string' ? uiLangOf(options.lang) : undefined) ?? uiLangOf(context.caller.guildLocale) ?? context.lang;
  const topic = typeof options.topic === 'string' ? options.topic.trim() : '';
  const before = store.list(channel);
  const sub = store.add({
    ...channel,
    time,
    timezone,
    topic,
    hours: typeof options.hours === 'number' ? options.hours : undefined,
    quiet: options.quiet === 'skip' ? 'skip' : 'say',
    lang,
    createdBy: context.caller.userId,
  });
  const scheduler = activeScheduler();
  // A second /subscribe in a channel adds a briefing (one per topic), or with replace:true takes the others' place.
  const others = before.filter((s) => s.id !== sub.id);
  // One briefing per topic in a channel: the same topic again changes that one.
  const updated = before.find((s) => s.id === sub.id);
  if (options.replace === true) {
    for (const other of others) {
      store.remove(other.id);
      scheduler?.schedule(other.id);
    }
  }
  scheduler?.schedule(sub);
  const next = formatLocal(nextFire(sub.time, sub.timezone, context.now), sub.timezone, context.lang);
  const list = others.map((s) => subscriptionLabel(s, t)).join('; ');
  const intro = [
    t(sub.topic ? 'subscribe.scheduledTopic' : 'subscribe.scheduled', { id: sub.id, time: sub.time, timezone: sub.timezone, topic: sub.topic, next: `${next.date} ${next.time}` }),
    scheduler ? '' : t('subscribe.notRunning'),
    updated ? t('subscribe.updated', { id: sub.id, was: `${updated.time} ${updated.timezone}` }) : '',
    others.length ? t(options.replace === true ? 'subscribe.replaced' : 'subscribe.others', { count: others.length, list }) : '',
  ];
  const surface = context.caller.platform;
  return {
    kind: 'notice',
    title: t('subscribe.scheduledTitle'),
    intro: intro.filter(Boolean).join(' '),
    items: [],
    footer: t('subscribe.footer', { unsubscribe: commandRef('unsubscribe', surface), subscriptions: commandRef('subscriptions', surface) }),
    visibility: 'private',
  };
};

export const autocomplete: Command['autocomplete'] = (_context, option, typed) => {
  if (option !== 'tz') return [];
  const wanted = typed.trim().toLowerCase().replace(/\s+/g, '_');
  return timeZones()
    .filter((zone) => zone.toLowerCase().includes(wanted))
    .slice(0, 25)
    .map((zone) => ({ name: zone, value: zone }));
};
