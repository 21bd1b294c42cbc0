import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { type Reply, errorReply } from '../../../../chat/reply.ts';
import { translator, uiLangOf } from '../../../../i18n/index.ts';
import { runForSlack } from '../../answer.ts';
import { loadRun } from '../../buttons.ts';
import type { SlackDeps } from '../../deps.ts';
import { present } from '../../present.ts';
import { actorOf } from './actor.ts';

/** The reply to a button whose stored answer is gone, in the presser's language. */
export async function expired(deps: SlackDeps, client: Parameters<typeof runForSlack>[1], userId: string): Promise<Reply> {
  const t = translator(uiLangOf((await deps.users.about(client, userId)).locale));
  return errorReply(`${t('common.buttonExpiredTitle')}. ${t('common.buttonExpired')}`, t);
}

/** "More results" and "Sources": the next answer, shown only to whoever pressed, below the message. */
export const answerPrivatelyCallback =
  (deps: SlackDeps) =>
  async ({ ack, body, action, respond, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    const run = loadRun(deps.engine.store, action.value);
    const message = run
      ? await runForSlack(deps, client, actorOf(body), run, { responseType: 'ephemeral' })
      : present(deps.engine.store, await expired(deps, client, body.user.id), undefined);
    try {
      await respond({ ...message, response_type: 'ephemeral', replace_original: false });
    } catch (error) {
      deps.log(`[slack] could not answer a button press by ${body.user.id}: ${(error as Error).message}`);
    }
  };
