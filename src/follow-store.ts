import type { Engine } from './engine.ts';

export interface FollowOptions {
  /** How often the store's revision is checked (one small query). */
  intervalMs?: number;
  /** How often an index that took other processes' writes is saved (when this process maintains it). */
  saveEveryMs?: number;
  log?: (line: string) => void;
}

/**
 * Keeps a long-running process's index up with articles other processes
 * store in the same data dir (a `sitrep ingest` beside the server): every
 * few seconds it applies the store's new changes, incrementally. Returns a
 * function that stops it.
 */
export function followStore(engine: Engine, options: FollowOptions = {}): () => void {
  const { intervalMs = 2_000, saveEveryMs = 30_000, log = () => {} } = options;
  let lastSave = Date.now();
  let unsaved = false;
  let picked = 0;
  const tick = () => {
    try {
      const applied = engine.catchUp();
      if (applied === undefined) {
        const { passages } = engine.reindex();
        log(`Index: too far behind the store's change log; rebuilt (${passages} passages).`);
      } else if (applied > 0) {
        picked += applied;
        unsaved = true;
      }
      if (unsaved && Date.now() - lastSave >= saveEveryMs) {
        log(`Index: took ${picked} ${picked === 1 ? 'article' : 'articles'} stored by another process.`);
        engine.saveIndex();
        lastSave = Date.now();
        unsaved = false;
        picked = 0;
      }
    } catch (error) {
      // A busy store or a failing disk is said once per tick and tried again at the next.
      log(`Index: could not catch up with the store: ${(error as Error).message}`);
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
