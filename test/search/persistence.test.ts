import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildArticle } from '../../src/articles/build.ts';
import { loadConfig } from '../../src/config.ts';
import { Engine } from '../../src/engine.ts';
import { ArticleStore } from '../../src/store/articles.ts';
import { openDb } from '../../src/store/db.ts';
import { tempDir } from '../helpers.ts';

const open = (dataDir: string) => Engine.open(loadConfig({ dataDir }, {}));
const Q = 'berapa jangkauan rudal KN-23';

describe('index persistence', () => {
  it('restores the saved index when the store has not changed', () => {
    const dataDir = tempDir();
    try {
      const first = open(dataDir);
      assert.equal(first.indexOrigin, 'rebuilt');
      first.close();
      const second = open(dataDir);
      assert.equal(second.indexOrigin, 'restored');
      assert.match(second.ask({ question: Q }).snippets[0].quote.text, /450 km/);
      second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('serves a rebuilt index as it saved it: postings left in the shards’ arrays, as after a restore', () => {
    const dataDir = tempDir();
    try {
      open(dataDir).close();
      // The store holds the sample; without its saved index, the next start rebuilds it.
      rmSync(join(dataDir, 'index'), { recursive: true, force: true });
      const engine = open(dataDir);
      assert.equal(engine.indexOrigin, 'rebuilt');
      const unread = () => (engine.index as unknown as { unread(): unknown[] }).unread().length;
      assert.ok(unread() > 0, 'the served index is the saved one, read lazily');
      assert.match(engine.ask({ question: Q }).snippets[0].quote.text, /450 km/);
      assert.equal(engine.reindex().passages, engine.index.size);
      assert.ok(unread() > 0, 'and so after a reindex');
      assert.match(engine.ask({ question: Q }).snippets[0].quote.text, /450 km/);
      engine.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('catches up with what another process stored since the index was saved, and rebuilds when the log is pruned', () => {
    const dataDir = tempDir();
    try {
      open(dataDir).close();
      const db = openDb(dataDir);
      const store = new ArticleStore(db);
      store.upsert(buildArticle({ text: 'Ukrainian drones struck an oil refinery in the Bryansk region overnight, officials said.', outlet: 'Example Wire', lang: 'en' }, 'test', new Date()));
      db.close();
      const engine = open(dataDir);
      assert.equal(engine.indexOrigin, 'restored');
      assert.equal(engine.index.size, engine.store.stats().passages);
      assert.equal(engine.ask({ question: 'oil refinery Bryansk' }).snippets[0].article.outlet, 'Example Wire');
      engine.close();
      assert.equal(open(dataDir).indexOrigin, 'restored');

      // Written behind the index's back, then the log forgets those writes: only a rebuild is right.
      const db2 = openDb(dataDir);
      const store2 = new ArticleStore(db2);
      store2.upsert(buildArticle({ text: 'Russian forces shelled Kherson on Tuesday, killing two civilians, the regional governor said.', outlet: 'Another Wire', lang: 'en' }, 'test', new Date()));
      store2.pruneChanges(0);
      db2.close();
      const rebuilt = open(dataDir);
      assert.equal(rebuilt.indexOrigin, 'rebuilt');
      assert.equal(rebuilt.ask({ question: 'Kherson shelled civilians' }).snippets[0].article.outlet, 'Another Wire');
      rebuilt.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('rebuilds when the saved index is damaged or was made by another analyzer', () => {
    const dataDir = tempDir();
    try {
      open(dataDir).close();
      writeFileSync(join(dataDir, 'index', 'shard-0000.json'), '{"truncated":');
      const afterDamage = open(dataDir);
      assert.equal(afterDamage.indexOrigin, 'rebuilt');
      assert.ok(afterDamage.ask({ question: Q }).snippets.length > 0);
      afterDamage.close();
      const statePath = join(dataDir, 'index', 'state.json');
      writeFileSync(statePath, JSON.stringify({ ...JSON.parse(readFileSync(statePath, 'utf8')), analyzer: -1 }));
      assert.equal(open(dataDir).indexOrigin, 'rebuilt');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reindex rebuilds the same answers from the store', () => {
    const dataDir = tempDir();
    try {
      const engine = open(dataDir);
      const before = engine.ask({ question: Q }).snippets.map((s) => s.passage.id);
      assert.equal(engine.reindex().passages, engine.store.stats().passages);
      assert.deepEqual(engine.ask({ question: Q }).snippets.map((s) => s.passage.id), before);
      engine.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('counts document frequency through MiniSearch internals (guards a MiniSearch upgrade)', () => {
    const dataDir = tempDir();
    try {
      const engine = open(dataDir);
      assert.ok(engine.index.documentFrequency('rudal') >= 3);
      assert.equal(engine.index.documentFrequency('nonexistentterm'), 0);
      engine.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
