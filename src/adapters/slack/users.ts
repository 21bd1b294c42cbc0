import type { webApi } from '@slack/bolt';
import type { Log } from '../../chat/run-command.ts';

const REMEMBER_MS = 5 * 60_000;

export interface SlackUser {
  /** A workspace admin or owner, or in SLACK_ADMIN_USERS: may use the admin verbs. */
  admin: boolean;
  /** The user's Slack locale ("id-ID", "en-US"): replies are written in it. */
  locale?: string;
}

/**
 * What Sitrep needs to know about a Slack user, from users.info (the
 * users:read scope) with their locale: whether they may use the admin verbs,
 * and the language to answer in. Remembered for a few minutes, so a busy
 * user costs one API call.
 */
export class SlackUsers {
  private readonly allowList: Set<string>;
  private readonly known = new Map<string, { user: SlackUser; at: number }>();

  constructor(
    allowList: string[],
    private readonly log: Log,
  ) {
    this.allowList = new Set(allowList);
  }

  async about(client: webApi.WebClient, userId: string, now = Date.now()): Promise<SlackUser> {
    const remembered = this.known.get(userId);
    if (remembered && now - remembered.at < REMEMBER_MS) return remembered.user;
    let user: SlackUser = { admin: this.allowList.has(userId) };
    try {
      const { user: info } = await client.users.info({ user: userId, include_locale: true });
      user = { admin: user.admin || Boolean(info?.is_admin || info?.is_owner || info?.is_primary_owner), locale: info?.locale };
    } catch (error) {
      // Known only by the allow-list, in English; the log says why (often a missing users:read scope).
      this.log(`[slack] users.info for ${userId} failed: ${(error as Error).message}`);
      return user;
    }
    this.known.set(userId, { user, at: now });
    return user;
  }

  async isAdmin(client: webApi.WebClient, userId: string): Promise<boolean> {
    return (await this.about(client, userId)).admin;
  }
}
