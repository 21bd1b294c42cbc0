/**
 * Summarizes a V8 CPU profile (node --cpu-prof): self time by function and by
 * file, and total (inclusive) time of functions, so a profile can be read in
 * a terminal.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --expose-gc --import tsx bench/run.ts --scales 100000
 *   npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile [--top 40] [--under functionName]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const argv = process.argv.slice(2);
const file = argv[0];
const top = Number(argv[argv.indexOf('--top') + 1]) || 40;
const under = argv.includes('--under') ? argv[argv.indexOf('--under') + 1] : undefined;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per sample: the delta to the next one.
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  selfMs.set(id, (selfMs.get(id) ?? 0) + dt);
});

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/|work\/main\/)/, '');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};

function ancestors(id: number): Node[] {
  const out: Node[] = [];
  for (let p = parent.get(id); p !== undefined; p = parent.get(p)) out.push(byId.get(p)!);
  return out;
}

const inScope = (id: number) => !under || byId.get(id)!.callFrame.functionName === under || ancestors(id).some((a) => a.callFrame.functionName === under);

let total = 0;
const self = new Map<string, number>();
const files = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, ms] of selfMs) {
  if (!inScope(id)) continue;
  const n = byId.get(id)!;
  total += ms;
  self.set(label(n), (self.get(label(n)) ?? 0) + ms);
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/|work\/main\/)/, '') || `(${n.callFrame.functionName})`;
  files.set(url, (files.get(url) ?? 0) + ms);
  const seen = new Set<string>();
  for (const a of [n, ...ancestors(id)]) {
    const l = label(a);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + ms);
  }
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${under ? `under ${under}: ` : ''}${total.toFixed(0)} ms sampled`);
print('Self time by function', self);
print('Self time by file', files);
print('Total time by function', inclusive);
