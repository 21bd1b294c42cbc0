import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type InteractionEditReplyOptions, type InteractionReplyOptions, type InteractionUpdateOptions } from 'discord.js';
import { type DiscordMessage, EPHEMERAL_FLAG } from '../../chat/render-discord.ts';
import type { Reply } from '../../chat/reply.ts';

/**
 * Discord drops an interaction not acknowledged within 3 seconds; an answer
 * not ready by then is acknowledged with a deferral and sent as an edit.
 */
export const DEFER_AFTER_MS = 1000;

export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction;

export interface Delivery {
  interaction: AnswerableInteraction;
  /** 'update' replaces the message the button is on (paging); 'reply' sends a new message. */
  mode: 'reply' | 'update';
  /** Whether a deferred reply should be ephemeral: the answer's visibility is not known yet. */
  deferPrivately: boolean;
  /** Acknowledge before running: the command is known to be slow. */
  deferAtOnce: boolean;
  render: (reply: Reply) => DiscordMessage;
}

function messageOptions(message: DiscordMessage) {
  return {
    embeds: message.embeds,
    components: message.components as InteractionReplyOptions['components'],
    allowedMentions: { parse: [] },
  } satisfies InteractionEditReplyOptions;
}

function replyOptions(message: DiscordMessage, forcePrivate = false): InteractionReplyOptions {
  const ephemeral = forcePrivate || message.flags === EPHEMERAL_FLAG;
  return { ...messageOptions(message), ...(ephemeral && { flags: MessageFlags.Ephemeral }) };
}

const NOT_A_PAGE = new Set<Reply['kind']>(['error', 'nothing', 'notice']);

/** A page of results replaces the previous page; anything else (an error, "no more", "slow down") is told privately. */
function replacesPage(reply: Reply): boolean {
  return !NOT_A_PAGE.has(reply.kind);
}

async function settleWithin<T>(pending: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function sendNow(delivery: Delivery, reply: Reply): Promise<void> {
  const { interaction } = delivery;
  const message = delivery.render(reply);
  if (delivery.mode === 'update' && interaction.isButton() && replacesPage(reply)) {
    await interaction.update(messageOptions(message) as InteractionUpdateOptions);
  } else {
    await interaction.reply(replyOptions(message, delivery.mode === 'update'));
  }
}

async function sendDeferred(delivery: Delivery, pending: Promise<Reply>): Promise<void> {
  const { interaction } = delivery;
  if (delivery.mode === 'update' && interaction.isButton()) {
    await interaction.deferUpdate();
    const reply = await pending;
    const message = delivery.render(reply);
    if (replacesPage(reply)) await interaction.editReply(messageOptions(message));
    else await interaction.followUp(replyOptions(message, true));
    return;
  }
  await interaction.deferReply(delivery.deferPrivately ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await pending;
  const message = delivery.render(reply);
  if (message.flags === EPHEMERAL_FLAG && !delivery.deferPrivately) {
    // The "thinking…" placeholder is public but the answer is private: swap it for a private message.
    await interaction.deleteReply();
    await interaction.followUp(replyOptions(message));
  } else {
    await interaction.editReply(messageOptions(message));
  }
}

/** Answers at once when the reply is ready in time, else defers and edits. */
export async function deliver(delivery: Delivery, pending: Promise<Reply>): Promise<void> {
  const ready = delivery.deferAtOnce ? undefined : await settleWithin(pending, DEFER_AFTER_MS);
  if (ready) await sendNow(delivery, ready);
  else await sendDeferred(delivery, pending);
}

/** The last resort when answering failed: a short private apology, never silence. */
export async function apologize(interaction: AnswerableInteraction, message: DiscordMessage): Promise<void> {
  const options = replyOptions(message, true);
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}
