import { parentPort, workerData } from 'node:worker_threads';
import type { Concept } from '../text/glossary.ts';
import { loadGlossary, prepareEach } from './prepare.ts';
import type { PrepareJob, PrepareReply } from './prepare-pool.ts';

/** The worker side of PreparePool: chunks of drafts, prepared in turn with the engine's glossary. */
const glossary = loadGlossary((workerData as { glossary: Concept[] }).glossary);

parentPort!.on('message', (job: PrepareJob) => {
  parentPort!.postMessage({ id: job.id, results: prepareEach(glossary, job.items) } satisfies PrepareReply);
});
