import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded at its first use instead of at start: a question answered
 * from the command line loads none of what only ingest needs (YAML, charset
 * detection, feeds, Readability: ≈0.1 s of module loading).
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
