import type { Command, CommandContext, CommandData } from '../src/chat/command.ts';
import { UsageError } from '../src/chat/options.ts';
import { activeScheduler } from '../src/scheduler/active.ts';
import { formatLocal, nextFire, parseTime, parseTimeZone, timeZones } from '../src/scheduler/schedule.ts';
import { type Platform, SubscriptionStore } from '../src/store/subscriptions.ts';

export const data: CommandData = {
  name: 'subscribe',
  description: 'Post a daily briefing in this channel at a local time (admins)',
  admin: true,
  options: [
    { name: 'time', description: 'Local time, 24-hour HH:MM (e.g. 07:00)', type: 'string', required: true, minLength: 3, maxLength: 5 },
    { name: 'tz', description: 'IANA time zone (e.g. Europe/Kyiv, Asia/Jakarta, UTC)', type: 'string', required: true, maxLength: 64, autocomplete: true },
    { name: 'topic', description: 'Only stories about this (default: the war as a whole)', type: 'string', maxLength: 100 },
    { name: 'hours', description: 'Cover a fixed window of hours (default: since the previous briefing)', type: 'integer', min: 1, max: 168 },
    {
      name: 'quiet',
      description: 'On a day without news',
      type: 'string',
      choices: [
        { name: 'Say so in one line', value: 'say' },
        { name: 'Post nothing', value: 'skip' },
      ],
    },
  ],
};

/** The channel a command was given in, as subscriptions store it. */
export function channelOf(context: CommandContext): { platform: Platform; workspaceId: string; channelId: string } {
  const { caller } = context;
  if (caller.platform === 'cli' || !caller.channelId) {
    throw new UsageError('briefings are posted to a chat channel: run this in the terminal chat (npm start), Discord or Slack');
  }
  return { platform: caller.platform, workspaceId: caller.workspaceId ?? '', channelId: caller.channelId };
}

export const execute: Command['execute'] = (context, options) => {
  const time = parseTime(String(options.time));
  const timezone = parseTimeZone(String(options.tz));
  const channel = channelOf(context);
  const store = new SubscriptionStore(context.engine.db);
  const sub = store.add({
    ...channel,
    time,
    timezone,
    topic: typeof options.topic === 'string' ? options.topic.trim() : '',
    hours: typeof options.hours === 'number' ? options.hours : undefined,
    quiet: options.quiet === 'skip' ? 'skip' : 'say',
    createdBy: context.caller.userId,
  });
  const scheduler = activeScheduler();
  scheduler?.schedule(sub);
  const next = nextFire(sub.time, sub.timezone, context.now);
  const local = formatLocal(next, sub.timezone);
  return {
    kind: 'notice',
    title: 'Daily briefing scheduled',
    intro: `Subscription ${sub.id}: every day at ${sub.time} ${sub.timezone}${sub.topic ? ` on “${sub.topic}”` : ''}. Next: ${local.date} ${local.time}.${scheduler ? '' : ' (Sitrep posts it while it runs: npm start.)'}`,
    items: [],
    footer: 'Remove it with /unsubscribe; see all with /subscriptions.',
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
