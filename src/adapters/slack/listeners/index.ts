import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import actions from './actions/index.ts';
import commands from './commands/index.ts';

/** Every listener the app has, registered in one place as in Slack's Bolt starter template. */
const registerListeners = (app: App, deps: SlackDeps): void => {
  actions.register(app, deps);
  commands.register(app, deps);
};

export default registerListeners;
