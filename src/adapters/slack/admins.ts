import type { webApi } from '@slack/bolt';
import type { Log } from '../../chat/run-command.ts';

const REMEMBER_MS = 5 * 60_000;

/**
 * Who may use the admin verbs: workspace admins and owners (users.info, which
 * needs the users:read scope), and the ids in SLACK_ADMIN_USERS. Answers are
 * remembered for a few minutes so a busy admin costs one API call.
 */
export class SlackAdmins {
  private readonly allowList: Set<string>;
  private readonly known = new Map<string, { admin: boolean; at: number }>();

  constructor(
    allowList: string[],
    private readonly log: Log,
  ) {
    this.allowList = new Set(allowList);
  }

  async isAdmin(client: webApi.WebClient, userId: string, now = Date.now()): Promise<boolean> {
    if (this.allowList.has(userId)) return true;
    const remembered = this.known.get(userId);
    if (remembered && now - remembered.at < REMEMBER_MS) return remembered.admin;
    let admin = false;
    try {
      const { user } = await client.users.info({ user: userId });
      admin = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      // Not an admin as far as we can tell; the log says why (often a missing users:read scope).
      this.log(`[slack] users.info for ${userId} failed: ${(error as Error).message}`);
      return false;
    }
    this.known.set(userId, { admin, at: now });
    return admin;
  }
}
