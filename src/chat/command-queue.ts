interface Job {
  start: () => void;
}

/**
 * Starts commands one at a time, each in its own turn of the event loop,
 * taking users in turn. A command's search is synchronous: started all at
 * once, 200 questions would run back to back and every acknowledgement would
 * wait behind them. Started one per turn, Node reads new requests and fires
 * the acknowledgement timers between two searches, so no platform waits more
 * than one search for its acknowledgement, and one user's burst does not hold
 * up everyone else's questions.
 *
 * Only the start is queued: a command that then waits (a page fetch) lets the
 * next one start.
 */
export class CommandQueue {
  /** User key → that user's jobs, in order; a Map iterates in insertion order, which makes the round robin. */
  private readonly waiting = new Map<string, Job[]>();
  private scheduled = false;
  /** How long a command's synchronous part takes, on average (exponentially weighted). */
  private averageStartMs = 5;
  /** Start every command at once, as before the queue: only the load benchmark's baseline sets it. */
  direct = false;

  /**
   * How long a command queued now would wait before it starts: when that is
   * longer than an adapter would wait for the answer, it acknowledges at once.
   */
  expectedWaitMs(): number {
    return this.length * this.averageStartMs;
  }

  /** Jobs waiting to start. */
  get length(): number {
    let n = 0;
    for (const jobs of this.waiting.values()) n += jobs.length;
    return n;
  }

  run<T>(userKey: string, work: () => Promise<T> | T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        start: () => {
          try {
            Promise.resolve(work()).then(resolve, reject);
          } catch (error) {
            reject(error);
          }
        },
      };
      if (this.direct) return job.start();
      const jobs = this.waiting.get(userKey);
      if (jobs) jobs.push(job);
      else this.waiting.set(userKey, [job]);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.startNext();
      if (this.waiting.size) this.schedule();
    });
  }

  private startNext(): void {
    const next = this.waiting.entries().next();
    if (next.done) return;
    const [userKey, jobs] = next.value;
    const job = jobs.shift()!;
    // The user goes to the back of the line, behind everyone else waiting.
    this.waiting.delete(userKey);
    if (jobs.length) this.waiting.set(userKey, jobs);
    const started = performance.now();
    job.start();
    this.averageStartMs = 0.8 * this.averageStartMs + 0.2 * (performance.now() - started);
  }
}

/** The one queue of this process: every platform's commands share its event loop. */
export const commandQueue = new CommandQueue();
