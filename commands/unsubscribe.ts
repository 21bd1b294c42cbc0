import type { Command, CommandData } from '../src/chat/command.ts';
import { en, translator } from '../src/i18n/index.ts';
import { activeScheduler } from '../src/scheduler/active.ts';
import { SubscriptionStore } from '../src/store/subscriptions.ts';
import { channelOf, subscriptionLabel } from './subscribe.ts';

export const data: CommandData = {
  name: 'unsubscribe',
  description: en('commands.unsubscribe.description'),
  admin: true,
  options: [{ name: 'id', description: en('commands.unsubscribe.options.id.description'), type: 'integer', min: 1 }],
};

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const channel = channelOf(context);
  const store = new SubscriptionStore(context.engine.db);
  const here = store.list(channel);
  const chosen = typeof options.id === 'number' ? here.filter((s) => s.id === options.id) : here;
  if (!chosen.length) {
    return { kind: 'notice', title: t('unsubscribe.nothingTitle'), intro: typeof options.id === 'number' ? t('unsubscribe.noSuch', { id: options.id }) : t('unsubscribe.none'), items: [], visibility: 'private' };
  }
  if (chosen.length > 1) {
    return {
      kind: 'notice',
      title: t('unsubscribe.whichTitle'),
      intro: t('unsubscribe.which', { count: chosen.length, list: chosen.map((s) => subscriptionLabel(s, t)).join('; ') }),
      items: [],
      visibility: 'private',
    };
  }
  store.remove(chosen[0].id);
  activeScheduler()?.schedule(chosen[0].id);
  return { kind: 'notice', title: t('unsubscribe.stoppedTitle'), intro: t('unsubscribe.stopped', { id: chosen[0].id, time: chosen[0].time, timezone: chosen[0].timezone }), items: [], visibility: 'private' };
};
