import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { SLASH_COMMAND } from '../../verbs.ts';
import { sitrepCommandCallback } from './sitrep.ts';

const register = (app: App, deps: SlackDeps): void => {
  app.command(SLASH_COMMAND, sitrepCommandCallback(deps));
};

export default { register };
