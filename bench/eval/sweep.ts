/**
 * Tries the answer thresholds of src/search/ask.ts (RANKING) over a grid, on
 * the benchmark's tuning questions only (the held-out ones stay out of every
 * tuning decision), and prints the best settings first.
 *
 *   node --import tsx bench/eval/sweep.ts [--corpus DIR]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RANKING } from '../../src/search/ask.ts';
import { CREDIT, WEIGHTS } from '../../src/search/query-plan.ts';
import { loadBenchmark } from './benchmark.ts';
import { TOP, ingestCorpus, runSystem, sitrepSystem } from './evaluate.ts';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const i = process.argv.indexOf('--corpus');
const benchmark = loadBenchmark(resolve(i >= 0 ? process.argv[i + 1] : join(ROOT, 'bench', 'eval')));
const tuning = benchmark.questions.filter((q) => q.split === 'tune');
const corpus = ingestCorpus(benchmark);
const sitrep = sitrepSystem(corpus);

/** Settings by name: RANKING's own, or "weights.lexicon", "credit.translation", "credit.anchor", "credit.content". */
const knobs: Record<string, [Record<string, number>, string]> = {
  ...Object.fromEntries(Object.keys(RANKING).map((k) => [k, [RANKING as Record<string, number>, k]])),
  ...Object.fromEntries(Object.keys(WEIGHTS).map((k) => [`weights.${k}`, [WEIGHTS as Record<string, number>, k]])),
  'credit.translation': [CREDIT as unknown as Record<string, number>, 'translation'],
  'credit.synonym': [CREDIT as unknown as Record<string, number>, 'synonym'],
  'credit.anchor': [CREDIT.article, 'anchor'],
  'credit.content': [CREDIT.article, 'content'],
  'credit.body': [CREDIT as unknown as Record<string, number>, 'body'],
};
const defaults = Object.fromEntries(Object.entries(knobs).map(([name, [object, key]]) => [name, object[key]]));
const apply = (setting: Record<string, number>) => {
  for (const [name, value] of Object.entries({ ...defaults, ...setting })) {
    const [object, key] = knobs[name] ?? [];
    if (!object) throw new Error(`unknown setting ${name}`);
    object[key!] = value;
  }
};
// A grid as JSON on the command line (`--grid '{"coveragePower":[1,2,3]}'`), or the default one.
const gridArg = process.argv.indexOf('--grid');
const grid: Record<string, number[]> =
  gridArg >= 0
    ? JSON.parse(process.argv[gridArg + 1])
    : {
        minAnchorCoverage: [0.45, 0.55, 0.65],
        minCoverage: [0.15, 0.25, 0.35],
        coveragePower: [1, 2, 3],
        focusBoost: [0, 0.5, 1],
        languageBalance: [0, 0.5, 1],
      };
type Setting = Record<string, number>;
const settings: Setting[] = [{} as Setting];
for (const [key, values] of Object.entries(grid)) {
  const next: Setting[] = [];
  for (const s of settings) for (const v of values) next.push({ ...s, [key]: v });
  settings.splice(0, settings.length, ...next);
}

const rows = settings.map((setting) => {
  apply(setting);
  const results = runSystem(sitrep, tuning);
  const share = (kind: string, ok: (r: (typeof results)[number]) => boolean) => {
    const of = results.filter((r) => r.kind === kind);
    return of.length ? of.filter(ok).length / of.length : 1;
  };
  const hit = (r: (typeof results)[number]) => r.rank > 0 && r.rank <= TOP;
  const same = share('same', hit);
  const cross = share('cross', hit);
  const none = share('none', (r) => r.none);
  const answerable = results.filter((r) => r.kind !== 'none');
  const mrr = answerable.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / Math.max(answerable.length, 1);
  // The top-3 hits and honest nones first; MRR orders settings that tie on them.
  return { setting, same, cross, none, mrr, total: same + cross + none + mrr / 100 };
});
rows.sort((a, b) => b.total - a.total);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
for (const row of rows.slice(0, 15)) console.log(`${pct(row.same).padStart(4)} same  ${pct(row.cross).padStart(4)} cross  ${pct(row.none).padStart(4)} none  MRR ${row.mrr.toFixed(3)}   ${JSON.stringify(row.setting)}`);
corpus.close();
