// The worker's entry. Whether a worker inherits the main thread's TypeScript
// loader depends on how Node was started (`tsx`, `node --import tsx`, the test
// runner): it registers tsx itself, then loads the preparer.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-thread.ts');
