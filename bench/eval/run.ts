/**
 * Sitrep's answer-quality benchmark, beside plain MiniSearch on the same passages.
 *
 *   npm run eval                         bench/eval: its articles and questions
 *   npm run eval -- --corpus DIR         another set in the same format (DIR/articles, DIR/questions)
 *   npm run eval -- --misses             also print the tuning questions Sitrep misses, with its top quotes
 *   npm run eval -- --misses --held-out  …and the held-out ones (read them only to report, never to tune)
 *   npm run eval -- --no-write           print only
 *
 * Prints hit@1, hit@3, MRR and the honest-none rate per kind of question
 * (same language, cross-lingual, unanswerable), for all questions and apart
 * for the held-out ones, and writes bench/results/eval-<date>.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, loadBenchmark } from './benchmark.ts';
import { type QuestionResult, type Scores, type Table, TOP, ingestCorpus, plainMiniSearchSystem, runSystem, sitrepSystem, tableOf } from './evaluate.ts';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const corpusDir = resolve(option('--corpus') ?? join(ROOT, 'bench', 'eval'));

const benchmark = loadBenchmark(corpusDir);
const started = performance.now();
const corpus = ingestCorpus(benchmark);
const ingestMs = performance.now() - started;
const systems = [sitrepSystem(corpus), plainMiniSearchSystem(corpus)];
const results = new Map<string, QuestionResult[]>();
const timings = new Map<string, number>();
for (const system of systems) {
  const t = performance.now();
  results.set(system.name, runSystem(system, benchmark.questions));
  timings.set(system.name, (performance.now() - t) / benchmark.questions.length);
}

const pct = (x?: number) => (x === undefined ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const cell = (s: Scores) => (s.honestNone !== undefined ? `none ${pct(s.honestNone)}` : `${pct(s.hit1)} ${pct(s.hit3)} ${s.mrr!.toFixed(3)}`);
const label = { same: 'same language', cross: 'cross-lingual', none: 'unanswerable' } as const;

const tables = new Map<string, Table>([...results].map(([name, r]) => [name, tableOf(r)]));
console.log(`Sitrep answer quality: ${benchmark.articles.size} articles, ${benchmark.questions.length} questions (${corpusDir})`);
console.log(`ingest ${Math.round(ingestMs)} ms, ${corpus.engine.index.size} passages; per question: ${[...timings].map(([n, ms]) => `${n} ${ms.toFixed(2)} ms`).join(', ')}`);
for (const split of ['all', 'tune', 'holdout'] as const) {
  console.log(`\n${split === 'all' ? 'All questions' : split === 'tune' ? 'Tuning questions' : 'Held-out questions'}: hit@1 hit@${TOP} MRR`);
  for (const kind of KINDS) {
    const n = tables.get(systems[0].name)![split][kind].questions;
    if (!n) continue;
    console.log(`  ${label[kind].padEnd(14)} (${String(n).padStart(3)})  ${systems.map((s) => `${s.name}: ${cell(tables.get(s.name)![split][kind])}`).join('   ')}`);
  }
}

const causes = [...new Set(benchmark.questions.map((q) => q.cause))].sort();
console.log(`\nhit@${TOP} by cause (answerable questions):`);
for (const cause of causes) {
  const line = systems.map((s) => {
    const r = results.get(s.name)!.filter((x) => x.cause === cause && x.kind !== 'none');
    return r.length ? `${s.name} ${r.filter((x) => x.rank > 0 && x.rank <= TOP).length}/${r.length}` : '';
  });
  if (line[0]) console.log(`  ${cause.padEnd(13)} ${line.join('   ')}`);
}

if (argv.includes('--misses')) {
  const sitrep = systems[0];
  const heldOutToo = argv.includes('--held-out');
  console.log(`\nSitrep misses${heldOutToo ? '' : ' (tuning questions; --held-out for the others)'}:`);
  for (const q of benchmark.questions) {
    if (q.split !== 'tune' && !heldOutToo) continue;
    const r = results.get(sitrep.name)!.find((x) => x.id === q.id)!;
    const missed = q.kind === 'none' ? !r.none : !(r.rank > 0 && r.rank <= TOP);
    if (!missed) continue;
    console.log(`\n- ${q.id} [${q.kind}/${q.cause}/${q.split}] ${q.q}`);
    for (const a of q.answers) console.log(`    expected ${a.article}: "${a.text}"`);
    for (const [i, a] of sitrep.answer(q.q).slice(0, TOP).entries()) console.log(`    ${i + 1}. ${a.article}: ${a.quote.slice(0, 160)}`);
  }
}

if (!argv.includes('--no-write')) {
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  })();
  const out = join(ROOT, 'bench', 'results', `eval-${new Date().toISOString().slice(0, 10)}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const record = {
    command: `npm run eval${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    commit,
    at: new Date().toISOString(),
    node: process.version,
    corpus: corpusDir === join(ROOT, 'bench', 'eval') ? 'bench/eval' : 'external',
    articles: benchmark.articles.size,
    questions: benchmark.questions.length,
    tables: Object.fromEntries(tables),
    perQuestion: Object.fromEntries([...results].map(([name, r]) => [name, Object.fromEntries(r.map((x) => [x.id, x.kind === 'none' ? (x.none ? 'none' : 'answered') : x.rank]))])),
  };
  writeFileSync(out, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`\nwrote ${out.slice(ROOT.length + 1)}`);
}
corpus.close();
