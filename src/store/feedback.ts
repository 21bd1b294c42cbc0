import type { Db } from './db.ts';

export type Verdict = 'up' | 'down' | 'wrong';

export interface Feedback {
  id: number;
  verdict: Verdict;
  platform: string;
  workspaceId: string;
  channelId: string;
  userId: string;
  byAdmin: boolean;
  /** The question the answer was to. */
  question: string;
  /** The passages the answer quoted, in order. */
  passages: number[];
  /** For "wrong": the quote reported, and its words as shown. */
  passageId?: number;
  quote?: string;
  createdAt: string;
  /** Whether the reported quote is hidden from answers now. */
  hidden?: boolean;
}

export type NewFeedback = Omit<Feedback, 'id' | 'createdAt' | 'hidden'>;

interface FeedbackRow {
  id: number;
  verdict: Verdict;
  platform: string;
  workspace_id: string;
  channel_id: string;
  user_id: string;
  by_admin: number;
  question: string;
  passages: string;
  passage_id: number | null;
  quote: string | null;
  created_at: string;
  hidden: number | null;
}

function toFeedback(row: FeedbackRow): Feedback {
  const feedback: Feedback = {
    id: row.id,
    verdict: row.verdict,
    platform: row.platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    userId: row.user_id,
    byAdmin: row.by_admin === 1,
    question: row.question,
    passages: JSON.parse(row.passages) as number[],
    createdAt: row.created_at,
  };
  if (row.passage_id !== null) feedback.passageId = row.passage_id;
  if (row.quote !== null) feedback.quote = row.quote;
  if (row.passage_id !== null) feedback.hidden = row.hidden === 1;
  return feedback;
}

/**
 * Readers' feedback on answers, and the passages admins have hidden from
 * answers because they were reported wrong (until restored).
 */
export class FeedbackStore {
  constructor(private readonly db: Db) {}

  add(feedback: NewFeedback, now = new Date()): Feedback {
    const { id } = this.db
      .prepare(
        `INSERT INTO feedback (verdict, platform, workspace_id, channel_id, user_id, by_admin, question, passages, passage_id, quote, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        feedback.verdict,
        feedback.platform,
        feedback.workspaceId,
        feedback.channelId,
        feedback.userId,
        feedback.byAdmin ? 1 : 0,
        feedback.question,
        JSON.stringify(feedback.passages),
        feedback.passageId ?? null,
        feedback.quote ?? null,
        now.toISOString(),
      ) as { id: number };
    return this.recent({ id })[0];
  }

  /** The newest feedback first; `verdict` narrows it. */
  recent(filter: { limit?: number; verdict?: Verdict; id?: number } = {}): Feedback[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.verdict) where.push('f.verdict = ?') && params.push(filter.verdict);
    if (filter.id !== undefined) where.push('f.id = ?') && params.push(filter.id);
    return this.db
      .prepare<(string | number)[], FeedbackRow>(
        `SELECT f.*, (h.passage_id IS NOT NULL) AS hidden FROM feedback f LEFT JOIN hidden_passages h ON h.passage_id = f.passage_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.id DESC LIMIT ?`,
      )
      .all(...params, filter.limit ?? 20)
      .map(toFeedback);
  }

  hide(passageId: number, by: string, feedbackId?: number, now = new Date()): void {
    this.db.prepare('INSERT OR IGNORE INTO hidden_passages (passage_id, feedback_id, hidden_by, hidden_at) VALUES (?, ?, ?, ?)').run(passageId, feedbackId ?? null, by, now.toISOString());
  }

  /** Brings a hidden passage back into answers; false when it was not hidden. */
  restore(passageId: number): boolean {
    return this.db.prepare('DELETE FROM hidden_passages WHERE passage_id = ?').run(passageId).changes > 0;
  }

  private hiddenQuery?: { all(): { passage_id: number }[] };

  hiddenPassages(): Set<number> {
    this.hiddenQuery ??= this.db.prepare<[], { passage_id: number }>('SELECT passage_id FROM hidden_passages');
    return new Set(this.hiddenQuery.all().map((r) => r.passage_id));
  }
}
