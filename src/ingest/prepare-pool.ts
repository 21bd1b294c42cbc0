import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleDraft } from '../articles/article.ts';
import type { Concept, Glossary } from '../text/glossary.ts';
import { type PreparedArticle, loadGlossary, prepareEach } from './prepare.ts';

export interface DraftToIngest {
  draft: ArticleDraft;
  /** What the events name: the file, feed item or URL the draft came from. */
  origin: string;
  /** When it was ingested (now, unless told). */
  now?: Date;
}

export type PrepareResult = PreparedArticle | { error: string };
export interface PrepareJob { id: number; items: DraftToIngest[] }
export interface PrepareReply { id: number; results: PrepareResult[] }

/**
 * Articles per message to a worker, and per transaction when stored: large enough that posting costs
 * little, small enough that the first chunk is soon ready and another process writing waits only a moment.
 */
export const CHUNK_ARTICLES = 25;

/**
 * Worker threads that prepare articles for ingest (see prepareArticle): the
 * main thread hands them chunks of drafts and stores and indexes each chunk
 * as it comes back, in order, while the workers prepare the next ones. One
 * worker per core but the one the main thread uses (at least one). A worker
 * that fails or stops leaves its chunks to be prepared on the main thread:
 * the batch goes on, every draft prepared exactly once.
 */
export class PreparePool {
  private readonly workers: (Worker | undefined)[];
  private readonly waiting = new Map<number, { worker: Worker; resolve: (results: PrepareResult[]) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private localGlossary?: Glossary;

  constructor(
    private readonly glossary: Concept[],
    readonly size = Math.max(1, availableParallelism() - 1),
  ) {
    this.workers = Array.from({ length: size }, () => undefined);
  }

  /** The drafts, prepared, chunk by chunk in their order; a few chunks ahead are always being prepared. */
  async *prepareInOrder(items: DraftToIngest[]): AsyncGenerator<{ items: DraftToIngest[]; results: PrepareResult[] }> {
    const now = new Date();
    const chunks: DraftToIngest[][] = [];
    for (let i = 0; i < items.length; i += CHUNK_ARTICLES) chunks.push(items.slice(i, i + CHUNK_ARTICLES).map((item) => ({ ...item, now: item.now ?? now })));
    const inFlight: Promise<PrepareResult[]>[] = [];
    let submitted = 0;
    const submit = () => {
      const chunk = chunks[submitted];
      inFlight.push(this.run(chunk, submitted % this.size).catch(() => this.prepareHere(chunk)));
      submitted++;
    };
    try {
      while (submitted < chunks.length && inFlight.length < 2 * this.size) submit();
      for (const chunk of chunks) {
        const results = await inFlight.shift()!;
        if (submitted < chunks.length) submit();
        yield { items: chunk, results };
      }
    } finally {
      this.idle();
    }
  }

  private run(items: DraftToIngest[], slot: number): Promise<PrepareResult[]> {
    const worker = (this.workers[slot] ??= this.spawn(slot));
    worker.ref();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { worker, resolve, reject });
      worker.postMessage({ id, items } satisfies PrepareJob);
    });
  }

  private spawn(slot: number): Worker {
    const worker = new Worker(new URL('./prepare-thread.js', import.meta.url), { workerData: { glossary: this.glossary } });
    worker.on('message', (reply: PrepareReply) => {
      const job = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      job?.resolve(reply.results);
    });
    const lost = (reason: string) => {
      if (this.workers[slot] === worker) this.workers[slot] = undefined;
      for (const [id, job] of this.waiting) {
        if (job.worker !== worker) continue;
        this.waiting.delete(id);
        job.reject(new Error(reason));
      }
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`the ingest worker stopped (exit code ${code})`));
    return worker;
  }

  /** A chunk a worker could not prepare, prepared on this thread. */
  private prepareHere(items: DraftToIngest[]): PrepareResult[] {
    this.localGlossary ??= loadGlossary(this.glossary);
    return prepareEach(this.localGlossary, items);
  }

  /** Idle workers do not keep the process alive. */
  private idle(): void {
    if (this.waiting.size) return;
    for (const worker of this.workers) worker?.unref();
  }

  close(): void {
    for (const [slot, worker] of this.workers.entries()) {
      this.workers[slot] = undefined;
      void worker?.terminate();
    }
  }
}
