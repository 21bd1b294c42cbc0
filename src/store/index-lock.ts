import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownerGone, ownerText, type ProcessIdentity, thisProcess } from './owner.ts';

const LOCK_FILE = 'maintainer.lock';

/**
 * Who maintains the persisted index of a data dir: one process at a time
 * writes its files (two writing the same shard at once would tear it). The
 * others keep their index in memory, caught up from the store, and take the
 * lock over when its holder has gone.
 */
export class IndexLock {
  private held = false;

  constructor(
    private readonly dir: string,
    private readonly self: ProcessIdentity = thisProcess,
  ) {}

  private get path(): string {
    return join(this.dir, LOCK_FILE);
  }

  /** Whether this process holds the lock, taking it when it is free or its holder is gone. */
  acquire(): boolean {
    if (this.held) return true;
    mkdirSync(this.dir, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(this.path, ownerText(this.self), { flag: 'wx' });
        this.held = true;
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = this.holder();
      if (!ownerGone(holder, this.self)) return false;
      // Another process may have cleared the same stale lock and taken it just now: leave a lock that changed.
      if (this.holder() !== holder) return false;
      rmSync(this.path, { force: true });
    }
    return false;
  }

  /** The holder's identity as written in the lock file, if there is one. */
  holder(): string | undefined {
    try {
      return readFileSync(this.path, 'utf8');
    } catch {
      return undefined;
    }
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    if (this.holder() === ownerText(this.self)) rmSync(this.path, { force: true });
  }
}
