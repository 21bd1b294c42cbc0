export { type SlackHandle, type StartSlackOptions, startSlack } from './app.ts';
export { type SlackConfig, slackConfigFromEnv } from './config.ts';
