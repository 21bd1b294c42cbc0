/**
 * Acknowledgements under load: 200 concurrent `/sitrep ask` requests to the
 * real Bolt app (HTTP mode, signed) and 200 concurrent `/ask` interactions to
 * the real discord.js client (against the local Discord emulator), over a
 * store of synthetic news. Each platform drops a request not acknowledged
 * within 3 s. Measured side by side in one run: every command started at once
 * (the baseline, as before the command queue) and Sitrep's queue.
 *
 *   npm run bench:load                          100k passages, 200 requests per platform
 *   npm run bench:load -- --passages 10000 --requests 400
 *
 * The store is generated once and kept in the temp dir (the same one
 * `npm run bench -- --reuse` keeps). Writes bench/results/load-<date>.json.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.ts';
import { startDiscord } from '../src/adapters/discord/index.ts';
import { startSlack } from '../src/adapters/slack/index.ts';
import { EVENTS_PATH } from '../src/adapters/slack/app.ts';
import { commandQueue } from '../src/chat/command-queue.ts';
import { loadConfig } from '../src/config.ts';
import { Engine } from '../src/engine.ts';
import { DiscordEmulator, snowflake, testUser } from '../test/e2e/discord-emulator.ts';
import { BOT_TOKEN, SlackStub, TEAM_ID } from '../test/e2e/slack-stub.ts';
import { CorpusGenerator } from './corpus.ts';
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
const SIGNING_SECRET = randomBytes(16).toString('hex');
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

interface Round {
  ackMs: ReturnType<typeof distribution>;
  withinDeadline: number;
  answered: number;
}

async function slackRound(port: number, stub: SlackStub, questions: string[], round: number): Promise<Round> {
  const url = `http://127.0.0.1:${port}${EVENTS_PATH}`;
  const acks = await Promise.all(
    questions.map(async (question, i) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const body = new URLSearchParams({
        team_id: TEAM_ID, team_domain: 'stub', channel_id: 'C0LOAD', channel_name: 'load', user_id: `U${round}L${i}`, user_name: `load${i}`,
        command: '/sitrep', text: `ask ${question}`, api_app_id: 'A0001', response_url: stub.responseUrl(), trigger_id: `${round}.${i}`,
      }).toString();
      const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      // An empty acknowledgement: the answer follows through response_url.
      return { ms, status: response.status, inAck: text.length > 0 };
    }),
  );
  const failed = acks.filter((a) => a.status !== 200).length;
  if (failed) throw new Error(`${failed} Slack requests were refused`);
  const samples = acks.map((a) => a.ms);
  return { ackMs: distribution(samples), withinDeadline: samples.filter((ms) => ms <= DEADLINE_MS).length, answered: acks.length };
}

async function discordRound(emulator: DiscordEmulator, questions: string[], round: number): Promise<Round> {
  const records = questions.map((question, i) => emulator.dispatchInteraction(emulator.slashCommand(testUser(`load${round}-${i}`), 'ask', { question })));
  await Promise.all(records.map((record) => emulator.answered(record, 60_000)));
  const samples = records.map((record) => record.callback!.at - record.dispatchedAt);
  return { ackMs: distribution(samples), withinDeadline: samples.filter((ms) => ms <= DEADLINE_MS).length, answered: records.length };
}

async function main(): Promise<void> {
  const engine = openStore();
  const questions = new CorpusGenerator(SEED).questions(REQUESTS, SEED + 99);
  const stub = await SlackStub.start();
  const quiet = () => {};
  const slack = await startSlack({
    engine, commands, log: quiet, clientOptions: { slackApiUrl: stub.apiUrl }, port: 0, host: '127.0.0.1',
    config: { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, adminUsers: [] },
    askLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  const applicationId = snowflake();
  const token = `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
  const emulator = await DiscordEmulator.start({ token, applicationId });
  const discord = await startDiscord({ engine, commands, log: quiet, config: { token, applicationId, apiUrl: emulator.apiUrl, askPerMinute: 1_000_000 } });
  // Warm up: the first questions load the lexicons.
  for (const question of questions.slice(0, 20)) engine.ask({ question });

  const results: Record<string, { slack: Round; discord: Round }> = {};
  let round = 0;
  for (const [label, direct] of [['started at once (baseline)', true], ['command queue (Sitrep)', false]] as const) {
    commandQueue.direct = direct;
    const slackResult = await slackRound(slack.port!, stub, questions, round++);
    const discordResult = await discordRound(emulator, questions, round++);
    results[label] = { slack: slackResult, discord: discordResult };
    log(`${label}:`);
    for (const [platform, r] of Object.entries(results[label])) {
      log(`  ${platform.padEnd(7)} ack p50 ${r.ackMs.p50} ms, p95 ${r.ackMs.p95} ms, max ${r.ackMs.max} ms; within 3 s: ${r.withinDeadline}/${r.answered}`);
    }
  }
  commandQueue.direct = false;
  await discord.stop();
  await slack.stop();
  await emulator.close();
  await stub.close();
  engine.close();

  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `load-${new Date().toISOString().slice(0, 10)}.json`);
  const record = { command: `npm run bench:load -- ${argv.join(' ')}`.trim(), at: new Date().toISOString(), cpus: cpus().length, passages: engine.index.size, requests: REQUESTS, results };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  log(`wrote ${file}${existsSync(file) ? '' : ' (failed)'}`);
}

await main();
