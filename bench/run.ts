/**
 * Sitrep's benchmark: speed and memory at real scale, on a synthetic
 * English/Indonesian news corpus that is the same on every run (fixed seed).
 *
 *   npm run bench                      10k and 100k passages
 *   npm run bench -- --full            also 1M passages
 *   npm run bench -- --scales 20000    other sizes
 *   npm run bench -- --reuse           keep the generated stores in the temp dir and reuse them
 *   npm run bench -- --reuse --ask-only --scales 100000
 *                                      only time the questions on a reused store (for profiling)
 *
 * Drives the real code paths: Engine.ingestDrafts (worker threads prepare
 * the articles, this thread stores and indexes them), PassageIndex build/save/restore, Engine.open, and the
 * /ask and /brief commands with text rendering, FlexSearch beside bare
 * MiniSearch on the same passages and terms, and the command line's wall
 * time on fresh processes (bin/sitrep.js, as a user runs it). Prints a table
 * and writes bench/results/<date>.json.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as askCommand from '../commands/ask.ts';
import * as briefCommand from '../commands/brief.ts';
import type { CommandContext } from '../src/chat/command.ts';
import { renderText } from '../src/chat/render-text.ts';
import type { Reply } from '../src/chat/reply.ts';
import { loadConfig } from '../src/config.ts';
import { Engine, indexRowsOf } from '../src/engine.ts';
import { splitCommonTerms } from '../src/search/ask.ts';
import { PassageIndex } from '../src/search/passage-index.ts';
import { WEIGHTS, planQuery } from '../src/search/query-plan.ts';
import { askWall, promptWall, runsBuild } from './cli-wall.ts';
import { BENCH_NOW, CorpusGenerator } from './corpus.ts';
import { type FlexIndex, buildFlexIndex } from './flexsearch.ts';
import { type Distribution, MB, distribution, heapAfterGc, round, time } from './stats.ts';

const SEED = 20250601;
const BATCH_ARTICLES = 1000;
/** Save the index every so many passages during ingest, as the feed poller saves after each poll. */
const SAVE_EVERY_PASSAGES = 20_000;
const BRIEF_RUNS = 20;
const WARMUP_QUESTIONS = 200;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const FULL = flag('--full');
const SCALES = option('--scales')?.split(',').map(Number) ?? (FULL ? [10_000, 100_000, 1_000_000] : [10_000, 100_000]);
const QUESTION_COUNT = Number(option('--questions') ?? 1000);
const REUSE = flag('--reuse');
/** Only open the (reused) store and time the questions: for profiling. Writes no results. */
const ASK_ONLY = flag('--ask-only');
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

interface ScaleResult {
  target: number;
  /** The run that measured this size (results of several runs on one day are merged by size). */
  run?: { command: string; commit?: string; at: string };
  passages: number;
  articles: number;
  indexTerms: number;
  /** With --reuse the corpus was not ingested in this run: the figures are the last measured ones (`from` the results of that date). */
  ingest: { ms: number; passagesPerSecond: number; generateMs: number; reused: boolean; from?: string };
  save: { ms: number; incrementalMs: number; persistedMB: number };
  memory: { heapMB: number; jsHeapMB: number; arrayBuffersMB: number; rssMB: number; indexHeapMB: number; heapWithoutIndexMB: number };
  build: { ms: number; passagesPerSecond: number };
  /**
   * Restoring leaves each term's postings in the shard's arrays, where searches read them; `readAllMs`
   * reads them all into MiniSearch's Maps after (which MiniSearch's own search, the baseline, needs).
   * `heapServingMB`: the heap after answering the questions on the restored index, before that read.
   */
  restore: { ms: number; rebuildOverRestore: number; engineOpenMs: number; heapMB: number; heapBeforeReadMB?: number; readAllMs?: number; heapServingMB?: number };
  ask: {
    questions: number;
    answered: number;
    endToEnd: Distribution;
    plan: Distribution;
    search: Distribution;
    bare: Distribution;
    ratioP50: number;
    ratioP95: number;
    /** FlexSearch's OR search over the same passages and terms as the bare MiniSearch one (bench/flexsearch.ts). */
    flexsearch?: Distribution;
    flexBuildMs?: number;
    ratioFlexP95?: number;
    /** ask end to end as a restored process serves: postings searched where they lie, none read into Maps. */
    served?: Distribution;
    /** ask as restored again, timed in turn with FlexSearch, and the ratio of their p95s: what a serving process's users meet. */
    servedBeside?: Distribution;
    servedFlex?: Distribution;
    ratioServedFlexP95?: number;
  };
  brief: Distribution & { stories: number };
  /** `sitrep ask` as a user runs it: a fresh process on this store, wall clock. */
  cli?: { ask: Distribution; fromBuild: boolean };
}

/** The command line on the bundled sample, as a new user first meets it. */
interface SampleCli {
  fromBuild: boolean;
  ask: Distribution;
  firstPrompt: Distribution;
  firstPromptNpmStart: Distribution;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function dataDirFor(target: number): string {
  return REUSE ? join(tmpdir(), `sitrep-bench-${SEED}-${target}`) : join(tmpdir(), `sitrep-bench-${process.pid}-${target}`);
}

function openEngine(dataDir: string): Engine {
  const engine = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
  return engine;
}

/** The store's passages as Engine's own rebuild reads them (titles, contexts). */
const indexRows = (engine: Engine) => indexRowsOf(engine.store);

async function ingest(engine: Engine, generator: CorpusGenerator, target: number): Promise<ScaleResult['ingest']> {
  let ms = 0;
  let generateMs = 0;
  let lastLog = performance.now();
  let lastSave = engine.index.size;
  while (engine.index.size < target) {
    const generated = time(() => Array.from({ length: BATCH_ARTICLES }, () => generator.next()).flat());
    generateMs += generated.ms;
    const start = performance.now();
    // As `sitrep ingest` runs: worker threads prepare the articles while this thread stores and indexes them.
    const events = await engine.ingestDrafts(generated.value.map(({ draft, ingestedAt }) => ({ draft, origin: 'bench', now: ingestedAt })));
    ms += performance.now() - start;
    const failed = events.find((event) => event.status === 'failed');
    if (failed) throw new Error(`bench article failed: ${failed.reason}`);
    if (engine.index.size - lastSave >= SAVE_EVERY_PASSAGES) {
      ms += time(() => engine.saveIndex()).ms;
      lastSave = engine.index.size;
    }
    if (performance.now() - lastLog > 10_000) {
      log(`  … ${engine.index.size.toLocaleString('en')} passages, ${Math.round(engine.index.size / (ms / 1000))}/s`);
      lastLog = performance.now();
    }
  }
  return { ms: round(ms), passagesPerSecond: Math.round(engine.index.size / (ms / 1000)), generateMs: round(generateMs), reused: false };
}

/**
 * Times /ask end to end, the bare MiniSearch search and FlexSearch's on each
 * question, in turn and in rotating order (each goes first on every third
 * question), so all meet the same machine load and none always finds the
 * postings another just read in the CPU's caches. The questions are planned
 * once beforehand, untimed, to know the bare search's terms; so each word's
 * analysis is already memoized, as it is in a running bot whose users' words recur.
 */
function runAsk(engine: Engine, questions: string[], flex?: FlexIndex, baselines = true, bareBaseline = true): { samples: number[]; bare: number[]; flex: number[]; answered: number; kinds: string[] } {
  const context: CommandContext = { engine, caller: { platform: 'cli', userId: 'bench', isAdmin: false }, now: BENCH_NOW };
  const ownTerms = questions.map((question) => {
    const plan = planQuery(question, planContext(engine));
    return plan.terms.filter((t) => plan.weights.get(t) === WEIGHTS.own);
  });
  const samples: number[] = [];
  const bare: number[] = [];
  const flexSamples: number[] = [];
  const kinds: string[] = [];
  let answered = 0;
  const askOne = (question: string) => {
    const start = performance.now();
    const reply = askCommand.execute(context, { question }) as Reply;
    const text = renderText(reply);
    samples.push(performance.now() - start);
    kinds.push(reply.kind);
    if (reply.kind === 'answer' && text.length) answered++;
  };
  const bareOne = (terms: string[]) => bare.push(time(() => engine.index.bareSearch(terms)).ms);
  const flexOne = (terms: string[]) => flex && flexSamples.push(time(() => flex.search(terms)).ms);
  questions.forEach((question, i) => {
    // Each of the three goes first, second and third in turn, each after an untimed minor GC: a bare
    // MiniSearch search leaves megabytes of results behind, which the next one timed would otherwise collect.
    const runs = !baselines ? [() => askOne(question)]
      : bareBaseline ? [() => askOne(question), () => bareOne(ownTerms[i]), () => flexOne(ownTerms[i])]
      // On a restored index MiniSearch's own search would read its postings into Maps: FlexSearch alone beside ask.
      : [() => askOne(question), () => flexOne(ownTerms[i])];
    for (let k = 0; k < runs.length; k++) {
      collectYoung();
      runs[(i + k) % runs.length]();
    }
  });
  return { samples, bare, flex: flexSamples, answered, kinds };
}

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
/** A scavenge of the young generation (about 0.1 ms), when the bench runs with --expose-gc. */
const collectYoung = () => gc?.({ type: 'minor' });

function planContext(engine: Engine) {
  return { glossary: engine.glossary, documentCount: engine.index.size, documentFrequency: (t: string) => engine.index.documentFrequency(t) };
}

/** The stages of ask timed apart, each in its own pass over the questions: planning, and the search as ask makes it. */
function runStages(engine: Engine, questions: string[]) {
  const plans = questions.map((question) => planQuery(question, planContext(engine)));
  const plan = questions.map((question) => time(() => planQuery(question, planContext(engine))).ms);
  // Very common terms are checked afterwards, not searched.
  const search = plans.map((p) => {
    const { searched } = splitCommonTerms(engine, p);
    return time(() => engine.index.search({ terms: searched, weights: p.weights, limit: 100 })).ms;
  });
  return { plan, search };
}

function runBrief(engine: Engine): ScaleResult['brief'] {
  const context: CommandContext = { engine, caller: { platform: 'cli', userId: 'bench', isAdmin: false }, now: BENCH_NOW };
  const samples: number[] = [];
  let stories = 0;
  for (let i = 0; i < BRIEF_RUNS; i++) {
    const start = performance.now();
    const reply = briefCommand.execute(context, { hours: 24 }) as Reply;
    renderText(reply);
    samples.push(performance.now() - start);
    stories = reply.items.length;
  }
  return { ...distribution(samples), stories };
}

async function measure(target: number, generator: CorpusGenerator, questions: string[], warmup: string[]): Promise<ScaleResult> {
  const dataDir = dataDirFor(target);
  const reuse = REUSE && existsSync(join(dataDir, 'sitrep.db'));
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  log(`\n${target.toLocaleString('en')} passages (${dataDir})`);

  let engine = openEngine(dataDir);
  let ingestResult: ScaleResult['ingest'];
  if (reuse && engine.index.size >= target) {
    log('  reusing the stored corpus');
    ingestResult = { ms: NaN, passagesPerSecond: NaN, generateMs: NaN, reused: true };
  } else {
    ingestResult = await ingest(engine, generator, target);
    log(`  ingest: ${ingestResult.passagesPerSecond}/s`);
  }
  const passages = engine.index.size;
  const articles = engine.store.stats().articles;

  const lastSave = time(() => engine.saveIndex(true));
  log(`  last incremental save: ${round(lastSave.ms)} ms`);

  const withIndex = heapAfterGc();
  engine.index = PassageIndex.empty();
  const withoutIndex = heapAfterGc();

  // Timed inline (not through time()) so that no result object keeps a dropped index alive.
  const buildStart = performance.now();
  engine.index = PassageIndex.build(indexRows(engine));
  const buildMs = performance.now() - buildStart;
  const afterBuild = heapAfterGc();
  log(`  build: ${round(buildMs)} ms; heap ${afterBuild.heapMB} MB (index ${round(afterBuild.heapMB - withoutIndex.heapMB)} MB)`);
  const indexTerms = engine.index.termCount;

  // A full save: the freshly built index has written nothing yet, so every shard is written.
  const fullSave = time(() => engine.index.save(engine.indexDir, engine.store.revision()));
  const persistedMB = round(PassageIndex.persistedBytes(engine.indexDir) / MB);
  log(`  full save: ${round(fullSave.ms)} ms, ${persistedMB} MB`);

  engine.index = PassageIndex.empty();
  heapAfterGc();
  // Held by the engine only, so that dropping it below frees it before Engine.open restores again.
  const restoreMs = time(() => {
    const restored = PassageIndex.restore(engine.indexDir, engine.store.revision());
    if (!restored) throw new Error('the saved index did not restore');
    engine.index = restored;
  }).ms;
  const beforeRead = heapAfterGc();
  const readAllMs = time(() => engine.index.readAll()).ms;
  const afterRestore = heapAfterGc();
  log(`  restore: ${round(restoreMs)} ms (heap ${beforeRead.heapMB} MB), then every term's postings read in ${round(readAllMs)} ms; heap ${afterRestore.heapMB} MB`);

  engine.db.close();
  engine.index = PassageIndex.empty();
  heapAfterGc();
  const openStart = performance.now();
  engine = openEngine(dataDir);
  const openMs = performance.now() - openStart;
  if (engine.indexOrigin !== 'restored') throw new Error('Engine.open rebuilt instead of restoring');
  log(`  Engine.open: ${round(openMs)} ms`);
  // As a restored process serves: the postings stay in the shard's arrays. Timed on a second pass, as
  // the figure beside the baselines is (its questions were asked here first).
  runAsk(engine, warmup, undefined, false);
  runAsk(engine, questions, undefined, false);
  const served = distribution(runAsk(engine, questions, undefined, false).samples);
  const serving = heapAfterGc();
  log(`  ask on the restored index: p50 ${served.p50} p95 ${served.p95} ms; heap ${serving.heapMB} MB`);

  const flexBuild = time(() => buildFlexIndex(indexRows(engine)));
  const flex = flexBuild.value;
  log(`  FlexSearch index: ${flex.size.toLocaleString('en')} passages in ${round(flexBuild.ms / 1000, 1)} s`);
  // The same, in turn with FlexSearch: the ratio a serving process's users meet.
  runAsk(engine, warmup, flex, true, false);
  const servedBeside = runAsk(engine, questions, flex, true, false);
  const servedAsk = distribution(servedBeside.samples);
  const servedFlex = distribution(servedBeside.flex);
  log(`  ask on the restored index in turn with FlexSearch: p50 ${servedAsk.p50} p95 ${servedAsk.p95} ms; FlexSearch p50 ${servedFlex.p50} p95 ${servedFlex.p95} ms`);
  // MiniSearch's own search (the baseline) reads Maps: everything is read for it, and ask is timed beside it.
  engine.index.readAll();

  runAsk(engine, warmup, flex);
  const asked = runAsk(engine, questions, flex);
  const stages = runStages(engine, questions);
  const endToEnd = distribution(asked.samples);
  const bare = distribution(asked.bare);
  const flexsearch = distribution(asked.flex);
  log(`  ask: p50 ${endToEnd.p50} p95 ${endToEnd.p95} ms; bare MiniSearch p50 ${bare.p50} p95 ${bare.p95} ms; FlexSearch p50 ${flexsearch.p50} p95 ${flexsearch.p95} ms; ${asked.answered}/${questions.length} answered`);

  const brief = runBrief(engine);
  log(`  brief: p50 ${brief.p50} ms, ${brief.stories} stories`);

  engine.index = PassageIndex.empty();
  engine.db.close();
  const cliAsk = askWall(dataDir, questions[0]);
  log(`  sitrep ask (fresh process, ${runsBuild() ? 'built JavaScript' : 'sources through tsx'}): p50 ${round(cliAsk.p50)} ms`);
  if (!REUSE) rmSync(dataDir, { recursive: true, force: true });
  heapAfterGc();

  return {
    target,
    passages,
    articles,
    indexTerms,
    ingest: ingestResult,
    save: { ms: round(fullSave.ms), incrementalMs: round(lastSave.ms), persistedMB },
    memory: {
      heapMB: withIndex.heapMB,
      jsHeapMB: withIndex.jsHeapMB,
      arrayBuffersMB: withIndex.arrayBuffersMB,
      rssMB: withIndex.rssMB,
      indexHeapMB: round(afterBuild.heapMB - withoutIndex.heapMB),
      heapWithoutIndexMB: withoutIndex.heapMB,
    },
    build: { ms: round(buildMs), passagesPerSecond: Math.round(passages / (buildMs / 1000)) },
    restore: { ms: round(restoreMs), rebuildOverRestore: round(buildMs / restoreMs), engineOpenMs: round(openMs), heapMB: afterRestore.heapMB, heapBeforeReadMB: beforeRead.heapMB, readAllMs: round(readAllMs), heapServingMB: serving.heapMB },
    ask: {
      questions: questions.length,
      answered: asked.answered,
      endToEnd,
      plan: distribution(stages.plan),
      search: distribution(stages.search),
      bare,
      ratioP50: round(endToEnd.p50 / bare.p50, 2),
      ratioP95: round(endToEnd.p95 / bare.p95, 2),
      flexsearch,
      flexBuildMs: round(flexBuild.ms),
      ratioFlexP95: round(endToEnd.p95 / flexsearch.p95, 2),
      served,
      servedBeside: servedAsk,
      servedFlex,
      ratioServedFlexP95: round(servedAsk.p95 / servedFlex.p95, 2),
    },
    brief,
    cli: { ask: cliAsk, fromBuild: runsBuild() },
  };
}

interface Target {
  name: string;
  value: number | undefined;
  limit: string;
  ok: boolean | undefined;
}

function targets(results: ScaleResult[], sample?: SampleCli): Target[] {
  const at = (n: number) => results.find((r) => r.target === n);
  const k100 = at(100_000);
  const m1 = at(1_000_000);
  const check = (value: number | undefined, ok: (v: number) => boolean) => (value === undefined ? undefined : ok(value));
  const seconds = (ms: number | undefined) => (ms === undefined ? undefined : round(ms / 1000, 2));
  const bestIngest = Math.max(...results.map((r) => r.ingest.passagesPerSecond).filter(Number.isFinite));
  return [
    { name: 'sitrep ask on the sample, wall p50 (s)', value: seconds(sample?.ask.p50), limit: '≤ 0.5', ok: check(sample?.ask.p50, (v) => v <= 500) },
    { name: 'npm start to the first prompt on the sample, p50 (s)', value: seconds(sample?.firstPromptNpmStart.p50), limit: '≤ 1', ok: check(sample?.firstPromptNpmStart.p50, (v) => v <= 1000) },
    { name: 'sitrep ask at 100k, wall p50 (s)', value: seconds(k100?.cli?.ask.p50), limit: '≤ 1.2', ok: check(k100?.cli?.ask.p50, (v) => v <= 1200) },
    { name: 'ask p95 at 100k (ms)', value: k100?.ask.endToEnd.p95, limit: '≤ 15', ok: check(k100?.ask.endToEnd.p95, (v) => v <= 15) },
    { name: 'ask / FlexSearch p95 at 100k, as a restored process serves', value: k100?.ask.ratioServedFlexP95, limit: '≤ 1', ok: check(k100?.ask.ratioServedFlexP95, (v) => v <= 1) },
    { name: 'ask / FlexSearch p95 at 100k, on MiniSearch’s Maps', value: k100?.ask.ratioFlexP95, limit: '≤ 1', ok: check(k100?.ask.ratioFlexP95, (v) => v <= 1) },
    { name: 'ask p95 at 1M (ms)', value: m1?.ask.endToEnd.p95, limit: '≤ 35', ok: check(m1?.ask.endToEnd.p95, (v) => v <= 35) },
    { name: 'ingest + index (passages/s, best scale)', value: Number.isFinite(bestIngest) ? bestIngest : undefined, limit: '≥ 4,000', ok: Number.isFinite(bestIngest) ? bestIngest >= 4000 : undefined },
    { name: 'ask / bare MiniSearch p95 at 100k', value: k100?.ask.ratioP95, limit: '≤ 1.3', ok: check(k100?.ask.ratioP95, (v) => v <= 1.3) },
    { name: 'ask / bare MiniSearch p50 at 100k', value: k100?.ask.ratioP50, limit: '≤ 1.3', ok: check(k100?.ask.ratioP50, (v) => v <= 1.3) },
    { name: 'heap + array buffers after indexing 100k (MB)', value: k100?.memory.heapMB, limit: '≤ 300', ok: check(k100?.memory.heapMB, (v) => v <= 300) },
    { name: 'restore 1M (s)', value: m1 && round(m1.restore.ms / 1000, 2), limit: '≤ 5', ok: check(m1?.restore.ms, (v) => v <= 5_000) },
    { name: 'heap + array buffers at 1M (MB)', value: m1?.memory.heapMB, limit: '≤ 1,200', ok: check(m1?.memory.heapMB, (v) => v <= 1200) },
    { name: 'rebuild / restore at 1M', value: m1?.restore.rebuildOverRestore, limit: '≥ 10', ok: check(m1?.restore.rebuildOverRestore, (v) => v >= 10) },
  ];
}

function table(results: ScaleResult[]): string {
  const rows: [string, (r: ScaleResult) => string | number][] = [
    ['passages', (r) => r.passages.toLocaleString('en')],
    ['articles', (r) => r.articles.toLocaleString('en')],
    ['index terms', (r) => r.indexTerms.toLocaleString('en')],
    [
      'ingest + index (passages/s)',
      (r) =>
        Number.isFinite(r.ingest.passagesPerSecond)
          ? `${r.ingest.passagesPerSecond.toLocaleString('en')}${r.ingest.reused ? ` (${r.ingest.from ?? 'earlier run'})` : ''}`
          : 'reused',
    ],
    ['build index from store (s)', (r) => round(r.build.ms / 1000, 2)],
    ['save index, full (s)', (r) => round(r.save.ms / 1000, 2)],
    ['persisted index (MB)', (r) => r.save.persistedMB],
    ['heap + array buffers after indexing, GC (MB)', (r) => `${r.memory.heapMB} (${r.memory.jsHeapMB} + ${r.memory.arrayBuffersMB})`],
    ['  of which the index (MB)', (r) => r.memory.indexHeapMB],
    ['RSS after indexing (MB)', (r) => r.memory.rssMB],
    ['restore index (s)', (r) => round(r.restore.ms / 1000, 2)],
    ['  then read every term (s)', (r) => (r.restore.readAllMs === undefined ? '–' : round(r.restore.readAllMs / 1000, 2))],
    ['heap after restore / after serving / after reading all (MB)', (r) => `${r.restore.heapBeforeReadMB ?? '–'} / ${r.restore.heapServingMB ?? '–'} / ${r.restore.heapMB}`],
    ['rebuild / restore', (r) => `${r.restore.rebuildOverRestore}×`],
    ['Engine.open, restoring (s)', (r) => round(r.restore.engineOpenMs / 1000, 2)],
    ['ask e2e p50 / p95 / p99 (ms)', (r) => `${r.ask.endToEnd.p50} / ${r.ask.endToEnd.p95} / ${r.ask.endToEnd.p99}`],
    ['  as restored, postings where they lie (ms)', (r) => (r.ask.served ? `${r.ask.served.p50} / ${r.ask.served.p95} / ${r.ask.served.p99}` : '–')],
    ['  as restored in turn with FlexSearch: ask / FlexSearch p50, p95 (ms)', (r) => (r.ask.servedBeside && r.ask.servedFlex ? `${r.ask.servedBeside.p50} / ${r.ask.servedFlex.p50}, ${r.ask.servedBeside.p95} / ${r.ask.servedFlex.p95}` : '–')],
    ['  ask / FlexSearch p95, as restored', (r) => (r.ask.ratioServedFlexP95 === undefined ? '–' : `${r.ask.ratioServedFlexP95}×`)],
    ['  plan p50 / p95 (ms)', (r) => `${r.ask.plan.p50} / ${r.ask.plan.p95}`],
    ['  index search p50 / p95 (ms)', (r) => `${r.ask.search.p50} / ${r.ask.search.p95}`],
    ['bare MiniSearch p50 / p95 / p99 (ms)', (r) => `${r.ask.bare.p50} / ${r.ask.bare.p95} / ${r.ask.bare.p99}`],
    ['ask / bare (p50, p95)', (r) => `${r.ask.ratioP50}× / ${r.ask.ratioP95}×`],
    ['FlexSearch p50 / p95 / p99 (ms)', (r) => (r.ask.flexsearch ? `${r.ask.flexsearch.p50} / ${r.ask.flexsearch.p95} / ${r.ask.flexsearch.p99}` : '–')],
    ['ask / FlexSearch p95', (r) => (r.ask.ratioFlexP95 === undefined ? '–' : `${r.ask.ratioFlexP95}×`)],
    ['sitrep ask, fresh process p50 (s)', (r) => (r.cli ? `${round(r.cli.ask.p50 / 1000, 2)}${r.cli.fromBuild ? '' : ' (tsx)'}` : '–')],
    ['questions answered', (r) => `${r.ask.answered} / ${r.ask.questions}`],
    ['brief 24 h p50 / p95 (ms)', (r) => `${r.brief.p50} / ${r.brief.p95} (${r.brief.stories} stories)`],
  ];
  const cells = rows.map(([label, f]) => [label, ...results.map((r) => String(f(r)))]);
  const header = ['', ...results.map((r) => r.target.toLocaleString('en'))];
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...cells.map(line)].join('\n');
}

/** The latest ingest figures measured (not reused) for a corpus size, from earlier results files. */
function lastIngest(target: number): ScaleResult['ingest'] | undefined {
  const dir = join(ROOT, 'bench', 'results');
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort().reverse()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { scales?: ScaleResult[] };
    // A measured figure, or one an earlier reuse carried forward (with the date it was measured).
    const found = data.scales?.find((s) => s.target === target && Number.isFinite(s.ingest.passagesPerSecond));
    if (found) return { ...found.ingest, from: found.ingest.from ?? file.replace(/\.json$/, '') };
  }
  return undefined;
}

function gitCommit(): string | undefined {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return undefined;
  }
}

function askOnly(target: number, questions: string[], warmup: string[]): void {
  const dataDir = dataDirFor(target);
  if (!existsSync(join(dataDir, 'sitrep.db'))) throw new Error(`--ask-only needs a stored corpus: run with --reuse first (${dataDir})`);
  const opened = time(() => openEngine(dataDir));
  const engine = opened.value;
  log(`${target}: Engine.open ${round(opened.ms)} ms (${engine.indexOrigin}), ${engine.index.size} passages`);
  runAsk(engine, warmup, undefined, false);
  runAsk(engine, questions, undefined, false);
  const served = distribution(runAsk(engine, questions, undefined, false).samples);
  log(`  ask on the restored index (postings where they lie) p50 ${served.p50} p95 ${served.p95} p99 ${served.p99} ms`);
  engine.index.readAll();
  runAsk(engine, warmup);
  const asked = runAsk(engine, questions);
  const stages = runStages(engine, questions);
  const e2e = distribution(asked.samples);
  const answered = asked.samples.filter((_, i) => asked.kinds[i] === 'answer');
  const unanswered = asked.samples.filter((_, i) => asked.kinds[i] !== 'answer');
  log(`  ask e2e p50 ${e2e.p50} p95 ${e2e.p95} p99 ${e2e.p99} ms; answered ${answered.length} p50 ${distribution(answered).p50} p95 ${distribution(answered).p95}; unanswered ${unanswered.length} p50 ${distribution(unanswered).p50}`);
  log(`  plan p50 ${distribution(stages.plan).p50} p95 ${distribution(stages.plan).p95}; search p50 ${distribution(stages.search).p50} p95 ${distribution(stages.search).p95} p99 ${distribution(stages.search).p99}`);
  const bare = distribution(asked.bare);
  log(`  bare MiniSearch p50 ${bare.p50} p95 ${bare.p95}; ask/bare p50 ${round(e2e.p50 / bare.p50, 2)} p95 ${round(e2e.p95 / bare.p95, 2)}`);
  const brief = runBrief(engine);
  log(`  brief p50 ${brief.p50} p95 ${brief.p95}`);
  engine.db.close();
}

/** The command line on the bundled sample: a fresh data dir (its first run ingests the sample, untimed). */
async function measureSampleCli(): Promise<SampleCli> {
  // Timed as installed: the build `prepare` makes, made again when a source is newer.
  if (!runsBuild()) {
    log('building dist/ first (npm run build): a source is newer than the build');
    execSync('node scripts/build.js --quiet', { cwd: ROOT, stdio: 'inherit' });
  }
  const dataDir = join(tmpdir(), `sitrep-bench-sample-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  try {
    const ask = askWall(dataDir, 'how far can the KN-23 fly');
    const prompt = await promptWall(dataDir);
    const result = { fromBuild: runsBuild(), ask, firstPrompt: prompt.node, firstPromptNpmStart: prompt.npmStart };
    log(`sample: sitrep ask p50 ${round(ask.p50)} ms; first prompt p50 ${round(prompt.node.p50)} ms (node bin/sitrep.js), ${round(prompt.npmStart.p50)} ms (npm start)${result.fromBuild ? '' : ' — from the sources through tsx: run npm run build'}`);
    return result;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) log('note: run with --expose-gc (npm run bench) for memory figures after a forced GC');
  const setup = time(() => new CorpusGenerator(SEED));
  const questions = setup.value.questions(QUESTION_COUNT);
  const warmup = setup.value.questions(WARMUP_QUESTIONS, SEED + 7);
  log(`corpus generator ready in ${round(setup.ms)} ms; ${questions.length} questions`);

  if (ASK_ONLY) {
    for (const target of SCALES) askOnly(target, questions, warmup);
    return;
  }
  const sample = await measureSampleCli();
  const results: ScaleResult[] = [];
  for (const target of [...SCALES].sort((a, b) => a - b)) {
    // Each scale starts from the same stream: the smaller corpus is the start of the larger one.
    results.push(await measure(target, new CorpusGenerator(SEED), questions, warmup));
  }

  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const commit = gitCommit();
  for (const result of results) {
    if (result.ingest.reused) result.ingest = { ...(lastIngest(result.target) ?? result.ingest), reused: true };
    result.run = { command, commit, at: new Date().toISOString() };
  }

  const machine = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: round(totalmem() / 1024 ** 3, 1), platform: `${process.platform} ${process.arch}` };
  const checked = targets(results, sample);
  console.log(`\nSitrep benchmark · seed ${SEED} · ${QUESTION_COUNT} questions · Node ${machine.node} · ${machine.cores} cores (${machine.cpu})\n`);
  console.log(table(results));
  console.log(`\nCommand line on the bundled sample (${sample.fromBuild ? 'built JavaScript' : 'the sources through tsx'}), wall p50 / p95: sitrep ask ${round(sample.ask.p50)} / ${round(sample.ask.p95)} ms; first prompt ${round(sample.firstPrompt.p50)} / ${round(sample.firstPrompt.p95)} ms (node bin/sitrep.js), ${round(sample.firstPromptNpmStart.p50)} / ${round(sample.firstPromptNpmStart.p95)} ms (npm start)`);
  console.log('\nTargets:');
  for (const t of checked) console.log(`  ${t.ok === undefined ? 'n/a ' : t.ok ? 'MET ' : 'MISS'}  ${t.name}: ${t.value ?? '–'} (${t.limit})`);

  const date = BENCH_DATE();
  const path = join(ROOT, 'bench', 'results', `${date}.json`);
  mkdirSync(dirname(path), { recursive: true });
  const previous = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { scales?: ScaleResult[] }) : {};
  const scales = [...(previous.scales ?? []).filter((s) => !results.some((r) => r.target === s.target)), ...results].sort((a, b) => a.target - b.target);
  const output = {
    date,
    seed: SEED,
    questions: QUESTION_COUNT,
    machine,
    cli: sample,
    scales,
    targets: targets(scales, sample),
  };
  writeFileSync(path, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nWrote ${path}`);
}

function BENCH_DATE(): string {
  return new Date().toISOString().slice(0, 10);
}

await main();
