import type { Db } from './db.ts';

/** Threads Sitrep answered in after being mentioned: a follow-up in one of them is answered there too. */
export class ThreadStore {
  constructor(private readonly db: Db) {}

  remember(platform: string, channelId: string, threadId: string, now = new Date()): void {
    this.db.prepare('INSERT OR IGNORE INTO chat_threads (platform, channel_id, thread_id, created_at) VALUES (?, ?, ?, ?)').run(platform, channelId, threadId, now.toISOString());
  }

  has(platform: string, channelId: string, threadId: string): boolean {
    return this.db.prepare('SELECT 1 FROM chat_threads WHERE platform = ? AND channel_id = ? AND thread_id = ?').get(platform, channelId, threadId) !== undefined;
  }
}
