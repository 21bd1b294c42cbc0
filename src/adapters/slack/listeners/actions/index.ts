import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { FEEDBACK, MORE_RESULTS, SHARE, SOURCES } from '../../buttons.ts';
import type { SlackDeps } from '../../deps.ts';
import { answerPrivatelyCallback } from './answer-privately.ts';
import { shareInChannelCallback } from './share-in-channel.ts';

const register = (app: App, deps: SlackDeps): void => {
  app.action<BlockAction<ButtonAction>>(MORE_RESULTS, answerPrivatelyCallback(deps));
  app.action<BlockAction<ButtonAction>>(SOURCES, answerPrivatelyCallback(deps));
  app.action<BlockAction<ButtonAction>>(FEEDBACK, answerPrivatelyCallback(deps));
  app.action<BlockAction<ButtonAction>>(SHARE, shareInChannelCallback(deps));
};

export default { register };
