import type { Command, CommandData } from '../src/chat/command.ts';
import type { FactItem } from '../src/chat/reply.ts';
import { noticeReply } from '../src/chat/reply.ts';
import { commandRef, optionRef } from '../src/chat/surface.ts';
import { en, formatMoment, translator } from '../src/i18n/index.ts';

export const data: CommandData = {
  name: 'feedback',
  description: en('commands.feedback.description'),
  admin: true,
  options: [
    { name: 'restore', description: en('commands.feedback.options.restore.description'), type: 'integer', min: 1 },
    { name: 'limit', description: en('commands.feedback.options.limit.description'), type: 'integer', min: 1, max: 50 },
  ],
};

const QUOTE_SHOWN = 200;
/** The reported quote's start, cut at a word. */
const clipQuote = (text: string) => (text.length <= QUOTE_SHOWN ? text : `${text.slice(0, text.lastIndexOf(' ', QUOTE_SHOWN))} …`);

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const surface = context.caller.platform;
  const store = context.engine.feedback;
  if (typeof options.restore === 'number') {
    const passage = options.restore;
    return store.restore(passage) ? noticeReply(t('feedback.restoredTitle'), t('feedback.restored', { passage })) : noticeReply(t('feedback.restoredTitle'), t('feedback.notHidden', { passage }));
  }
  const reports = store.recent({ limit: typeof options.limit === 'number' ? options.limit : 15 });
  if (!reports.length) return noticeReply(t('feedback.listTitle'), t('feedback.none'));
  const items: FactItem[] = reports.map((f) => ({
    type: 'fact',
    label: t('feedback.entry', { id: f.id, verdict: t(`feedback.verdict.${f.verdict}`), user: f.userId, platform: f.platform, at: formatMoment(new Date(f.createdAt)) }),
    value:
      f.passageId !== undefined
        ? `${t('feedback.entryQuote', { question: f.question, passage: f.passageId, quote: clipQuote(f.quote ?? '') })}${f.hidden ? t('feedback.hidden') : ''}`
        : t('feedback.entryValue', { question: f.question }),
  }));
  return {
    kind: 'notice',
    title: t('feedback.listTitle'),
    items,
    footer: t('feedback.footer', { restore: `${commandRef('feedback', surface)} ${optionRef('restore', surface, '<n>')}` }),
    visibility: 'private',
  };
};
