import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain JavaScript module of the bin, without types.
import { buildIsCurrent } from '../bin/current-build.js';
import { tempDir, writeFiles } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENV = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', SITREP_UI_LANG: '' };

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: ENV });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the JavaScript build that bin/sitrep.js runs', () => {
  let out: string;
  let dataDir: string;
  before(() => {
    // Inside the project, as dist/ is: the built code finds resources/ and sample/ from where it runs.
    out = mkdtempSync(join(ROOT, '.dist-test-'));
    dataDir = tempDir();
    const built = run(['scripts/build.js', '--outdir', out, '--quiet']);
    assert.equal(built.code, 0, built.stderr);
  });
  after(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the sources it was built from, and no package', () => {
    const info = JSON.parse(readFileSync(join(out, 'build-info.json'), 'utf8')) as { builtAt: number; sources: string[] };
    assert.ok(info.sources.includes('index.ts') && info.sources.includes('src/search/ask.ts'), 'sources');
    assert.ok(info.sources.includes('src/i18n/en.json'), 'the catalogs are bundled');
    assert.ok(!info.sources.some((s) => s.startsWith('node_modules/')), 'packages stay external');
    assert.ok(info.builtAt <= Date.now());
  });

  it('answers as the TypeScript sources do, word for word', () => {
    const question = ['ask', 'berapa jangkauan rudal KN-23', '--no-color'];
    const fromSource = run(['--import', 'tsx', 'index.ts', '--data-dir', dataDir, ...question]);
    const fromBuild = run([join(out, 'index.js'), '--data-dir', dataDir, ...question]);
    assert.equal(fromSource.code, 0, fromSource.stderr);
    assert.equal(fromBuild.code, 0, fromBuild.stderr);
    assert.match(fromBuild.stdout, /450 km/);
    assert.equal(fromBuild.stdout, fromSource.stdout);
  });

  it('reads a web page in its worker thread, bundled beside it', () => {
    const pages = tempDir('sitrep-build-pages-');
    writeFiles(pages, {
      'page.html': '<html><head><title>Drones over Kyiv</title><meta property="og:site_name" content="Example Wire"></head><body><article><h1>Drones over Kyiv</h1><p>Air defence shot down most of the drones launched at Kyiv overnight, the air force said on Sunday, and debris damaged two houses in the suburbs.</p><p>Officials said no one was hurt.</p></article></body></html>',
    });
    const ingest = run([join(out, 'index.js'), '--data-dir', dataDir, 'ingest', join(pages, 'page.html'), '--quiet']);
    rmSync(pages, { recursive: true, force: true });
    assert.equal(ingest.code, 0, ingest.stderr);
    const answer = run([join(out, 'index.js'), '--data-dir', dataDir, 'ask', 'drones kyiv debris houses', '--no-color']);
    assert.match(answer.stdout.replaceAll('**', ''), /debris damaged two houses/);
  });
});

describe('whether a build is current', () => {
  let root: string;
  before(() => {
    root = tempDir('sitrep-build-info-');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'a.ts'), 'export {};\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const writeInfo = (builtAt: number, sources: string[]) => writeFileSync(join(root, 'dist', 'build-info.json'), JSON.stringify({ builtAt, sources }));
  const setTime = (file: string, ms: number) => utimesSync(join(root, file), ms / 1000, ms / 1000);

  it('is current when no source is newer than the build', () => {
    setTime('a.ts', Date.now() - 60_000);
    writeInfo(Date.now(), ['a.ts']);
    assert.equal(buildIsCurrent(root), true);
  });

  it('is not current once a source is edited after it', () => {
    writeInfo(Date.now() - 60_000, ['a.ts']);
    setTime('a.ts', Date.now());
    assert.equal(buildIsCurrent(root), false);
  });

  it('is not current without a build, or with a damaged build-info.json', () => {
    rmSync(join(root, 'dist', 'build-info.json'), { force: true });
    assert.equal(buildIsCurrent(root), false);
    writeFileSync(join(root, 'dist', 'build-info.json'), '{"builtAt": "yesterday"');
    assert.equal(buildIsCurrent(root), false);
  });

  it('does not hold a source missing from the install against the build', () => {
    writeInfo(Date.now(), ['not-shipped.ts']);
    assert.equal(buildIsCurrent(root), true);
  });
});
