import type { Clock } from '../../src/scheduler/poster.ts';

/** A clock the test moves by hand; timers run in time order as it passes them. */
export class ManualClock implements Clock {
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;

  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.current.getTime() + Math.max(0, ms), callback, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves to `to`, running every timer due on the way (and those they set), letting promises settle between. */
  async advanceTo(to: Date): Promise<void> {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const due = this.timers.filter((t) => t.at <= to.getTime()).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = new Date(Math.max(this.current.getTime(), due.at));
      due.callback();
    }
    this.current = new Date(to);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  }

  pending(): number {
    return this.timers.length;
  }
}
