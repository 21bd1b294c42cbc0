import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { Engine } from '../../src/engine.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';
import { tempDir, writeFiles } from '../helpers.ts';

const ENTRY = new URL('../../index.ts', import.meta.url).pathname;
const PER_BATCH = 150;

/** `sitrep ingest DIR` in its own process; resolves with its exit code and output. */
function ingest(dataDir: string, dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--data-dir', dataDir, 'ingest', dir], { env: { ...process.env, NO_COLOR: '1', SITREP_SAMPLE: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function batch(root: string, name: string, city: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const files: Record<string, string> = {};
  for (let i = 0; i < PER_BATCH; i++) {
    files[`${name}-${i}.json`] = JSON.stringify({
      title: `${city} report ${name} ${i}`,
      outlet: `${name} Wire`,
      url: `https://news.example/${name}/${i}`,
      lang: 'en',
      publishedAt: '2025-03-01',
      text: `Russian drones struck ${city} overnight in attack number ${name}${i}, regional officials said. Air defences shot down ${i + 3} of the drones over the ${city} region, the air force said.`,
    });
  }
  writeFiles(dir, files);
  return dir;
}

describe('two processes on one data dir', () => {
  const root = tempDir('sitrep-concurrent-');
  const dataDir = join(root, 'data');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('two ingests at once store every article once, and the next start finds all of them', async () => {
    const a = batch(root, 'alpha', 'Kharkiv');
    const b = batch(root, 'bravo', 'Odesa');
    // Create the store first, as a running server would have (two first starts at once would both migrate).
    Engine.open({ ...loadConfig({ dataDir }, {}), sample: false }).close();
    const [first, second] = await Promise.all([ingest(dataDir, a), ingest(dataDir, b)]);
    assert.equal(first.code, 0, first.output);
    assert.equal(second.code, 0, second.output);
    assert.doesNotMatch(first.output + second.output, /locked/);

    const engine = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
    try {
      assert.equal(engine.store.stats().articles, 2 * PER_BATCH);
      // One process maintained the saved index; the other's articles are taken from the change log at start.
      assert.equal(engine.index.size, engine.store.stats().passages);
      assert.deepEqual(engine.index.size, [...engine.store.indexRows()].length);
      for (const city of ['Kharkiv', 'Odesa']) {
        const { snippets } = engine.ask({ question: `drones shot down over ${city}`, all: true });
        assert.ok(snippets.some((s) => s.quote.text.includes(city)), city);
      }
    } finally {
      engine.close();
    }
  });

  it('two first starts at once on a new data dir both migrate it safely', async () => {
    const fresh = join(root, 'fresh');
    const [first, second] = await Promise.all([ingest(fresh, batch(root, 'delta', 'Sumy')), ingest(fresh, batch(root, 'echo', 'Dnipro'))]);
    assert.equal(first.code, 0, first.output);
    assert.equal(second.code, 0, second.output);
    const engine = Engine.open({ ...loadConfig({ dataDir: fresh }, {}), sample: false });
    try {
      assert.equal(engine.store.stats().articles, 2 * PER_BATCH);
      assert.equal(engine.index.size, engine.store.stats().passages);
    } finally {
      engine.close();
    }
  });

  it('a running engine takes another process’s articles from the store, incrementally, and one process saves the index', async () => {
    const server = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
    try {
      assert.equal(server.stats().indexMaintainer, true);
      const before = server.index.size;
      const c = batch(root, 'charlie', 'Zaporizhzhia');
      const done = await ingest(dataDir, c);
      assert.equal(done.code, 0, done.output);
      assert.equal(server.ask({ question: 'drones shot down over Zaporizhzhia' }).snippets.length, 0, 'not seen before it catches up');
      assert.equal(server.catchUp(), PER_BATCH);
      assert.ok(server.index.size >= before + PER_BATCH);
      assert.equal(server.index.size, server.store.stats().passages);
      assert.ok(server.ask({ question: 'drones shot down over Zaporizhzhia' }).snippets.some((s) => s.quote.text.includes('Zaporizhzhia')));
      assert.equal(server.catchUp(), 0, 'nothing new');
      // The CLI did not hold the lock, so it did not write the saved index: the server does.
      const saved = PassageIndex.restoreSaved(join(dataDir, 'index'))!;
      assert.equal(saved.index.size, before);
      server.saveIndex();
      assert.equal(PassageIndex.restoreSaved(join(dataDir, 'index'))!.index.size, server.index.size);
    } finally {
      server.close();
    }
  });
});
