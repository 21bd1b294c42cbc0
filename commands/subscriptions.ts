import type { Command, CommandData } from '../src/chat/command.ts';
import type { FactItem } from '../src/chat/reply.ts';
import { commandRef, example } from '../src/chat/surface.ts';
import { en, languageNameIn, translator } from '../src/i18n/index.ts';
import { formatLocal, nextFire } from '../src/scheduler/schedule.ts';
import { SubscriptionStore } from '../src/store/subscriptions.ts';
import { subscriptionLabel } from './subscribe.ts';

export const data: CommandData = {
  name: 'subscriptions',
  description: en('commands.subscriptions.description'),
  admin: true,
  options: [],
};

export const execute: Command['execute'] = (context) => {
  const t = translator(context.lang);
  const store = new SubscriptionStore(context.engine.db);
  const { caller } = context;
  const subs = caller.platform === 'cli' || !caller.channelId ? store.list() : store.list({ platform: caller.platform, workspaceId: caller.workspaceId ?? '', channelId: caller.channelId });
  if (!subs.length) {
    const start = caller.platform === 'cli' ? commandRef('subscribe', 'terminal') : example('subscribe', '', { time: '07:00', tz: 'Europe/Kyiv' }, caller.platform);
    return { kind: 'notice', title: t('subscriptions.noneTitle'), intro: t('subscriptions.none', { example: start }), items: [], visibility: 'private' };
  }
  const items: FactItem[] = subs.map((sub) => {
    const next = formatLocal(nextFire(sub.time, sub.timezone, context.now), sub.timezone, context.lang);
    const last = store.lastPost(sub.id);
    const lastText = last
      ? `${t(last.late ? 'subscriptions.lastLate' : 'subscriptions.last', { day: last.briefingDay, status: last.status })}${last.error ? t('subscriptions.lastError', { error: last.error }) : ''}`
      : t('subscriptions.notYet');
    const where = caller.platform === 'cli' ? t('subscriptions.where', { platform: sub.platform, channel: sub.channelId }) : '';
    const lang = sub.lang ? t('subscriptions.language', { lang: languageNameIn(sub.lang, context.lang ?? 'en') }) : '';
    return {
      type: 'fact',
      label: `${subscriptionLabel(sub, t)}${where}`,
      value: `${t('subscriptions.next', { next: `${next.date} ${next.time}`, last: lastText })}${lang}${sub.lastError && !last?.error ? t('subscriptions.lastFailure', { error: sub.lastError }) : ''}`,
    };
  });
  return { kind: 'notice', title: t('subscriptions.title'), items, visibility: 'private' };
};
