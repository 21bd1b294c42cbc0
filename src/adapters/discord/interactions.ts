import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Caller, Command, CommandContext } from '../../chat/command.ts';
import { commandQueue } from '../../chat/command-queue.ts';
import { RateLimiter, rateLimitReply } from '../../chat/rate-limit.ts';
import { type Reply, errorReply, noticeReply } from '../../chat/reply.ts';
import { type Log, type RunRequest, runCommand } from '../../chat/run-command.ts';
import type { Engine } from '../../engine.ts';
import { langOf, translator, uiLangOf } from '../../i18n/index.ts';
import { loadAction, renderWithButtons } from './actions.ts';
import { callerOf, optionValuesOf } from './caller.ts';
import { type AnswerableInteraction, DEFER_AFTER_MS, type Delivery, apologize, deliver } from './respond.ts';

export interface InteractionDeps {
  engine: Engine;
  commands: Map<string, Command>;
  log: Log;
  askPerMinute: number;
}

const RATE_LIMITED_COMMAND = 'ask';
/** Private answers worth showing the channel: content, not errors, help or "nothing found". */
const SHAREABLE = new Set<Reply['kind']>(['answer', 'briefing', 'sources', 'article', 'stats']);

/** A private answer gets "Share in channel", which posts it again for everyone (Slack has it; Discord's ephemeral messages cannot be made public). */
function withShareButton(reply: Reply, command: string, options: Record<string, string | number | boolean>): Reply {
  if (reply.visibility !== 'private' || !SHAREABLE.has(reply.kind)) return reply;
  const share = { id: 'share' as const, label: translator(reply.lang)('common.share'), command, options: { ...options, private: false } };
  return { ...reply, actions: [...(reply.actions ?? []), share] };
}
const AUTOCOMPLETE_CHOICES = 25;
const CHOICE_LENGTH = 100;

/** Answers every interaction Sitrep receives: slash commands, autocomplete and its buttons. */
export function createInteractionHandler(deps: InteractionDeps): {
  handle: (interaction: Interaction) => Promise<void>;
  run: (caller: Caller, request: RunRequest) => Promise<Reply>;
  rateLimited: (caller: Caller, commandName: string) => Reply | undefined;
} {
  const { engine, commands, log } = deps;
  const askLimiter = new RateLimiter(deps.askPerMinute, 60_000);
  // Commands that took longer than the deferral threshold last time are acknowledged before they run:
  // a synchronous command blocks the event loop, so no timer could defer it mid-way.
  const slow = new Set<string>();

  const render = (reply: Reply) => renderWithButtons(engine.store, reply);
  // Under load the answer will not be ready before the deferral is due: acknowledge at once.
  const queuedTooLong = () => commandQueue.expectedWaitMs() > DEFER_AFTER_MS;
  const contextFor = (caller: Caller): CommandContext => ({ engine, caller, now: new Date() });

  const run = (caller: Caller, request: RunRequest): Promise<Reply> => {
    const started = performance.now();
    return commandQueue.run(`discord:${caller.userId}`, () => runCommand(contextFor(caller), request, log)).then((reply) => {
      if (performance.now() - started > DEFER_AFTER_MS) slow.add(request.name);
      else slow.delete(request.name);
      return reply;
    });
  };

  /** The polite refusal when one user asks too quickly, or undefined when they may go on. */
  const rateLimited = (caller: Caller, commandName: string): Reply | undefined => {
    if (commandName !== RATE_LIMITED_COMMAND) return undefined;
    const waitMs = askLimiter.take(caller.userId);
    const t = translator(uiLangOf(caller.locale));
    return waitMs ? rateLimitReply(waitMs, t) : undefined;
  };

  const answer = async (interaction: AnswerableInteraction, delivery: Omit<Delivery, 'interaction' | 'render'>, pending: () => Promise<Reply>): Promise<void> => {
    try {
      await deliver({ ...delivery, interaction, render }, pending());
    } catch (error) {
      log(`[discord] answering ${describe(interaction)} failed: ${(error as Error).stack ?? error}`);
      const t = translator(uiLangOf(interaction.locale));
      await apologize(interaction, render(errorReply(t('common.failed'), t))).catch((second: Error) =>
        log(`[discord] could not tell ${interaction.user.id} about the failure: ${second.message}`),
      );
    }
  };

  const onSlashCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const name = interaction.commandName;
    const command = commands.get(name);
    const caller = callerOf(interaction);
    const refusal = rateLimited(caller, name);
    if (refusal) return answer(interaction, { mode: 'reply', deferPrivately: true, deferAtOnce: false }, async () => refusal);
    const options = optionValuesOf(interaction.options.data);
    const admin = Boolean(command?.data.admin);
    await answer(
      interaction,
      { mode: 'reply', deferPrivately: options.private === true || admin, deferAtOnce: (admin && caller.isAdmin) || slow.has(name) || queuedTooLong() },
      () => run(caller, { command, name, options }).then((reply) => withShareButton(reply, name, options)),
    );
  };

  const onButton = async (interaction: ButtonInteraction): Promise<void> => {
    const action = loadAction(engine.store, interaction.customId);
    const caller = callerOf(interaction);
    if (!action) {
      const t = translator(uiLangOf(caller.locale));
      const expired = noticeReply(t('common.buttonExpiredTitle'), t('common.buttonExpired'), 'private', langOf(t));
      return answer(interaction, { mode: 'reply', deferPrivately: true, deferAtOnce: false }, async () => expired);
    }
    const refusal = rateLimited(caller, action.command);
    const mode = action.private || action.share ? 'reply' : 'update';
    const shared = (reply: Reply): Reply => {
      if (!action.share || reply.kind === 'error' || reply.kind === 'notice') return reply;
      const t = translator(reply.lang);
      const by = t('common.sharedBy', { user: interaction.user.globalName ?? interaction.user.username });
      return { ...reply, visibility: 'public', footer: [reply.footer, by].filter(Boolean).join(' · ') };
    };
    await answer(
      interaction,
      { mode, deferPrivately: action.private, deferAtOnce: !refusal && (slow.has(action.command) || queuedTooLong()) },
      () => (refusal ? Promise.resolve(refusal) : run(caller, { command: commands.get(action.command), name: action.command, trusted: action.options }).then(shared)),
    );
  };

  const onAutocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = commands.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    try {
      choices = (command?.autocomplete?.(contextFor(callerOf(interaction)), focused.name, String(focused.value ?? '')) ?? [])
        .filter((choice) => choice.name && choice.value)
        .slice(0, AUTOCOMPLETE_CHOICES)
        .map((choice) => ({ name: choice.name.slice(0, CHOICE_LENGTH), value: choice.value.slice(0, CHOICE_LENGTH) }));
    } catch (error) {
      log(`[discord] autocomplete for /${interaction.commandName} ${focused.name} failed: ${(error as Error).stack ?? error}`);
    }
    await interaction.respond(choices);
  };

  const handle = async (interaction: Interaction) => {
    try {
      if (interaction.isChatInputCommand()) await onSlashCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
    } catch (error) {
      log(`[discord] interaction ${interaction.id} failed: ${(error as Error).stack ?? error}`);
    }
  };
  return { handle, run, rateLimited };
}

function describe(interaction: AnswerableInteraction): string {
  return interaction.isButton() ? `button ${interaction.customId}` : `/${interaction.commandName}`;
}
