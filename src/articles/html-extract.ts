import { Worker } from 'node:worker_threads';
import type { ArticleDraft } from './article.ts';

/** How long one page's extraction may take before it is stopped and refused. */
export const HTML_TIME_BUDGET_MS = 10_000;
/** The heap the extraction worker may use: a page that needs more is refused. */
const WORKER_HEAP_MB = 512;

interface Job {
  id: number;
  html: string;
  url?: string;
  budgetMs: number;
  resolve: (drafts: ArticleDraft[]) => void;
  reject: (error: Error) => void;
}

/**
 * Reads web pages (Readability over linkedom) in a worker thread, one at a
 * time, each within a time budget: a page that takes longer — or needs more
 * memory than the worker has — is stopped with the worker, refused in one
 * line, and the next page gets a fresh worker. The main thread, answering
 * chat, never waits for a page.
 */
export class HtmlExtractor {
  private worker?: Worker;
  private readonly queue: Job[] = [];
  private current?: { job: Job; timer: NodeJS.Timeout };
  private nextId = 1;

  extract(html: string, url: string | undefined, budgetMs = HTML_TIME_BUDGET_MS): Promise<ArticleDraft[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, html, url, budgetMs, resolve, reject });
      this.startNext();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./html-extract-thread.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.on('message', (message: { id: number; drafts?: ArticleDraft[]; error?: string }) => {
      if (this.current?.job.id !== message.id) return;
      const { job, timer } = this.current;
      clearTimeout(timer);
      this.current = undefined;
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.drafts!);
      this.startNext();
    });
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.fail(reason);
    };
    worker.on('error', (error) => lost((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the page needs more than ${WORKER_HEAP_MB} MB to read: refused` : `reading the page failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the page reader stopped (exit code ${code})`));
    return worker;
  }

  private fail(reason: string): void {
    if (!this.current) return;
    const { job, timer } = this.current;
    clearTimeout(timer);
    this.current = undefined;
    job.reject(new Error(reason));
    this.startNext();
  }

  private startNext(): void {
    if (this.current) return;
    const job = this.queue.shift();
    // An idle worker does not keep the process alive; one reading a page does.
    if (!job) return void this.worker?.unref();
    this.worker ??= this.spawn();
    this.worker.ref();
    const timer = setTimeout(() => {
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      this.fail(`reading the page took longer than ${job.budgetMs / 1000} s: refused`);
    }, job.budgetMs);
    timer.unref();
    this.current = { job, timer };
    this.worker.postMessage({ id: job.id, html: job.html, url: job.url });
  }

  /** Stops the worker (at shutdown); pages still waiting are refused. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('Sitrep is stopping'));
    this.fail('Sitrep is stopping');
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

/** The extractor of this process, started at the first page. */
export const htmlExtractor = new HtmlExtractor();
