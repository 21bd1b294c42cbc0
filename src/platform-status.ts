/** How each chat platform stands, for `/stats`, the log and the health endpoint. */
export type PlatformState = 'connecting' | 'connected' | 'reconnecting' | 'unreachable' | 'stopped';

export interface PlatformStatus {
  state: PlatformState;
  /** When it entered this state (ISO). */
  since: string;
  /** Why, in a few words: the error of the last attempt, when the next one is. */
  detail?: string;
}

/** The platforms this process was configured with, and their state. One per process. */
export class PlatformStatuses {
  private readonly statuses = new Map<string, PlatformStatus>();

  set(platform: string, state: PlatformState, detail?: string, now = new Date()): void {
    const previous = this.statuses.get(platform);
    const since = previous?.state === state ? previous.since : now.toISOString();
    this.statuses.set(platform, { state, since, ...(detail && { detail }) });
  }

  get(platform: string): PlatformStatus | undefined {
    return this.statuses.get(platform);
  }

  all(): Record<string, PlatformStatus> {
    return Object.fromEntries(this.statuses);
  }

  /** Every configured platform connected (none configured counts as all). */
  allConnected(): boolean {
    return [...this.statuses.values()].every((s) => s.state === 'connected');
  }

  clear(): void {
    this.statuses.clear();
  }
}

export const platformStatuses = new PlatformStatuses();
