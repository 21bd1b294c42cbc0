import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { SEED_FILE, tempDir, writeFiles } from './helpers.ts';

const ENTRY = new URL('../index.ts', import.meta.url).pathname;

function sitrep(dataDir: string, ...args: string[]) {
  return sitrepWith({}, dataDir, ...args);
}

function sitrepWith(env: Record<string, string>, dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, '--data-dir', dataDir, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', SITREP_UI_LANG: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the sitrep command line', () => {
  let dataDir: string;
  before(() => {
    dataDir = tempDir();
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ask --json prints the reply with items best first', () => {
    const { code, stdout } = sitrep(dataDir, 'ask', 'berapa jangkauan rudal KN-23', '--json');
    assert.equal(code, 0);
    const reply = JSON.parse(stdout);
    assert.equal(reply.kind, 'answer');
    assert.match(reply.items[0].quote, /450 km/);
    assert.equal(reply.items[0].citation.outlet, 'KONTAN');
    assert.equal(reply.items[0].citation.via, 'The Guardian');
  });

  it('prints readable text with the citation and "date unknown"', () => {
    const { code, stdout } = sitrep(dataDir, 'ask', 'how', 'far', 'can', 'the', 'KN-23', 'fly', '--source', 'guardian', '--no-color');
    assert.equal(code, 0);
    assert.match(stdout, /450 km/);
    assert.match(stdout, /KONTAN via The Guardian/);
    assert.match(stdout, /date unknown/);
  });

  it('answers "nothing found" with an empty items array', () => {
    const { code, stdout } = sitrep(dataDir, 'ask', 'climate change in Brazil', '--json');
    assert.equal(code, 0);
    const reply = JSON.parse(stdout);
    assert.equal(reply.kind, 'nothing');
    assert.deepEqual(reply.items, []);
  });

  it('source, sources, brief and stats work from the shell', () => {
    const sources = JSON.parse(sitrep(dataDir, 'sources', '--json').stdout);
    const id = sources.items[0].citation.articleId;
    const source = JSON.parse(sitrep(dataDir, 'source', id.slice(0, 6), '--json').stdout);
    assert.equal(source.items[0].provenance, 'KONTAN, crediting The Guardian');
    assert.equal(source.items[0].editor, 'Handoyo');
    assert.equal(JSON.parse(sitrep(dataDir, 'brief', '--hours', '720', '--json').stdout).items.length, 1);
    assert.match(sitrep(dataDir, 'stats').stdout, /Articles: 1/);
  });

  it('exits non-zero with one line on bad usage', () => {
    const unknown = sitrep(dataDir, 'ask', 'kn-23', '--colour', 'red');
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /unknown option '--colour'/);
    const range = sitrep(dataDir, 'ask', 'kn-23', '--limit', '99');
    assert.equal(range.code, 2);
    assert.match(range.stdout, /at most 10/);
    const since = sitrep(dataDir, 'ask', 'kn-23', '--since', 'last tuesday');
    assert.equal(since.code, 2);
    assert.match(since.stdout, /“since” must be a span/);
    const command = sitrep(dataDir, 'frobnicate');
    assert.equal(command.code, 2);
  });

  it('exits 0 when done, 1 when it failed, 2 on bad usage; --version prints the version', () => {
    const version = sitrep(dataDir, '--version');
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.equal(sitrep(dataDir, 'ask', 'climate change in Brazil').code, 0, '"nothing found" is an answer');
    const unknown = sitrep(dataDir, 'source', 'ffffffffffff');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stdout, /No article has the id “ffffffffffff”/);
    assert.equal(sitrep(dataDir, 'help', 'ask').code, 0);
    assert.match(sitrep(dataDir, 'help', 'ask').stdout, /sitrep ask <question> \[--source …\]/);
  });

  it('--json carries unknowns as null, numbers as numbers and a total', () => {
    const reply = JSON.parse(sitrep(dataDir, 'ask', 'how far can the KN-23 fly', '--json', '--limit', '1').stdout);
    assert.equal(reply.items.length, 1);
    assert.equal(typeof reply.total, 'number');
    assert.ok(reply.total >= 1);
    assert.equal(reply.items[0].citation.publishedAt, null);
    assert.equal(reply.items[0].citation.url, null);
    const stats = JSON.parse(sitrep(dataDir, 'stats', '--json').stdout);
    assert.equal(stats.data.articles, 1);
    assert.equal(stats.data.undated, 1);
  });

  it('writes in the shell’s language, or --ui-lang’s; a plainly Indonesian question gets Indonesian', () => {
    assert.match(sitrepWith({ LANG: 'id_ID.UTF-8' }, dataDir, 'stats').stdout, /Artikel: 1 \(1 tanpa tanggal yang diketahui\)/);
    assert.match(sitrep(dataDir, '--ui-lang', 'id', 'ask', 'how far can the KN-23 fly').stdout, /tanggal tidak diketahui/);
    assert.match(sitrep(dataDir, 'ask', 'berapa jangkauan rudal KN-23').stdout, /Kutipan 1–\d+ dari \d+/);
    assert.equal(sitrep(dataDir, '--ui-lang', 'fr', 'stats').code, 2);
  });

  it('ingest reports each file and a summary, non-zero when something failed', () => {
    const dir = tempDir('sitrep-cli-');
    writeFiles(dir, { 'a.txt': 'Ukrainian air defence shot down most of the drones launched overnight, the air force said.', 'b.bin': Buffer.from([0, 1, 2]) });
    const result = sitrep(dataDir, 'ingest', dir, SEED_FILE);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /1 added, 0 updated, 1 unchanged, 1 failed/);
    assert.match(result.stderr, /b\.bin: unsupported file type "\.bin"/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    const quiet = sitrep(dataDir, 'ingest', '--quiet', dir);
    assert.equal(quiet.code, 1);
    assert.equal(quiet.stdout, '0 added, 0 updated, 1 unchanged, 1 failed\n');
    assert.match(quiet.stderr, /b\.bin: unsupported file type/);
    rmSync(dir, { recursive: true, force: true });
  });
});
