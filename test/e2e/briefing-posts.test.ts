import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { commands } from '../../commands/index.ts';
import { type DiscordBot, startDiscord } from '../../src/adapters/discord/index.ts';
import { type SlackHandle, startSlack } from '../../src/adapters/slack/index.ts';
import { slackPoster } from '../../src/adapters/slack/poster.ts';
import type { Engine } from '../../src/engine.ts';
import { BriefingScheduler } from '../../src/scheduler/briefings.ts';
import { nextFire } from '../../src/scheduler/schedule.ts';
import { SubscriptionStore } from '../../src/store/subscriptions.ts';
import { ownerText, thisProcess } from '../../src/store/owner.ts';
import { openTestEngine } from '../helpers.ts';
import { ManualClock } from '../scheduler/manual-clock.ts';
import { DiscordEmulator, snowflake } from './discord-emulator.ts';
import { BOT_TOKEN, SlackStub } from './slack-stub.ts';

const APPLICATION_ID = snowflake();
const TOKEN = `${Buffer.from(APPLICATION_ID).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;

/** Daily briefings through the real discord.js client and the real Bolt app, against the local emulators. */
describe('daily briefing posts on Discord and Slack', () => {
  let emulator: DiscordEmulator;
  let stub: SlackStub;
  let discord: DiscordBot;
  let slack: SlackHandle;
  let engine: Engine;
  let cleanup: () => void;
  const logs: string[] = [];
  const log = (line: string) => void logs.push(line);

  before(async () => {
    emulator = await DiscordEmulator.start({ token: TOKEN, applicationId: APPLICATION_ID });
    stub = await SlackStub.start();
    ({ engine, cleanup } = openTestEngine());
    discord = await startDiscord({ engine, commands, config: { token: TOKEN, applicationId: APPLICATION_ID, apiUrl: emulator.apiUrl, askPerMinute: 5 }, log });
    slack = await startSlack({
      engine,
      commands,
      config: { mode: 'http', botToken: BOT_TOKEN, signingSecret: 'test-signing-secret', port: 0, adminUsers: [] },
      log,
      clientOptions: { slackApiUrl: stub.apiUrl },
      port: 0,
      host: '127.0.0.1',
    });
  });

  after(async () => {
    await discord?.stop();
    await slack?.stop();
    await emulator?.close();
    await stub?.close();
    cleanup?.();
  });

  it('posts each channel’s briefing once at its time; a restart in the same minute posts nothing more', async () => {
    const subs = new SubscriptionStore(engine.db);
    const discordChannel = emulator.channelId;
    subs.add({ platform: 'discord', workspaceId: emulator.guildId, channelId: discordChannel, time: '07:00', timezone: 'Asia/Jakarta', topic: '', quiet: 'say', createdBy: 'admin' });
    subs.add({ platform: 'slack', workspaceId: 'T0001', channelId: 'C0BRIEF', time: '07:00', timezone: 'Asia/Jakarta', topic: '', quiet: 'say', createdBy: 'admin' });
    // The sample was ingested just now (undated): the next 07:00 in Jakarta is less than a day away.
    const fireAt = nextFire('07:00', 'Asia/Jakarta', new Date());
    const clock = new ManualClock(new Date(fireAt.getTime() - 60_000));
    const posters = { discord: discord.poster, slack: slackPoster(slack.app, engine.store) };

    const scheduler = new BriefingScheduler({ engine, posters, clock, log });
    await scheduler.start();
    await clock.advanceTo(new Date(fireAt.getTime() + 1000));
    await scheduler.stop();

    const restarted = new BriefingScheduler({ engine, posters, clock, log });
    await restarted.start();
    await clock.advanceTo(new Date(fireAt.getTime() + 30_000));
    await restarted.stop();

    const toDiscord = emulator.channelMessages.filter((m) => m.channelId === discordChannel);
    assert.equal(toDiscord.length, 1, logs.join('\n'));
    const embedText = JSON.stringify(toDiscord[0].body.embeds);
    assert.match(embedText, /Sitrep briefing/);
    assert.match(embedText, /KONTAN/);
    const toSlack = stub.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0BRIEF');
    assert.equal(toSlack.length, 1, logs.join('\n'));
    assert.match(String(toSlack[0].args.text), /Sitrep briefing/);
    assert.match(JSON.stringify(toSlack[0].args.blocks), /KONTAN/);
  });

  it('on Slack, finds an interrupted briefing by its message metadata, and posts one that is not there once', async () => {
    const subs = new SubscriptionStore(engine.db);
    const dead = ownerText({ ...thisProcess, run: 'a-run-that-crashed' });
    const day = new Date().toISOString().slice(0, 10);
    const posted = subs.add({ platform: 'slack', workspaceId: 'T0001', channelId: 'C0CRASH1', time: '00:00', timezone: 'UTC', topic: '', quiet: 'say', createdBy: 'admin' });
    const lost = subs.add({ platform: 'slack', workspaceId: 'T0001', channelId: 'C0CRASH2', time: '00:00', timezone: 'UTC', topic: '', quiet: 'say', createdBy: 'admin' });
    const poster = slackPoster(slack.app, engine.store);
    // Both were claimed by a process that died; Slack had taken the first one's message.
    subs.claimPost(posted.id, day, false, new Date(), dead);
    subs.claimPost(lost.id, day, false, new Date(), dead);
    const { messageId } = await poster.post({ platform: 'slack', workspaceId: 'T0001', channelId: 'C0CRASH1' }, { kind: 'briefing', title: 'Sitrep briefing', items: [], visibility: 'public' }, { key: subs.post(posted.id, day)!.deliveryKey });

    const scheduler = new BriefingScheduler({ engine, posters: { slack: poster }, log });
    await scheduler.start();
    const deadline = Date.now() + 10_000;
    while (subs.post(lost.id, day)?.status === 'sending' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await scheduler.stop();

    const postsTo = (channel: string) => stub.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
    assert.equal(postsTo('C0CRASH1').length, 1, logs.join('\n'));
    assert.deepEqual(subs.post(posted.id, day), { ...subs.post(posted.id, day)!, status: 'sent', messageId });
    const history = stub.calls.find((c) => c.method === 'conversations.history' && c.args.channel === 'C0CRASH1')!;
    assert.equal(String(history.args.include_all_metadata), 'true');
    assert.equal(postsTo('C0CRASH2').length, 1, logs.join('\n'));
    assert.match(String(postsTo('C0CRASH2')[0].args.text), /\(late\)/);
    assert.deepEqual(postsTo('C0CRASH2')[0].args.metadata, { event_type: 'sitrep_briefing', event_payload: { key: subs.post(lost.id, day)!.deliveryKey } });
    assert.equal(subs.post(lost.id, day)?.status, 'sent');
    for (const id of [posted.id, lost.id]) subs.remove(id);
  });

  it('records deleted channels in their subscriptions', async () => {
    const subs = new SubscriptionStore(engine.db);
    const vanished = subs.add({ platform: 'discord', workspaceId: emulator.guildId, channelId: snowflake(), time: '09:00', timezone: 'UTC', topic: '', quiet: 'say', createdBy: 'admin' });
    const onDiscord = new BriefingScheduler({ engine, posters: { discord: discord.poster }, clock: new ManualClock(new Date()), log });
    assert.equal(await onDiscord.fire(vanished.id, new Date(), false), 'failed');
    assert.match(subs.get(vanished.id)!.lastError!, /channel no longer exists/);
    const gone = subs.add({ platform: 'slack', workspaceId: 'T0001', channelId: 'C0GONE', time: '09:00', timezone: 'UTC', topic: '', quiet: 'say', createdBy: 'admin' });
    stub.failures.set('chat.postMessage', 'channel_not_found');
    try {
      const scheduler = new BriefingScheduler({ engine, posters: { slack: slackPoster(slack.app, engine.store) }, clock: new ManualClock(new Date()), log });
      assert.equal(await scheduler.fire(gone.id, new Date(), false), 'failed');
    } finally {
      stub.failures.delete('chat.postMessage');
    }
    assert.match(subs.get(gone.id)!.lastError!, /channel no longer exists/);
  });
});
