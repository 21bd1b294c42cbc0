import type { Command, CommandData } from '../src/chat/command.ts';
import type { FactItem } from '../src/chat/reply.ts';
import { formatLocal, nextFire } from '../src/scheduler/schedule.ts';
import { SubscriptionStore } from '../src/store/subscriptions.ts';

export const data: CommandData = {
  name: 'subscriptions',
  description: 'The daily briefings of this channel, with their next post and health (admins)',
  admin: true,
  options: [],
};

export const execute: Command['execute'] = (context) => {
  const store = new SubscriptionStore(context.engine.db);
  const { caller } = context;
  const subs = caller.platform === 'cli' || !caller.channelId ? store.list() : store.list({ platform: caller.platform, workspaceId: caller.workspaceId ?? '', channelId: caller.channelId });
  if (!subs.length) {
    return { kind: 'notice', title: 'No daily briefings', intro: 'Start one with /subscribe time:07:00 tz:Europe/Kyiv.', items: [], visibility: 'private' };
  }
  const items: FactItem[] = subs.map((sub) => {
    const next = formatLocal(nextFire(sub.time, sub.timezone, context.now), sub.timezone);
    const last = store.lastPost(sub.id);
    const lastText = last
      ? `last ${last.briefingDay}: ${last.status}${last.late ? ' (late)' : ''}${last.error ? ` — ${last.error}` : ''}`
      : 'not posted yet';
    const where = caller.platform === 'cli' ? ` in ${sub.platform} ${sub.channelId}` : '';
    return {
      type: 'fact',
      label: `#${sub.id} ${sub.time} ${sub.timezone}${sub.topic ? ` · ${sub.topic}` : ''}${where}`,
      value: `next ${next.date} ${next.time}; ${lastText}${sub.lastError && !last?.error ? `; last error: ${sub.lastError}` : ''}`,
    };
  });
  return { kind: 'notice', title: 'Daily briefings', items, visibility: 'private' };
};
