import type { OptionValues } from '../../chat/command.ts';
import type { ReplyAction } from '../../chat/reply.ts';
import type { ArticleStore } from '../../store/articles.ts';

export const MORE_RESULTS = 'sitrep_more';
export const SOURCES = 'sitrep_sources';
export const SHARE = 'sitrep_share';
/** Feedback buttons: sitrep_feedback_up, …_down, …_wrong, and sitrep_quote_<n> to say which quote is wrong. */
export const FEEDBACK = /^sitrep_(?:feedback_(?:up|down|wrong)|quote_\d+)$/;

/** A button's action id for a Reply action ("more" → sitrep_more); unique within its message, as Slack requires. */
export function actionIdOf(action: ReplyAction): string {
  switch (action.id) {
    case 'more':
      return MORE_RESULTS;
    case 'sources':
      return SOURCES;
    case 'quote':
      return `sitrep_quote_${Number(action.options.n) || 0}`;
    default:
      return `sitrep_feedback_${action.id}`;
  }
}

/**
 * What a button runs: a command, its already validated options, and the
 * moment of the first answer (so "since:7d" pages through the same window).
 * Kept in the store, its id the button's value: it survives restarts.
 */
export interface StoredRun {
  command: string;
  options: OptionValues;
  now: string;
}

export function saveRun(store: ArticleStore, run: StoredRun): string {
  return store.saveAction(run);
}

export function loadRun(store: ArticleStore, id: string | undefined): StoredRun | undefined {
  if (!id || !/^[\w-]{1,64}$/.test(id)) return undefined;
  const run = store.loadAction<StoredRun>(id);
  return run && typeof run.command === 'string' && run.options && typeof run.now === 'string' ? run : undefined;
}
