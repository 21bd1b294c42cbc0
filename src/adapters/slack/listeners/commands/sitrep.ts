import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { commandQueue } from '../../../../chat/command-queue.ts';
import { answerSlashCommand } from '../../answer.ts';
import { within } from '../../deadline.ts';
import type { SlackDeps } from '../../deps.ts';

/**
 * `/sitrep <verb> …`. Slack wants an acknowledgement within 3 s: an answer
 * ready in time goes back in it; a slower one — or any, when the command
 * queue is too long for it to be ready — follows through response_url (one
 * of its 5 uses).
 */
export const sitrepCommandCallback =
  (deps: SlackDeps) =>
  async ({ command, ack, respond, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const actor = { userId: command.user_id, teamId: command.team_id, channelId: command.channel_id };
    const answer = answerSlashCommand(deps, client, command.text ?? '', actor);
    // Under load the answer will not be ready in time: acknowledge at once rather than wait for nothing.
    const wait = commandQueue.expectedWaitMs() > deps.ackWithinMs ? 0 : deps.ackWithinMs;
    const ready = wait ? await within(answer, wait) : { done: false as const };
    if (ready.done) {
      await ack(ready.value);
      return;
    }
    await ack();
    try {
      await respond(await answer);
    } catch (error) {
      deps.log(`[slack] could not deliver a late answer to ${command.user_id}: ${(error as Error).message}`);
    }
  };
