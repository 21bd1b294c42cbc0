import { ConfigError } from '../../config.ts';

export interface SlackConfig {
  /** Socket Mode when an app-level token is set (development behind a firewall), else HTTP. */
  mode: 'http' | 'socket';
  botToken: string;
  /** HTTP mode: verifies that requests come from Slack. */
  signingSecret?: string;
  /** Socket Mode: the app-level token (xapp-…) with connections:write. */
  appToken?: string;
  /** HTTP mode: where `/slack/events` listens. */
  port: number;
  /** User ids allowed the admin verbs besides workspace admins and owners. */
  adminUsers: string[];
}

const DEFAULT_PORT = 3000;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const text = env[name]?.trim();
  return text ? text : undefined;
}

/** Names the kind of token pasted ("xoxp-", "xapp-"), never the token itself. */
function kindOf(token: string): string {
  const prefix = /^(x[a-z]{3})-/.exec(token);
  return prefix ? `a ${prefix[1]}- token` : 'something else';
}

/**
 * Slack settings from the environment: null when no Slack credential is set,
 * else a checked config. Every problem is reported, one line each, and no
 * secret is ever echoed.
 */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv): SlackConfig | null {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  if (!botToken && !signingSecret && !appToken) return null;

  const problems: string[] = [];
  if (!botToken) problems.push('SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from your app’s OAuth & Permissions page.');
  else if (!botToken.startsWith('xoxb-')) problems.push(`SLACK_BOT_TOKEN must be the Bot User OAuth Token starting with xoxb-, not ${kindOf(botToken)}.`);

  if (appToken && !appToken.startsWith('xapp-')) {
    problems.push(`SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens), not ${kindOf(appToken)}.`);
  }
  if (!appToken && !signingSecret) {
    problems.push('Set SLACK_SIGNING_SECRET (Basic Information → App Credentials) for HTTP mode, or SLACK_APP_TOKEN (xapp-…) for Socket Mode.');
  }
  if (signingSecret && !appToken && !/^[0-9a-f]{32}$/i.test(signingSecret)) {
    problems.push('SLACK_SIGNING_SECRET does not look like a signing secret (32 hexadecimal characters under Basic Information → App Credentials; the Verification Token is not it).');
  }

  let port = DEFAULT_PORT;
  const rawPort = value(env, 'SLACK_PORT');
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) problems.push(`SLACK_PORT must be a port number from 1 to 65535, got "${rawPort.slice(0, 20)}".`);
  }

  const adminUsers = (value(env, 'SLACK_ADMIN_USERS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const badIds = adminUsers.filter((id) => !/^[UW][A-Z0-9]{2,}$/.test(id));
  if (badIds.length) {
    problems.push(
      `SLACK_ADMIN_USERS holds ${badIds.map((id) => `"${id.slice(0, 30)}"`).join(', ')}, not Slack member ids like U0123ABCD (profile → ⋮ → Copy member ID).`,
    );
  }

  if (problems.length) throw new ConfigError(problems.join('\n'));
  return {
    mode: appToken ? 'socket' : 'http',
    botToken: botToken!,
    signingSecret: appToken ? undefined : signingSecret,
    appToken,
    port,
    adminUsers,
  };
}
