import type { Command, CommandData } from '../src/chat/command.ts';
import type { Reply, ReplyAction } from '../src/chat/reply.ts';
import { noticeReply } from '../src/chat/reply.ts';
import { commandRef, optionRef } from '../src/chat/surface.ts';
import { en, translator } from '../src/i18n/index.ts';
import type { Verdict } from '../src/store/feedback.ts';

/**
 * What a reader says about an answer, from its buttons: 👍, 👎, or "Report a
 * wrong quote" (then which one). Stored with the question, the quotes shown
 * and who said it; a quote an admin reports wrong is hidden from answers.
 */
export const data: CommandData = {
  name: 'rate',
  description: en('commands.rate.description'),
  internal: true,
  options: [
    { name: 'verdict', description: en('commands.rate.options.verdict.description'), type: 'string', required: true, choices: ['up', 'down', 'wrong'].map((value) => ({ name: en(`commands.rate.options.verdict.choices.${value}`), value })) },
    { name: 'question', description: en('commands.rate.options.question.description'), type: 'string', required: true, maxLength: 300 },
    { name: 'passages', description: en('commands.rate.options.passages.description'), type: 'string', maxLength: 200 },
    { name: 'passage', description: en('commands.rate.options.passage.description'), type: 'integer', min: 1 },
    { name: 'n', description: en('commands.rate.options.n.description'), type: 'integer', min: 1 },
  ],
};

/** The three feedback buttons under an answer. */
export function feedbackActions(question: string, passages: number[], firstNumber: number, label: (key: string) => string): ReplyAction[] {
  const options = { question, passages: passages.join(','), first: firstNumber };
  return (['up', 'down', 'wrong'] as const).map((verdict) => ({
    id: verdict,
    label: label(verdict === 'wrong' ? 'feedback.report' : `feedback.${verdict}`),
    command: 'rate',
    options: { ...options, verdict },
    private: true,
  }));
}

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const { caller, engine } = context;
  const verdict = options.verdict as Verdict;
  const question = String(options.question);
  const passages = String(options.passages ?? '').split(',').map(Number).filter((id) => Number.isInteger(id) && id > 0);
  const first = typeof options.first === 'number' ? options.first : 1;
  const where = { platform: caller.platform, workspaceId: caller.workspaceId ?? '', channelId: caller.channelId ?? '', userId: caller.userId, byAdmin: caller.isAdmin };

  if (verdict === 'wrong' && typeof options.passage !== 'number') {
    // Which one? A button per quote of the answer, numbered as it showed them.
    const actions: ReplyAction[] = passages.map((passage, i) => ({
      id: 'quote',
      label: t('feedback.quoteButton', { n: first + i }),
      command: 'rate',
      options: { verdict, question, passages: passages.join(','), passage, n: first + i },
      private: true,
    }));
    return { ...noticeReply(t('feedback.whichTitle'), t('feedback.which')), actions } satisfies Reply;
  }
  if (verdict === 'wrong') {
    const passage = engine.store.passages([options.passage as number]).get(options.passage as number);
    if (!passage) return noticeReply(t('feedback.thanksTitle'), t('feedback.quoteGone'));
    const feedback = engine.feedback.add({ ...where, verdict, question, passages, passageId: passage.id, quote: passage.text.slice(0, 500) }, context.now);
    const n = typeof options.n === 'number' ? options.n : passages.indexOf(passage.id) + first;
    if (caller.isAdmin) {
      engine.feedback.hide(passage.id, caller.userId, feedback.id, context.now);
      const restore = `${commandRef('feedback', caller.platform)} ${optionRef('restore', caller.platform, String(passage.id))}`;
      return noticeReply(t('feedback.thanksTitle'), t('feedback.reportedHidden', { n, restore }));
    }
    return noticeReply(t('feedback.thanksTitle'), t('feedback.reported', { n, feedback: commandRef('feedback', caller.platform) }));
  }
  engine.feedback.add({ ...where, verdict, question, passages }, context.now);
  return noticeReply(t('feedback.thanksTitle'), t(verdict === 'up' ? 'feedback.thanksUp' : 'feedback.thanksDown'));
};
