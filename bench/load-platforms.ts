/**
 * The platforms' side of `npm run bench:load`, in a process of its own so
 * that sending 200 requests and timing their acknowledgements does not share
 * Sitrep's event loop: the local Slack Web API and Discord emulators, and the
 * load. Speaks JSON lines: prints its addresses, then runs each round it is
 * sent on stdin and prints the timings, as Slack and Discord would see them.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { EVENTS_PATH } from '../src/adapters/slack/app.ts';
import { DiscordEmulator, snowflake, testUser } from '../test/e2e/discord-emulator.ts';
import { SlackStub, TEAM_ID } from '../test/e2e/slack-stub.ts';

export interface PlatformRound {
  platform: 'slack' | 'discord';
  round: number;
  questions: string[];
  slackPort?: number;
  signingSecret?: string;
}

export interface RoundTimings {
  /** ms from sending to the acknowledgement, for those acknowledged at all. */
  acks: number[];
  /** ms from sending to the answer (in the acknowledgement, through response_url, or the interaction's edit). */
  answers: number[];
  refused: number;
  /** Discord: how long the bot took to be connected again before the round (dropped during the previous one). */
  reconnectMs?: number;
}

const stub = await SlackStub.start();
const applicationId = snowflake();
const token = `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
const emulator = await DiscordEmulator.start({ token, applicationId });
emulator.setMaxListeners(0);
const say = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
say({ slackApiUrl: stub.apiUrl, discordApiUrl: emulator.apiUrl, token, applicationId });

async function slackRound(job: PlatformRound): Promise<RoundTimings> {
  const url = `http://127.0.0.1:${job.slackPort}${EVENTS_PATH}`;
  const results = await Promise.all(
    job.questions.map(async (question, i) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const responseUrl = stub.responseUrl();
      const body = new URLSearchParams({
        team_id: TEAM_ID, team_domain: 'stub', channel_id: 'C0LOAD', channel_name: 'load', user_id: `U${job.round}L${i}`, user_name: `load${i}`,
        command: '/sitrep', text: `ask ${question}`, api_app_id: 'A0001', response_url: responseUrl, trigger_id: `${job.round}.${i}`,
      }).toString();
      const signature = `v0=${createHmac('sha256', job.signingSecret!).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      const ack = performance.now() - started;
      if (response.status !== 200) return { ack: undefined, answer: undefined };
      if (text.length) return { ack, answer: ack };
      await stub.waitForResponse(responseUrl, 60_000);
      return { ack, answer: performance.now() - started };
    }),
  );
  return {
    acks: results.flatMap((r) => (r.ack === undefined ? [] : [r.ack])),
    answers: results.flatMap((r) => (r.answer === undefined ? [] : [r.answer])),
    refused: results.filter((r) => r.ack === undefined).length,
  };
}

async function discordRound(job: PlatformRound): Promise<RoundTimings> {
  // A bot whose event loop was blocked past its heartbeat has been dropped, and reconnects: wait for it.
  const waitFrom = Date.now();
  while (!emulator.connected && Date.now() - waitFrom < 60_000) await new Promise((resolve) => setTimeout(resolve, 100));
  const reconnectMs = Date.now() - waitFrom;
  const records = job.questions.map((question, i) => emulator.dispatchInteraction(emulator.slashCommand(testUser(`load${job.round}-${i}`), 'ask', { question })));
  // Like Discord, the emulator refuses an acknowledgement later than 3 s: such an interaction is never answered.
  const settled = () => records.every((r) => (r.callback && (r.callback.type === 4 || r.edits.length || r.followups.length)) || Date.now() - r.dispatchedAt > 30_000);
  while (!settled()) await new Promise((resolve) => setTimeout(resolve, 50));
  const acked = records.filter((r) => r.callback);
  return {
    acks: acked.map((r) => r.callback!.at - r.dispatchedAt),
    answers: acked.flatMap((r) => (r.callback!.type === 4 ? [r.callback!.at - r.dispatchedAt] : r.answeredAt ? [r.answeredAt - r.dispatchedAt] : [])),
    refused: records.length - acked.length,
    reconnectMs,
  };
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const job = JSON.parse(line) as PlatformRound | { stop: true };
  if ('stop' in job) break;
  say(job.platform === 'slack' ? await slackRound(job) : await discordRound(job));
}
await emulator.close();
await stub.close();
