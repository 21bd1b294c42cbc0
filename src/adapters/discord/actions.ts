import type { OptionValues } from '../../chat/command.ts';
import { type DiscordMessage, renderDiscord } from '../../chat/render-discord.ts';
import type { Reply, ReplyAction } from '../../chat/reply.ts';
import type { ArticleStore } from '../../store/articles.ts';

export const CUSTOM_ID_PREFIX = 'sitrep:';

/** What a button does, kept in the store so it still works after a restart. */
export interface StoredAction {
  command: string;
  options: OptionValues;
  private: boolean;
  /** "Share in channel": the answer again, for everyone, as a new message. */
  share?: boolean;
}

/** Saves a button's action; returns its custom_id, `sitrep:<id>`. */
export function saveAction(store: ArticleStore, action: ReplyAction): string {
  const stored: StoredAction = { command: action.command, options: action.options as OptionValues, private: action.private ?? false, ...(action.id === 'share' && { share: true }) };
  return CUSTOM_ID_PREFIX + store.saveAction(stored);
}

export function loadAction(store: ArticleStore, customId: string): StoredAction | undefined {
  if (!customId.startsWith(CUSTOM_ID_PREFIX)) return undefined;
  return store.loadAction<StoredAction>(customId.slice(CUSTOM_ID_PREFIX.length));
}

/** Renders a reply for Discord, keeping the state of its buttons in the store. */
export function renderWithButtons(store: ArticleStore, reply: Reply): DiscordMessage {
  return renderDiscord(reply, { customIdOf: (action) => saveAction(store, action) });
}
