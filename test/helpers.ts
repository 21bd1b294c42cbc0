import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { Engine } from '../src/engine.ts';

export const SEED_FILE = new URL('../sample/000_2a410a90aee5e303.txt', import.meta.url).pathname;

// Every temporary directory a test file makes is removed when its process exits, whether or not the test did.
const madeDirs = new Set<string>();
process.on('exit', () => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'sitrep-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.add(dir);
  return dir;
}

/** An engine over a fresh data dir; `sample` ingests the bundled seed as a new user gets it. */
export function openTestEngine(options: { sample?: boolean; dataDir?: string } = {}): { engine: Engine; dataDir: string; cleanup(): void } {
  const dataDir = options.dataDir ?? tempDir();
  const config = { ...loadConfig({ dataDir }, {}), sample: options.sample ?? true };
  const engine = Engine.open(config);
  return {
    engine,
    dataDir,
    cleanup() {
      try {
        engine.close();
      } catch {
        /* already closed */
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): string[] {
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}

/** An article file with front matter, as the real sets' articles are written (no date: unknown). */
export const article = (title: string, outlet: string, lang: string, date: string, text: string) =>
  ['---', `title: "${title}"`, `outlet: ${outlet}`, `url: https://${outlet.toLowerCase().replace(/\W+/g, '')}.test/${date || title.length}`, `lang: ${lang}`, ...(date ? [`date: ${date}`] : []), '---', text].join('\n');

/** A suite's own articles: an engine holding only them (opened before its tests, closed after), and the quotes /ask gives. */
export function withCorpus(prefix: string, now: Date, files: Record<string, string>) {
  const opened: { engine?: Engine; cleanup?: () => void } = {};
  before(() => {
    Object.assign(opened, openTestEngine({ sample: false }));
    const dir = tempDir(prefix);
    writeFiles(dir, files);
    opened.engine!.ingest([dir]);
  });
  after(() => opened.cleanup?.());
  const engine = () => opened.engine!;
  return { engine, quotesOf: (question: string, limit = 3) => engine().ask({ question, now, limit }).snippets.map((s) => s.quote.text) };
}
