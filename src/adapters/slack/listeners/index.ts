import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import actions from './actions/index.ts';
import commands from './commands/index.ts';
import events from './events/index.ts';

/** Every listener the app has, registered in one place as in Slack's Bolt starter template. */
const registerListeners = (app: App, deps: SlackDeps, botUserId: () => string | undefined = () => undefined): void => {
  actions.register(app, deps);
  commands.register(app, deps);
  events.register(app, deps, botUserId);
};

export default registerListeners;
