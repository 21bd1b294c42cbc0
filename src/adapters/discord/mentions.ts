import { type Client, type Message, PermissionFlagsBits } from 'discord.js';
import { parseArgs } from '../../chat/args.ts';
import { type Caller, type Command, typedCommands } from '../../chat/command.ts';
import { UsageError } from '../../chat/options.ts';
import { type Reply, errorReply } from '../../chat/reply.ts';
import { type Log, runCommand, sentence } from '../../chat/run-command.ts';
import { usageOf } from '../../chat/surface.ts';
import type { Engine } from '../../engine.ts';
import { replyLang, translator } from '../../i18n/index.ts';
import { renderWithButtons } from './actions.ts';

const THREAD_NAME = 100;
const MENTION = /<@!?\d+>/g;

export interface MentionDeps {
  engine: Engine;
  commands: Map<string, Command>;
  log: Log;
  /** Runs a command as the interaction handler does (the per-user queue). */
  run(caller: Caller, request: Parameters<typeof runCommand>[1]): Promise<Reply>;
  /** The polite refusal when the user asks too fast, else undefined. */
  rateLimited(caller: Caller, command: string): Reply | undefined;
}

/** "<@123> how far can the KN-23 fly?" → a command and its text: a verb first ("@Sitrep brief") runs it, anything else is asked. */
export function mentionRequest(content: string, commands: Map<string, Command>): { command: Command; rest: string; text: string } | undefined {
  const text = content.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
  const typed = typedCommands(commands);
  const [first = '', ...words] = text.split(' ');
  const named = typed.get(first.toLowerCase().replace(/^\//, ''));
  if (named) return { command: named, rest: words.join(' '), text };
  const ask = typed.get(text ? 'ask' : 'help');
  return ask ? { command: ask, rest: text, text } : undefined;
}

/**
 * A message that mentions Sitrep ("@Sitrep how far can the KN-23 fly?") is
 * answered in a thread under it; a message in a thread Sitrep started is
 * answered there. Discord gives a bot the words of messages that mention
 * it without the privileged message-content intent: a follow-up in the
 * thread mentions Sitrep or replies to it (which mentions it).
 */
export function createMentionHandler(client: Client, deps: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || !message.inGuild() || !client.user) return;
    const me = client.user.id;
    const ourThread = message.channel.isThread() && message.channel.ownerId === me;
    if (!message.mentions.users.has(me) && !ourThread) return;
    const request = mentionRequest(message.content, deps.commands);
    // In our thread without a mention, the words only come with the message-content intent.
    if (!request || (!message.content.trim() && !message.mentions.users.has(me))) return;
    const caller: Caller = {
      platform: 'discord',
      userId: message.author.id,
      isAdmin: message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false,
      channelId: message.channelId,
      workspaceId: message.guildId,
      locale: message.guild.preferredLocale,
      guildLocale: message.guild.preferredLocale,
    };
    const lang = replyLang({ question: request.text, locale: caller.locale });
    const t = translator(lang);
    let reply: Reply;
    try {
      reply = deps.rateLimited(caller, request.command.data.name) ?? (await deps.run(caller, { command: request.command, name: request.command.data.name, options: parseArgs(request.command.data, request.rest) }));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      reply = errorReply(sentence(error.in(lang)), t);
      reply.footer = t('common.usage', { usage: usageOf(request.command.data, 'discord') });
    }
    // Asked in the open, answered in the open (in the thread).
    const body = renderWithButtons(deps.engine.store, { ...reply, visibility: 'public' });
    const payload = { embeds: body.embeds, components: body.components, allowedMentions: { parse: [] } };
    try {
      const thread = message.channel.isThread() ? message.channel : await message.startThread({ name: request.text.slice(0, THREAD_NAME) || 'Sitrep', autoArchiveDuration: 1440 });
      await thread.send(payload as never);
    } catch (error) {
      deps.log(`[discord] could not answer ${message.author.id} in a thread of ${message.channelId} (${(error as Error).message}); replying under the message`);
      await message.reply(payload as never).catch((second: Error) => deps.log(`[discord] could not reply to ${message.author.id}: ${second.message}`));
    }
  };
}
