/**
 * Politeness towards the sites whose pages are read: one request at a time
 * per host, and at least `gapMs` between the end of one and the start of the
 * next — however many feeds point at the same site.
 */
export class HostPacer {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly gapMs = 1_000,
    private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void> = (ms, signal) =>
      new Promise((resolve) => {
        if (ms <= 0) return resolve();
        const timer = setTimeout(resolve, ms);
        timer.unref();
        signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      }),
  ) {}

  /** Runs `fetch` when the host of `url` is free, then keeps it free for a while. */
  async take<T>(url: string, signal: AbortSignal | undefined, fetch: () => Promise<T>): Promise<T> {
    const host = new URL(url).host.toLowerCase();
    const before = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = before.then(() => mine);
    this.tails.set(host, tail);
    try {
      await before;
      signal?.throwIfAborted();
      return await fetch();
    } finally {
      void this.wait(this.gapMs, signal).then(() => {
        release();
        if (this.tails.get(host) === tail) this.tails.delete(host);
      });
    }
  }
}
