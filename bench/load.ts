/**
 * Acknowledgements under load: 200 concurrent `/sitrep ask` requests to the
 * real Bolt app (HTTP mode, signed) and 200 concurrent `/ask` interactions to
 * the real discord.js client (against the local Discord emulator), over a
 * store of synthetic news. Each platform drops a request not acknowledged
 * within 3 s. The platforms and the load run in a process of their own
 * (bench/load-platforms.ts), as Slack and Discord are. Measured side by side
 * in one run: every command started at once (the baseline, as before the
 * command queue) and Sitrep's queue.
 *
 *   npm run bench:load                          100k passages, 200 requests per platform
 *   npm run bench:load -- --passages 10000 --requests 400
 *
 * The store is generated once and kept in the temp dir (the one
 * `npm run bench -- --reuse` keeps). Writes bench/results/load-<date>.json.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.ts';
import { startDiscord } from '../src/adapters/discord/index.ts';
import { startSlack } from '../src/adapters/slack/index.ts';
import { commandQueue } from '../src/chat/command-queue.ts';
import { loadConfig } from '../src/config.ts';
import { Engine } from '../src/engine.ts';
import { BOT_TOKEN } from '../test/e2e/slack-stub.ts';
import { CorpusGenerator } from './corpus.ts';
import type { PlatformRound, RoundTimings } from './load-platforms.ts';
import { distribution } from './stats.ts';

const SEED = 20250601;
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const PASSAGES = Number(option('--passages') ?? 100_000);
const REQUESTS = Number(option('--requests') ?? 200);
const DEADLINE_MS = 3_000;
/** `--only baseline` or `--only queue`: one side, for profiling (figures are reported from runs of both). */
const ONLY = option('--only');
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const log = (line: string) => process.stderr.write(`${line}\n`);

function openStore(): Engine {
  const dataDir = join(tmpdir(), `sitrep-bench-${SEED}-${PASSAGES}`);
  const engine = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
  if (engine.index.size >= PASSAGES) return engine;
  log(`generating ${PASSAGES.toLocaleString('en')} passages in ${dataDir} (once)…`);
  const generator = new CorpusGenerator(SEED);
  while (engine.index.size < PASSAGES) {
    const batch = Array.from({ length: 250 }, () => generator.next()).flat();
    engine.db.transaction(() => {
      for (const { draft, ingestedAt } of batch) engine.ingestDraft(draft, 'bench', ingestedAt);
    })();
  }
  engine.saveIndex();
  return engine;
}

/** The platforms' process, and a way to run one round in it. */
async function startPlatforms() {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'load-platforms.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async <T>() => JSON.parse((await lines.next()).value as string) as T;
  const addresses = await next<{ slackApiUrl: string; discordApiUrl: string; token: string; applicationId: string }>();
  return {
    ...addresses,
    async run(round: PlatformRound): Promise<RoundTimings> {
      child.stdin!.write(`${JSON.stringify(round)}\n`);
      return next<RoundTimings>();
    },
    stop() {
      child.stdin!.end(`${JSON.stringify({ stop: true })}\n`);
    },
  };
}

function summary(timings: RoundTimings) {
  return {
    acknowledgedWithin3s: timings.acks.filter((ms) => ms <= DEADLINE_MS).length,
    notAcknowledged: timings.refused,
    ...(timings.reconnectMs ? { gatewayReconnectBeforeRoundMs: timings.reconnectMs } : {}),
    ackMs: distribution(timings.acks),
    answerMs: distribution(timings.answers),
  };
}

async function main(): Promise<void> {
  const engine = openStore();
  const questions = new CorpusGenerator(SEED).questions(REQUESTS, SEED + 99);
  const platforms = await startPlatforms();
  const signingSecret = randomBytes(16).toString('hex');
  const quiet = () => {};
  // Warm up: the first questions load the lexicons.
  for (const question of questions.slice(0, 20)) engine.ask({ question });

  const results: Record<string, Record<string, ReturnType<typeof summary>>> = {};
  let round = 0;
  const modes = ([['started at once (baseline)', true], ['command queue (Sitrep)', false]] as const).filter(([, direct]) => !ONLY || ONLY === (direct ? 'baseline' : 'queue'));
  for (const [label, direct] of modes) {
    commandQueue.direct = direct;
    // Fresh clients for each side: what one side left behind (a dropped gateway, a backlog of REST calls) does not weigh on the other.
    const slack = await startSlack({
      engine, commands, log: quiet, clientOptions: { slackApiUrl: platforms.slackApiUrl }, port: 0, host: '127.0.0.1',
      config: { mode: 'http', botToken: BOT_TOKEN, signingSecret, port: 0, adminUsers: [] },
      askLimit: { limit: 1_000_000, windowMs: 60_000 },
    });
    const discord = await startDiscord({ engine, commands, log: quiet, config: { token: platforms.token, applicationId: platforms.applicationId, apiUrl: platforms.discordApiUrl, askPerMinute: 1_000_000 } });
    results[label] = {
      slack: summary(await platforms.run({ platform: 'slack', round: round++, questions, slackPort: slack.port, signingSecret })),
      discord: summary(await platforms.run({ platform: 'discord', round: round++, questions })),
    };
    await discord.stop();
    await slack.stop();
    log(`${label}:`);
    for (const [platform, r] of Object.entries(results[label])) {
      log(`  ${platform.padEnd(7)} acknowledged within 3 s: ${r.acknowledgedWithin3s}/${REQUESTS}; ack p50 ${r.ackMs.p50} ms, p95 ${r.ackMs.p95} ms, max ${r.ackMs.max} ms; answer p50 ${r.answerMs.p50} ms, p95 ${r.answerMs.p95} ms`);
    }
    // Let the last answers drain before the other side starts.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  commandQueue.direct = false;
  platforms.stop();
  const passages = engine.index.size;
  engine.close();

  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `load-${new Date().toISOString().slice(0, 10)}.json`);
  const record = { command: `npm run bench:load${argv.length ? ` -- ${argv.join(' ')}` : ''}`, at: new Date().toISOString(), cpus: cpus().length, passages, requests: REQUESTS, results };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  log(`wrote ${file}`);
}

await main();
