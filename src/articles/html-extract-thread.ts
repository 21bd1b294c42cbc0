import { parentPort } from 'node:worker_threads';
import { parseHtml } from './parse-html.ts';

/** The worker side of extractHtml: one page at a time, as asked. */
parentPort!.on('message', (job: { id: number; html: string; url?: string }) => {
  try {
    parentPort!.postMessage({ id: job.id, drafts: parseHtml(job.html, job.url) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
