import { parentPort, workerData } from 'node:worker_threads';
import type { Concept } from '../text/glossary.ts';
import { loadGlossary, prepareArticle } from './prepare.ts';
import type { PrepareJob, PrepareReply } from './prepare-pool.ts';

/** The worker side of PreparePool: chunks of drafts, prepared in turn with the engine's glossary. */
const glossary = loadGlossary((workerData as { glossary: Concept[] }).glossary);

parentPort!.on('message', (job: PrepareJob) => {
  const results = job.items.map(({ draft, origin, now }) => {
    try {
      return prepareArticle(glossary, draft, origin, now ?? new Date());
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  parentPort!.postMessage({ id: job.id, results } satisfies PrepareReply);
});
