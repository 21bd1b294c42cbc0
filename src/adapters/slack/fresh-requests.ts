import type { IncomingMessage, ServerResponse } from 'node:http';

/** Slack's own rule for a signed request's age; Bolt checks only that it is not older. */
export const MAX_SKEW_SECONDS = 5 * 60;
const SEEN_LIMIT = 100_000;

/**
 * Refuses, before Bolt verifies the signature, a request whose timestamp is
 * more than five minutes off either way (a future one could be replayed for
 * longer) and one whose signature was already seen (a replay within the five
 * minutes). A signature is unforgeable without the signing secret, so
 * remembering every one seen — valid or not — lets no one block a genuine request.
 */
export class FreshRequests {
  private readonly seen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Why the request is refused, or undefined when it may go on to Bolt's verification. */
  refusal(req: IncomingMessage): string | undefined {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const signature = req.headers['x-slack-signature'];
    // Without either header Bolt itself refuses it (and Slack's ssl_check is unsigned).
    if (!Number.isFinite(timestamp) || typeof signature !== 'string') return undefined;
    const nowSeconds = Math.floor(this.now() / 1000);
    if (Math.abs(nowSeconds - timestamp) > MAX_SKEW_SECONDS) return 'timestamp more than 5 minutes off';
    this.forgetOld(nowSeconds);
    if (this.seen.has(signature)) return 'request already received (replay)';
    this.seen.set(signature, timestamp);
    return undefined;
  }

  /** Wraps a request listener: a refused request gets 401 and never reaches it. */
  guard(listener: (req: IncomingMessage, res: ServerResponse) => void, log: (line: string) => void): (req: IncomingMessage, res: ServerResponse) => void {
    return (req, res) => {
      const reason = this.refusal(req);
      if (!reason) return listener(req, res);
      log(`Slack: refused a request to ${req.url ?? '/'}: ${reason}`);
      res.writeHead(401, { 'content-type': 'text/plain' }).end();
      req.resume();
    };
  }

  private forgetOld(nowSeconds: number): void {
    for (const [signature, timestamp] of this.seen) {
      if (timestamp >= nowSeconds - MAX_SKEW_SECONDS && this.seen.size < SEEN_LIMIT) break;
      this.seen.delete(signature);
    }
  }
}
