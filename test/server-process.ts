import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const ENTRY = new URL('../index.ts', import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Waits until the output matches, or fails with the output so far. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/** The server as `npm run serve` starts it: no terminal chat, only the platforms `platform` configures. */
export function startServer(dataDir: string, platform: NodeJS.ProcessEnv = {}): ServerProcess {
  // No default feeds: a test reaches nothing beyond 127.0.0.1, not even a DNS resolver.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SITREP_FEEDS: '0' };
  for (const name of Object.keys(env)) if (/^(DISCORD|SLACK)_/.test(name)) delete env[name];
  Object.assign(env, platform);
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--data-dir', dataDir, '--no-terminal'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async waitFor(pattern, timeoutMs = 30_000) {
      const started = Date.now();
      while (!pattern.test(output) && Date.now() - started < timeoutMs) await sleep(100);
      if (!pattern.test(output)) throw new Error(`no ${pattern} in the server's output:\n${output}`);
    },
  };
}
