import type { Reply } from '../../chat/reply.ts';
import { translator } from '../../i18n/index.ts';
import { type SlackButton, type SlackMessage, renderSlack } from '../../chat/render-slack.ts';
import type { ArticleStore } from '../../store/articles.ts';
import { SHARE, type StoredRun, actionIdOf, saveRun } from './buttons.ts';

export type ResponseType = 'ephemeral' | 'in_channel';

export interface SlackResponse extends SlackMessage {
  response_type: ResponseType;
}

/** Verbs whose answer is for the whole channel unless asked with private:yes. */
const CHANNEL_VERBS = new Set(['brief']);
/** Replies worth sharing: content, not errors, help or "nothing found". */
const SHAREABLE = new Set<Reply['kind']>(['answer', 'briefing', 'sources', 'article', 'stats']);

/** Answers are private by default (a "Share in channel" button goes with them); the briefing goes to the channel. */
export function responseTypeOf(run: StoredRun | undefined, reply: Reply): ResponseType {
  if (!run || !SHAREABLE.has(reply.kind)) return 'ephemeral';
  if (run.options.private === true) return 'ephemeral';
  if (run.options.private === false || CHANNEL_VERBS.has(run.command)) return 'in_channel';
  return 'ephemeral';
}

export interface PresentOptions {
  /** Where content goes, overriding responseTypeOf; errors and help are always private. */
  responseType?: ResponseType;
  note?: string;
}

/** A Reply as a Slack response, its buttons' state stored first. */
export function present(store: ArticleStore, reply: Reply, run: StoredRun | undefined, options: PresentOptions = {}): SlackResponse {
  const responseType = SHAREABLE.has(reply.kind) ? (options.responseType ?? responseTypeOf(run, reply)) : 'ephemeral';
  const buttons: SlackButton[] = [];
  if (run) {
    for (const action of reply.actions ?? []) {
      buttons.push({ actionId: actionIdOf(action), label: action.label, value: saveRun(store, { command: action.command, options: action.options as StoredRun['options'], now: run.now }) });
    }
    if (responseType === 'ephemeral' && SHAREABLE.has(reply.kind)) {
      buttons.push({ actionId: SHARE, label: translator(reply.lang)('common.share'), value: saveRun(store, run), style: 'primary' });
    }
  }
  // A later page ("More results" runs with an offset) goes on numbering where the last one stopped.
  const offset = run?.options.offset;
  const firstNumber = typeof offset === 'number' && offset > 0 ? offset + 1 : 1;
  return { response_type: responseType, ...renderSlack(reply, { buttons, note: options.note, firstNumber }) };
}
