/**
 * What a user waits for at the command line, timed as wall clock on fresh
 * processes: `sitrep ask` from start to exit, and the terminal chat from
 * start to its first prompt (through `node bin/sitrep.js` and `npm start`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain JavaScript module of the bin, without types.
import { buildIsCurrent } from '../bin/current-build.js';
import { type Distribution, distribution } from './stats.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const BIN = join(ROOT, 'bin', 'sitrep.js');
const ENV = { ...process.env, NO_COLOR: '1', SITREP_UI_LANG: 'en' };
const PROMPT = 'sitrep> ';

/** Whether bin/sitrep.js runs the built JavaScript (else the sources through tsx: a stale or missing build). */
export function runsBuild(): boolean {
  return buildIsCurrent(ROOT) as boolean;
}

/** `sitrep ask` on a data dir, `runs` times after one untimed run (which fills the caches a first start writes). */
export function askWall(dataDir: string, question: string, runs = 5): Distribution {
  const once = () => {
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, '--data-dir', dataDir, 'ask', question], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) throw new Error(`sitrep ask exited ${result.status}: ${result.stderr}`);
    return performance.now() - start;
  };
  once();
  return distribution(Array.from({ length: runs }, once));
}

/** Milliseconds from spawning the terminal chat to its first prompt on stdout; then it is told to quit. */
function untilPrompt(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let at: number | undefined;
    const timer = setTimeout(() => child.kill(), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (at === undefined && out.includes(PROMPT)) {
        at = performance.now() - start;
        child.stdin.end('quit\n');
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (at === undefined) reject(new Error(`no prompt from ${command} ${args.join(' ')}: ${out.slice(-300)}`));
      else resolve(at);
    });
  });
}

export async function promptWall(dataDir: string, runs = 5): Promise<{ node: Distribution; npmStart: Distribution }> {
  const node: number[] = [];
  const npmStart: number[] = [];
  await untilPrompt(process.execPath, [BIN, '--data-dir', dataDir]);
  for (let i = 0; i < runs; i++) {
    node.push(await untilPrompt(process.execPath, [BIN, '--data-dir', dataDir]));
    npmStart.push(await untilPrompt('npm', ['start', '--silent', '--', '--data-dir', dataDir]));
  }
  return { node: distribution(node), npmStart: distribution(npmStart) };
}
