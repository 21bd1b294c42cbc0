import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ArticleDraft } from '../../src/articles/article.ts';
import type { Engine } from '../../src/engine.ts';
import { PreparePool } from '../../src/ingest/prepare-pool.ts';
import { loadGlossary, prepareArticle } from '../../src/ingest/prepare.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';

const PLACES = ['Kharkiv', 'Odesa', 'Dnipro', 'Sumy', 'Kherson', 'Zaporizhzhia', 'Lviv', 'Pokrovsk'];
const NOW = new Date('2025-06-01T12:00:00Z');

/** Enough distinct articles, in both languages, that a batch goes to the workers. */
function drafts(count: number): ArticleDraft[] {
  return Array.from({ length: count }, (_, i): ArticleDraft => {
    const place = PLACES[i % PLACES.length];
    return i % 2
      ? { title: `Serangan drone di ${place} nomor ${i}`, outlet: 'KONTAN', lang: 'id', publishedAt: '2025-05-20T08:00:00Z', text: `KONTAN.CO.ID - JAKARTA. Rusia meluncurkan ${i + 10} drone ke ${place} pada Selasa malam, kata gubernur setempat.\n\nSedikitnya ${i % 7} warga sipil terluka dan sebuah gedung apartemen rusak, menurut layanan darurat.` }
      : { title: `Drone attack on ${place}, report ${i}`, outlet: 'Reuters', url: `https://news.test/${i}`, text: `KYIV (Reuters) - Russia launched ${i + 10} drones at ${place} overnight, the regional governor said on Tuesday.\n\nAt least ${i % 7} civilians were wounded and an apartment block was damaged, emergency services said.` };
  });
}

describe('ingest prepared by worker threads', () => {
  let serial: { engine: Engine; dataDir: string; cleanup(): void };
  let parallel: { engine: Engine; dataDir: string; cleanup(): void };
  before(() => {
    serial = openTestEngine({ sample: false });
    parallel = openTestEngine({ sample: false });
  });
  after(() => {
    serial.cleanup();
    parallel.cleanup();
  });

  it('stores and indexes a large batch exactly as one article at a time does, events in order', async () => {
    const batch = [...drafts(260)];
    batch.splice(130, 0, { text: '   ', title: 'Empty' });
    const one = batch.map((draft, i) => serial.engine.ingestDraft(draft, `item ${i}`, NOW));
    const many = await parallel.engine.ingestDrafts(batch.map((draft, i) => ({ draft, origin: `item ${i}`, now: NOW })));
    assert.deepEqual(many.map((e) => [e.input, e.status, e.reason, e.article?.id]), one.map((e) => [e.input, e.status, e.reason, e.article?.id]));
    assert.equal(many.filter((e) => e.status === 'added').length, 260);
    assert.equal(many[130].status, 'failed');
    serial.engine.saveIndex(true);
    parallel.engine.saveIndex(true);
    const files = readdirSync(join(serial.dataDir, 'index')).filter((f) => f.startsWith('shard-')).sort();
    assert.notEqual(files.length, 0);
    for (const file of files) assert.ok(readFileSync(join(serial.dataDir, 'index', file)).equals(readFileSync(join(parallel.dataDir, 'index', file))), `${file} differs`);
    const asked = parallel.engine.ask({ question: 'drones launched at Sumy' });
    assert.notEqual(asked.snippets.length, 0);
  });

  it('reads many files through the workers, failures named, the rest stored', async () => {
    const dir = tempDir('sitrep-many-files-');
    const files: Record<string, string> = { 'broken.json': '{not json' };
    for (const [i, draft] of drafts(230).entries()) files[`a-${String(i).padStart(3, '0')}.md`] = `---\ntitle: "${draft.title}"\noutlet: ${draft.outlet}\nlang: ${draft.lang ?? 'en'}\n---\n${draft.text}\n`;
    writeFiles(dir, files);
    const { engine, cleanup } = openTestEngine({ sample: false });
    try {
      const summary = await engine.ingestFiles([dir], undefined, NOW);
      assert.equal(summary.added, 230);
      assert.equal(summary.failed, 1);
      assert.match(summary.events.find((e) => e.status === 'failed')!.input, /broken\.json/);
      assert.equal(engine.stats().articles, 230);
    } finally {
      cleanup();
    }
  });

  it('prepares on this thread what a lost worker left, each draft once', async () => {
    const pool = new PreparePool([], 1);
    const items = drafts(120).map((draft, i) => ({ draft, origin: `item ${i}`, now: NOW }));
    const results = [];
    let killed = false;
    try {
      for await (const chunk of pool.prepareInOrder(items)) {
        results.push(...chunk.results);
        if (!killed) {
          killed = true;
          await (pool as unknown as { workers: { terminate(): Promise<number> }[] }).workers[0].terminate();
        }
      }
    } finally {
      pool.close();
    }
    assert.equal(results.length, items.length);
    const glossary = loadGlossary([]);
    for (const [i, result] of results.entries()) assert.deepEqual(result, prepareArticle(glossary, items[i].draft, items[i].origin, NOW));
  });
});
