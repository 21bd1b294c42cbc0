import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { errorReply } from '../../../../chat/reply.ts';
import { runForSlack } from '../../answer.ts';
import { loadRun } from '../../buttons.ts';
import type { SlackDeps } from '../../deps.ts';
import { present } from '../../present.ts';
import { actorOf } from './actor.ts';

export const EXPIRED = 'That button has expired. Run the command again.';

/** "More results" and "Sources": the next answer, shown only to whoever pressed, below the message. */
export const answerPrivatelyCallback =
  (deps: SlackDeps) =>
  async ({ ack, body, action, respond, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    const run = loadRun(deps.engine.store, action.value);
    const message = run
      ? await runForSlack(deps, client, actorOf(body), run, { responseType: 'ephemeral' })
      : present(deps.engine.store, errorReply(EXPIRED), undefined);
    try {
      await respond({ ...message, response_type: 'ephemeral', replace_original: false });
    } catch (error) {
      deps.log(`[slack] could not answer a button press by ${body.user.id}: ${(error as Error).message}`);
    }
  };
