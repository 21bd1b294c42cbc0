import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Who holds a claim on shared data (a briefing's "sending", the index lock): this machine, this process, this run of it. */
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

/**
 * Whether the process a claim names is known to be gone: on this machine, its
 * pid is dead, or is ours from an earlier run. A claim from another machine
 * cannot be checked and counts as alive.
 */
export function ownerGone(owner: string | undefined, self: ProcessIdentity = thisProcess): boolean {
  const holder = parseOwner(owner);
  if (!holder) return true; // unreadable, or written before claims had owners
  if (holder.host !== self.host) return false;
  if (holder.pid === self.pid) return holder.run !== self.run;
  return !pidAlive(holder.pid);
}

/** A briefing claim held this long without a sign of life is abandoned whoever holds it (another machine, a reused pid). */
export const CLAIM_LEASE_MS = 30 * 60_000;

/** Whether a "sending" claim was left by a process that is gone, or has gone without a sign of life past its lease. */
export function claimAbandoned(owner: string | undefined, lastSign: Date, now: Date, self: ProcessIdentity = thisProcess): boolean {
  return now.getTime() - lastSign.getTime() > CLAIM_LEASE_MS || ownerGone(owner, self);
}
