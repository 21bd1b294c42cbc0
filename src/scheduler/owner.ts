import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Who holds a briefing's "sending" claim: this machine, this process, this run of it. */
export interface ProcessIdentity {
  host: string;
  pid: number;
  /** Tells this run from an earlier one that had the same pid (a restarted container is pid 1 again). */
  run: string;
}

export const thisProcess: ProcessIdentity = { host: hostname(), pid: process.pid, run: randomUUID() };

export function ownerText(identity: ProcessIdentity): string {
  return `${identity.host} ${identity.pid} ${identity.run}`;
}

function parseOwner(text: string | undefined): ProcessIdentity | undefined {
  const [host, pid, run] = text?.split(' ') ?? [];
  return host && run && /^\d+$/.test(pid) ? { host, pid: Number(pid), run } : undefined;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A claim held this long without a sign of life is abandoned whoever holds it (another machine, a reused pid). */
export const CLAIM_LEASE_MS = 30 * 60_000;

/**
 * Whether a "sending" claim was left by a process that is gone: one on this
 * machine whose pid is dead or is ours from an earlier run, or any claim
 * older than the lease.
 */
export function claimAbandoned(owner: string | undefined, lastSign: Date, now: Date, self: ProcessIdentity = thisProcess): boolean {
  if (now.getTime() - lastSign.getTime() > CLAIM_LEASE_MS) return true;
  const holder = parseOwner(owner);
  if (!holder) return true; // written before claims had owners
  if (holder.host !== self.host) return false;
  if (holder.pid === self.pid) return holder.run !== self.run;
  return !pidAlive(holder.pid);
}
