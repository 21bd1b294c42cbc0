import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appMentionCallback, threadFollowUpCallback } from './mention.ts';

const register = (app: App, deps: SlackDeps, botUserId: () => string | undefined): void => {
  app.event('app_mention', appMentionCallback(deps));
  app.message(threadFollowUpCallback(deps, botUserId));
};

export default { register };
