import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { commands as registry } from '../../commands/index.ts';
import type { Command } from '../../src/chat/command.ts';
import { noticeReply } from '../../src/chat/reply.ts';
import { type SlackConfig, type SlackHandle, slackConfigFromEnv, startSlack } from '../../src/adapters/slack/index.ts';
import { EVENTS_PATH } from '../../src/adapters/slack/app.ts';
import { SLASH_COMMAND } from '../../src/adapters/slack/verbs.ts';
import { ConfigError, PROJECT_ROOT } from '../../src/config.ts';
import type { Engine } from '../../src/engine.ts';
import { openTestEngine } from '../helpers.ts';
import { APP_TOKEN, BOT_TOKEN, BOT_USER_ID, SlackStub, TEAM_ID } from './slack-stub.ts';

const SIGNING_SECRET = 'e3b0c44298fc1c149afbf4c8996fb924';
const SLOW_MS = 1200;
const ACK_WITHIN_MS = 500;
const MEMBER = 'U0MEMBER';
const ADMIN = 'U0ADMIN';
const ALLOWED = 'U0ALLOWED';

type Json = Record<string, any>;

/** Small English articles about one missile, distinct enough not to be one story, so "More results" has more. */
const EXTRA_ARTICLES = [
  'Ukrainian intelligence said the KN-23 ballistic missile can fly roughly 700 km when launched from Russian territory near Kursk.',
  'A North Korean KN-23 struck Kharkiv on Tuesday; analysts estimate the missile range at about 690 km with a lighter warhead.',
  'Seoul officials told lawmakers that the KN-23 flew farther than expected during tests, reaching targets some 600 km away.',
  'Debris from a KN-23 found in Zaporizhzhia showed Russian crews fired it from occupied Crimea, about 450 km from the impact site.',
  'Military bloggers in Moscow boasted that the KN-23 could fly across the whole front, a claim Western officials dismissed.',
].map((text, i) => ({
  url: `https://wire.example/kn-23-${i}`,
  title: `KN-23 report ${i + 1}`,
  outlet: ['Reuters Test', 'AP Test', 'Yonhap Test', 'Kyiv Test', 'BBC Test'][i],
  publishedAt: `2024-10-2${i}T08:00:00Z`,
  lang: 'en',
  text,
}));

/** The registry plus a command that takes longer than the acknowledgement may wait. */
function commandsWithSlowOne(): Map<string, Command> {
  const copy = new Map(registry);
  copy.set('slow', {
    data: { name: 'slow', description: 'Answers after a while', options: [] },
    execute: async () => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      return noticeReply('Done', 'This took a while.');
    },
  });
  return copy;
}

function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

interface Posted {
  status: number;
  ms: number;
  text: string;
  json?: Json;
}

/** Posts to the app as Slack does: form-encoded, signed over "v0:timestamp:body". */
async function postSigned(url: string, body: string, options: { timestamp?: number; signature?: string } = {}): Promise<Posted> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(body, timestamp),
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let json: Json | undefined;
  if (text && response.headers.get('content-type')?.includes('json')) json = JSON.parse(text) as Json;
  return { status: response.status, ms, text, json };
}

function slashBody(stub: SlackStub, text: string, userId = MEMBER): { body: string; responseUrl: string } {
  const responseUrl = stub.responseUrl();
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'stub',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: '/sitrep',
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
  return { body, responseUrl };
}

function buttonPress(stub: SlackStub, button: Json, userId = MEMBER): { body: string; responseUrl: string } {
  const responseUrl = stub.responseUrl();
  const payload = {
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), team_id: TEAM_ID },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1730000000.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
    trigger_id: '1.2.4',
    team: { id: TEAM_ID, domain: 'stub' },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', text: button.text, value: button.value, action_ts: '1730000001.000200' }],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), responseUrl };
}

/** Everything a person would read in a message: its blocks' texts and the fallback. */
function readable(message: Json): string {
  const texts: string[] = [String(message.text ?? '')];
  for (const block of message.blocks ?? []) {
    if (block.text) texts.push(block.text.text);
    for (const element of block.elements ?? []) texts.push(element.text?.text ?? element.text ?? '');
  }
  return texts.join('\n');
}

function buttonOf(message: Json, actionId: string): Json | undefined {
  for (const block of message.blocks ?? []) {
    if (block.type === 'actions') {
      const found = block.elements.find((e: Json) => e.action_id === actionId);
      if (found) return found;
    }
  }
  return undefined;
}

describe('Slack over HTTP, end to end', () => {
  let stub: SlackStub;
  let slack: SlackHandle;
  let engine: Engine;
  let cleanup: () => void;
  let eventsUrl: string;
  const logs: string[] = [];

  before(async () => {
    stub = await SlackStub.start();
    stub.users.set(MEMBER, {});
    stub.users.set(ADMIN, { is_admin: true });
    ({ engine, cleanup } = openTestEngine());
    const extra = join(engine.config.dataDir, 'extra.json');
    writeFileSync(extra, JSON.stringify(EXTRA_ARTICLES));
    assert.equal(engine.ingest([extra]).added, EXTRA_ARTICLES.length);
    const config: SlackConfig = { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 3000, adminUsers: [ALLOWED] };
    slack = await startSlack({
      engine,
      commands: commandsWithSlowOne(),
      config,
      log: (line) => logs.push(line),
      clientOptions: { slackApiUrl: stub.apiUrl },
      port: 0,
      host: '127.0.0.1',
      ackWithinMs: ACK_WITHIN_MS,
      askLimit: { limit: 3, windowMs: 60_000 },
    });
    eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  });

  after(async () => {
    await slack?.stop();
    await stub?.close();
    cleanup?.();
  });

  /** `/sitrep <text>`: the answer, whether it came in the acknowledgement or through response_url. */
  async function sitrep(text: string, userId = MEMBER): Promise<Json> {
    const { body, responseUrl } = slashBody(stub, text, userId);
    const ack = await postSigned(eventsUrl, body);
    assert.equal(ack.status, 200);
    return ack.json ?? (await stub.waitForResponse(responseUrl));
  }

  it('checks the bot token with auth.test once, at start', () => {
    const checks = stub.calls.filter((c) => c.method === 'auth.test');
    assert.equal(checks.length, 1);
    assert.equal(checks[0].token, BOT_TOKEN);
    assert.ok(logs.some((l) => l.includes('HTTP mode') && l.includes('Stub Team')), logs.join('\n'));
    assert.ok(!logs.join('\n').includes(SIGNING_SECRET) && !logs.join('\n').includes(BOT_TOKEN), 'no secret in the log');
  });

  it('answers /sitrep ask with the quote, 450 km, KONTAN via The Guardian, privately', async () => {
    const { body, responseUrl } = slashBody(stub, 'ask how far can the KN-23 fly source:guardian since:7d');
    const ack = await postSigned(eventsUrl, body);
    assert.equal(ack.status, 200);
    assert.ok(ack.ms < 3000, `acknowledged in ${Math.round(ack.ms)} ms`);
    // In the acknowledgement when ready in time (as here, normally), else through response_url.
    const message = ack.json ?? (await stub.waitForResponse(responseUrl));
    assert.equal(message.response_type, 'ephemeral');
    const text = readable(message);
    assert.match(text, /450 km/);
    assert.match(text, /KONTAN via The Guardian/);
    assert.match(text, /\*KN-23\*/, 'matched words in bold');
    assert.match(message.text, /450 km/, 'a plain fallback text');
    assert.equal(message.blocks[0].type, 'header');
    const share = buttonOf(message, 'sitrep_share');
    assert.ok(share, 'a Share in channel button');
    assert.deepEqual(engine.store.loadAction<Json>(share.value)?.command, 'ask');
  });

  it('acknowledges a slow answer at once and delivers it through response_url', async () => {
    const { body, responseUrl } = slashBody(stub, 'slow');
    const ack = await postSigned(eventsUrl, body);
    assert.equal(ack.status, 200);
    assert.equal(ack.text, '', 'an empty acknowledgement');
    assert.ok(ack.ms < SLOW_MS, `acknowledged in ${Math.round(ack.ms)} ms, before the answer was ready`);
    const late = await stub.waitForResponse(responseUrl, 5000);
    assert.equal(late.response_type, 'ephemeral');
    assert.match(readable(late), /This took a while/);
  });

  it('"More results" answers the next page privately, from state kept in the store', async () => {
    const first = await sitrep('ask how far can the KN-23 fly limit:2', 'U0PAGER');
    assert.match(readable(first), /Quotes 1–2 of \d+/);
    const more = buttonOf(first, 'sitrep_more');
    assert.ok(more, 'a More results button');
    assert.equal(more.text.text, 'More results');
    assert.ok(more.value.length < 64, 'the button holds an id, not the state');

    const press = buttonPress(stub, more, 'U0PAGER');
    const ack = await postSigned(eventsUrl, press.body);
    assert.equal(ack.status, 200);
    const next = await stub.waitForResponse(press.responseUrl);
    assert.equal(next.response_type, 'ephemeral');
    assert.equal(next.replace_original, false);
    assert.match(readable(next), /Quotes 3–4 of \d+/);
    assert.match(readable(next), /\*3\.\*/);
  });

  /** An Events API callback, as Slack posts it: JSON, signed. */
  async function event(inner: Json): Promise<void> {
    const body = JSON.stringify({ token: 'legacy-verification-token', team_id: TEAM_ID, api_app_id: 'A0001', type: 'event_callback', event_id: `Ev${Math.random().toString(36).slice(2)}`, event_time: Math.floor(Date.now() / 1000), event: { event_ts: inner.ts, ...inner } });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) }, body });
    assert.equal(response.status, 200);
  }

  it('answers "@Sitrep …" in a thread under the mention, and a follow-up in that thread there too', async () => {
    stub.users.set('U0MENTION', {});
    await event({ type: 'app_mention', user: 'U0MENTION', text: `<@${BOT_USER_ID}> how far can the KN-23 fly?`, ts: '1730000100.000100', channel: 'C0GENERAL' });
    const answer = await stub.waitForCall('chat.postMessage', 5000, (c) => c.args.thread_ts === '1730000100.000100');
    assert.equal(answer.args.channel, 'C0GENERAL');
    assert.match(readable(answer.args), /450 km/);
    assert.match(readable(answer.args), /KONTAN via The Guardian/);

    // A follow-up in the thread, no mention needed.
    await event({ type: 'message', user: 'U0MENTION', text: 'berapa hulu ledaknya', ts: '1730000200.000100', thread_ts: '1730000100.000100', channel: 'C0GENERAL', channel_type: 'channel' });
    const followUp = await stub.waitForCall('chat.postMessage', 5000, (c) => c !== answer && c.args.thread_ts === '1730000100.000100');
    assert.match(readable(followUp.args), /500 kg/);
    assert.match(readable(followUp.args), /tanggal tidak diketahui/);

    // A message in a thread Sitrep was never asked in is not its business.
    const before = stub.calls.filter((c) => c.method === 'chat.postMessage').length;
    await event({ type: 'message', user: 'U0MENTION', text: 'lunch?', ts: '1730000300.000100', thread_ts: '1730000299.000100', channel: 'C0GENERAL', channel_type: 'channel' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(stub.calls.filter((c) => c.method === 'chat.postMessage').length, before);
  });

  it('writes to a user whose Slack is in Indonesian in Indonesian, and takes their 👎', async () => {
    stub.users.set('U0JAKARTA', { locale: 'id-ID' });
    const reply = await sitrep('ask KN-23 450 km', 'U0JAKARTA');
    assert.match(readable(reply), /Kutipan 1–\d+ dari \d+/);
    assert.match(readable(reply), /Bagikan ke kanal/);
    const down = buttonOf(reply, 'sitrep_feedback_down')!;
    const press = buttonPress(stub, down, 'U0JAKARTA');
    assert.equal((await postSigned(eventsUrl, press.body)).status, 200);
    assert.match(readable(await stub.waitForResponse(press.responseUrl)), /Terima kasih — sudah dicatat/);
    const [stored] = engine.feedback.recent({ limit: 1 });
    assert.deepEqual([stored.verdict, stored.userId, stored.platform, stored.question], ['down', 'U0JAKARTA', 'slack', 'KN-23 450 km']);
  });

  it('"Share in channel" posts the answer for everyone with chat.postMessage and removes the private copy', async () => {
    const first = await sitrep('ask how far can the KN-23 fly source:guardian', 'U0SHARER');
    const press = buttonPress(stub, buttonOf(first, 'sitrep_share')!, 'U0SHARER');
    assert.equal((await postSigned(eventsUrl, press.body)).status, 200);
    const posted = await stub.waitForCall('chat.postMessage', 5000, (c) => readable(c.args).includes('<@U0SHARER>'));
    assert.equal(posted.args.channel, 'C0GENERAL');
    assert.equal(posted.token, BOT_TOKEN);
    assert.match(readable(posted.args), /450 km/);
    assert.match(readable(posted.args), /Shared by <@U0SHARER>/);
    assert.equal(buttonOf(posted.args, 'sitrep_share'), undefined, 'no Share button on the shared message');
    const cleanup = await stub.waitForResponse(press.responseUrl);
    assert.deepEqual(cleanup, { delete_original: true });
  });

  it('shares through response_url where the bot may not post', async () => {
    const first = await sitrep('sources', 'U0PRIVATE');
    stub.failures.set('chat.postMessage', 'not_in_channel');
    try {
      const press = buttonPress(stub, buttonOf(first, 'sitrep_share')!, 'U0PRIVATE');
      await postSigned(eventsUrl, press.body);
      const shared = await stub.waitForResponse(press.responseUrl);
      assert.equal(shared.response_type, 'in_channel');
      assert.match(readable(shared), /Latest articles/);
      assert.deepEqual(await stub.waitForResponse(press.responseUrl, 5000, 2), { delete_original: true });
    } finally {
      stub.failures.delete('chat.postMessage');
    }
  });

  it('says so when a button’s state is gone', async () => {
    const press = buttonPress(stub, { action_id: 'sitrep_more', text: { type: 'plain_text', text: 'More results' }, value: 'no-such-id' });
    await postSigned(eventsUrl, press.body);
    assert.match(readable(await stub.waitForResponse(press.responseUrl)), /expired/);
  });

  it('posts the briefing in the channel', async () => {
    const message = await sitrep('brief 12');
    assert.equal(message.response_type, 'in_channel');
    assert.match(readable(message), /Briefing: the last 12 hours/);
    assert.equal(buttonOf(message, 'sitrep_share'), undefined);
  });

  it('rejects a bad signature with 401 and runs nothing', async () => {
    const { body, responseUrl } = slashBody(stub, 'ask how far can the KN-23 fly');
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postSigned(eventsUrl, body, { timestamp, signature: sign(body, timestamp, 'f'.repeat(32)) });
    assert.equal(response.status, 401);
    assert.ok(!stub.responded.some((r) => r.url === responseUrl));
  });

  it('rejects a correctly signed request older than 5 minutes', async () => {
    const { body } = slashBody(stub, 'ask how far can the KN-23 fly');
    const response = await postSigned(eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    assert.equal(response.status, 401);
  });

  it('rejects a correctly signed request from an hour in the future', async () => {
    const { body, responseUrl } = slashBody(stub, 'ask how far can the KN-23 fly');
    const response = await postSigned(eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) + 60 * 60 });
    assert.equal(response.status, 401);
    assert.ok(!stub.responded.some((r) => r.url === responseUrl));
  });

  it('answers a signed request once and refuses it replayed', async () => {
    const { body } = slashBody(stub, 'help');
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = sign(body, timestamp);
    const first = await postSigned(eventsUrl, body, { timestamp, signature });
    assert.equal(first.status, 200);
    const replayed = await postSigned(eventsUrl, body, { timestamp, signature });
    assert.equal(replayed.status, 401);
  });

  it('rejects a malformed body with 400', async () => {
    const response = await postSigned(eventsUrl, 'payload=%7Bnot-json');
    assert.equal(response.status, 400);
  });

  it('answers a mistyped verb privately with a suggestion and the verbs', async () => {
    const message = await sitrep('aks how far can the KN-23 fly');
    assert.equal(message.response_type, 'ephemeral');
    const text = readable(message);
    assert.match(text, /Did you mean `\/sitrep ask`\?/);
    const verbs = /Verbs: ([^.]+)\./.exec(text)?.[1].split(', ') ?? [];
    for (const verb of ['ask', 'brief', 'sources', 'source', 'help']) assert.ok(verbs.includes(verb), `${verb} in ${verbs.join(', ')}`);
    assert.doesNotMatch(text, /reindex/, 'admin verbs are not offered to members');
  });

  it('answers a mistyped option or value with the verb’s usage', async () => {
    const typo = readable(await sitrep('ask KN-23 range sorce:guardian'));
    assert.match(typo, /did you mean “source:”/);
    assert.match(typo, /Usage: `\/sitrep ask &lt;question&gt; \[source:…\]/);
    const value = readable(await sitrep('brief twelve'));
    assert.match(value, /hours.*must be a whole number/);
    assert.match(value, /\/sitrep brief/);
  });

  it('explains itself with /sitrep and /sitrep help <verb>', async () => {
    const help = readable(await sitrep(''));
    assert.match(help, /\/sitrep ask &lt;question&gt;/);
    assert.doesNotMatch(help, /\/sitrep reindex/);
    const ask = readable(await sitrep('help ask'));
    assert.match(ask, /since:…/);
  });

  it('keeps admin verbs from members, and lets workspace admins and the allow-list use them', async () => {
    const member = await sitrep('reindex', MEMBER);
    assert.equal(member.response_type, 'ephemeral');
    assert.match(readable(member), /for workspace admins and owners/);
    assert.ok(stub.calls.some((c) => c.method === 'users.info' && c.args.user === MEMBER));

    const admin = readable(await sitrep('reindex', ADMIN));
    assert.match(admin, /Index rebuilt/);

    const allowed = readable(await sitrep('reindex', ALLOWED));
    assert.match(allowed, /Index rebuilt/);
    // users.info is still asked (for the user's locale), but the allow-list grants the admin verbs whatever it says.
    assert.ok(!stub.users.get(ALLOWED)?.is_admin, 'the allow-listed user is no workspace admin');
  });

  it('limits how fast one user asks, politely', async () => {
    const replies: string[] = [];
    for (let i = 0; i < 4; i++) replies.push(readable(await sitrep('ask kn-23 range', 'U0HASTY')));
    assert.doesNotMatch(replies[2], /please wait/);
    assert.match(replies[3], /please wait \d+ s/);
    const other = readable(await sitrep('ask kn-23 range', 'U0CALM'));
    assert.doesNotMatch(other, /please wait/);
  });
});

describe('Slack in Socket Mode, end to end', () => {
  let stub: SlackStub;
  let engine: Engine;
  let cleanup: () => void;

  before(async () => {
    stub = await SlackStub.start();
    ({ engine, cleanup } = openTestEngine());
  });

  after(async () => {
    await stub?.close();
    cleanup?.();
  });

  it('connects with the app token and answers a slash_commands envelope in its ack', async () => {
    const config: SlackConfig = { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 3000, adminUsers: [] };
    const slack = await startSlack({ engine, commands: registry, config, log: () => {}, clientOptions: { slackApiUrl: stub.apiUrl } });
    try {
      const open = await stub.waitForCall('apps.connections.open');
      assert.equal(open.token, APP_TOKEN);
      assert.equal(stub.socketCount, 1);
      const { body, responseUrl } = slashBody(stub, 'ask how far can the KN-23 fly');
      const ack = await stub.sendEnvelope('slash_commands', Object.fromEntries(new URLSearchParams(body)));
      // The answer rides on the ack when ready within 2 s (as here, normally), else comes through response_url.
      const answer = ack.payload?.blocks ? ack.payload : await stub.waitForResponse(responseUrl);
      assert.equal(answer.response_type, 'ephemeral');
      assert.match(readable(answer), /450 km/);
      assert.match(readable(answer), /KONTAN via The Guardian/);
    } finally {
      await slack.stop();
    }
  });

  it('fails to start with one clear line when Slack refuses the app token', async () => {
    stub.failures.set('apps.connections.open', 'invalid_auth');
    const config: SlackConfig = { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 3000, adminUsers: [] };
    try {
      await assert.rejects(startSlack({ engine, commands: registry, config, log: () => {}, clientOptions: { slackApiUrl: stub.apiUrl } }), (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/);
        return true;
      });
    } finally {
      stub.failures.delete('apps.connections.open');
    }
  });

  it('fails to start with one clear line when Slack refuses the bot token', async () => {
    const config: SlackConfig = { mode: 'http', botToken: 'xoxb-revoked', signingSecret: SIGNING_SECRET, port: 3000, adminUsers: [] };
    await assert.rejects(startSlack({ engine, commands: registry, config, log: () => {}, clientOptions: { slackApiUrl: stub.apiUrl }, port: 0, host: '127.0.0.1' }), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
      assert.doesNotMatch(error.message, /xoxb-revoked/);
      return true;
    });
  });
});

describe('slackConfigFromEnv', () => {
  const secret = 'a'.repeat(32);

  it('is null without Slack credentials', () => {
    assert.equal(slackConfigFromEnv({}), null);
    assert.equal(slackConfigFromEnv({ SLACK_PORT: '8080', SLACK_BOT_TOKEN: '  ' }), null);
  });

  it('reads HTTP mode with defaults', () => {
    assert.deepEqual(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret }), {
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: secret,
      appToken: undefined,
      port: 3000,
      adminUsers: [],
    });
  });

  it('reads Socket Mode, port and allow-list', () => {
    const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-x', SLACK_PORT: '8080', SLACK_ADMIN_USERS: ' U012AB, W0ADMIN ,' });
    assert.equal(config?.mode, 'socket');
    assert.equal(config?.port, 8080);
    assert.deepEqual(config?.adminUsers, ['U012AB', 'W0ADMIN']);
  });

  it('reports every problem, one line each, without echoing a secret', () => {
    const env = { SLACK_BOT_TOKEN: 'xapp-1-secretvalue', SLACK_SIGNING_SECRET: 'not-a-secret-Value', SLACK_PORT: '70000', SLACK_ADMIN_USERS: '@alice,U0OK' };
    assert.throws(
      () => slackConfigFromEnv(env),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        const lines = error.message.split('\n');
        assert.equal(lines.length, 4, error.message);
        assert.match(lines[0], /^SLACK_BOT_TOKEN must be the Bot User OAuth Token starting with xoxb-, not a xapp- token/);
        assert.match(lines[1], /^SLACK_SIGNING_SECRET does not look like a signing secret/);
        assert.match(lines[2], /^SLACK_PORT must be a port number/);
        assert.match(lines[3], /^SLACK_ADMIN_USERS holds "@alice"/);
        assert.doesNotMatch(error.message, /secretvalue|not-a-secret-Value/);
        return true;
      },
    );
  });

  it('asks for a bot token and a mode', () => {
    assert.throws(() => slackConfigFromEnv({ SLACK_SIGNING_SECRET: secret }), { message: /^SLACK_BOT_TOKEN is not set/ });
    assert.throws(() => slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1' }), /Set SLACK_SIGNING_SECRET .* or SLACK_APP_TOKEN/);
  });
});

describe('slack-manifest.yml', () => {
  const manifest = parseYaml(readFileSync(join(PROJECT_ROOT, 'slack-manifest.yml'), 'utf8')) as Json;

  it('declares the command, the interactivity and the scopes the app uses, at the path it listens on', () => {
    const [command] = manifest.features.slash_commands;
    assert.equal(command.command, SLASH_COMMAND);
    assert.equal(command.should_escape, false);
    assert.equal(new URL(command.url).pathname, EVENTS_PATH);
    assert.equal(manifest.settings.interactivity.is_enabled, true);
    assert.equal(new URL(manifest.settings.interactivity.request_url).pathname, EVENTS_PATH);
    assert.deepEqual([...manifest.oauth_config.scopes.bot].sort(), ['app_mentions:read', 'channels:history', 'chat:write', 'chat:write.public', 'commands', 'groups:history', 'users:read']);
    assert.deepEqual(manifest.settings.event_subscriptions.bot_events, ['app_mention', 'message.channels', 'message.groups']);
    assert.equal(new URL(manifest.settings.event_subscriptions.request_url).pathname, EVENTS_PATH);
    assert.equal(manifest.settings.socket_mode_enabled, false);
  });

  it('keeps within the manifest limits', () => {
    assert.ok(manifest.display_information.name.length <= 35);
    assert.ok(manifest.display_information.description.length <= 140);
    assert.ok(manifest.display_information.long_description.length >= 175 && manifest.display_information.long_description.length <= 4000);
    assert.match(manifest.features.bot_user.display_name, /^[a-z0-9._-]{1,80}$/);
  });
});
