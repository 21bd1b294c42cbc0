import type { Command, CommandData } from '../src/chat/command.ts';
import { activeScheduler } from '../src/scheduler/active.ts';
import { SubscriptionStore } from '../src/store/subscriptions.ts';
import { channelOf } from './subscribe.ts';

export const data: CommandData = {
  name: 'unsubscribe',
  description: 'Stop a daily briefing in this channel (admins)',
  admin: true,
  options: [{ name: 'id', description: 'The subscription (see /subscriptions); needed when the channel has several', type: 'integer', min: 1 }],
};

export const execute: Command['execute'] = (context, options) => {
  const channel = channelOf(context);
  const store = new SubscriptionStore(context.engine.db);
  const here = store.list(channel);
  const chosen = typeof options.id === 'number' ? here.filter((s) => s.id === options.id) : here;
  if (!chosen.length) {
    return { kind: 'notice', title: 'Nothing to stop', intro: typeof options.id === 'number' ? `This channel has no subscription ${options.id}.` : 'This channel has no daily briefing.', items: [], visibility: 'private' };
  }
  if (chosen.length > 1) {
    return {
      kind: 'notice',
      title: 'Which one?',
      intro: `This channel has ${chosen.length} briefings: ${chosen.map((s) => `${s.id} (${s.time} ${s.timezone}${s.topic ? `, ${s.topic}` : ''})`).join('; ')}. Give its id.`,
      items: [],
      visibility: 'private',
    };
  }
  store.remove(chosen[0].id);
  activeScheduler()?.schedule(chosen[0].id);
  return { kind: 'notice', title: 'Daily briefing stopped', intro: `Subscription ${chosen[0].id} (${chosen[0].time} ${chosen[0].timezone}) removed.`, items: [], visibility: 'private' };
};
