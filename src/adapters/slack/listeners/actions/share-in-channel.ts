import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { runForSlack } from '../../answer.ts';
import { loadRun } from '../../buttons.ts';
import type { SlackDeps } from '../../deps.ts';
import { present } from '../../present.ts';
import { actorOf } from './actor.ts';
import { translator, uiLangOf } from '../../../../i18n/index.ts';
import { expired } from './answer-privately.ts';

/**
 * "Share in channel": the same answer again (same options, same moment),
 * posted for everyone with who shared it, and the private copy removed.
 * The bot posts with chat.postMessage; where it may not (a private channel it
 * is not in, a DM), the press's response_url posts instead.
 */
export const shareInChannelCallback =
  (deps: SlackDeps) =>
  async ({ ack, body, action, respond, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    const actor = actorOf(body);
    const run = loadRun(deps.engine.store, action.value);
    if (!run) {
      await respond({ ...present(deps.engine.store, await expired(deps, client, actor.userId), undefined), replace_original: false });
      return;
    }
    const t = translator(uiLangOf((await deps.users.about(client, actor.userId)).locale));
    const note = /^[UW][A-Z0-9]+$/.test(actor.userId) ? t('common.sharedBy', { user: `<@${actor.userId}>` }) : undefined;
    const message = await runForSlack(deps, client, actor, run, { responseType: 'in_channel', note });
    if (message.response_type !== 'in_channel' || !actor.channelId) {
      await respond({ ...message, response_type: 'ephemeral', replace_original: false });
      return;
    }
    try {
      await client.chat.postMessage({ channel: actor.channelId, text: message.text, blocks: message.blocks });
    } catch (error) {
      deps.log(`[slack] chat.postMessage to ${actor.channelId} failed (${(error as Error).message}); sharing through response_url`);
      await respond({ ...message, response_type: 'in_channel', replace_original: false });
    }
    await respond({ delete_original: true });
  };
