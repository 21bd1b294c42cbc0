import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { SlackActor } from '../../deps.ts';

export function actorOf(body: BlockAction<ButtonAction>): SlackActor {
  return {
    userId: body.user.id,
    teamId: body.team?.id ?? body.user.team_id,
    channelId: body.channel?.id ?? body.container?.channel_id,
  };
}
