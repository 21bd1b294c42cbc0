import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatLocal } from '../../src/scheduler/schedule.ts';
import { SubscriptionStore } from '../../src/store/subscriptions.ts';
import { openTestEngine, tempDir } from '../helpers.ts';
import { type ServerProcess, startServer } from '../server-process.ts';
import { DiscordEmulator, snowflake } from './discord-emulator.ts';

/** A zone where it is now between 01:00 and 22:59, and a briefing time an hour ago there: missed today, due at start. */
function missedEarlierToday(now = new Date()): { timezone: string; time: string } {
  for (const timezone of ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata']) {
    const hour = Number(formatLocal(now, timezone).time.slice(0, 2));
    if (hour >= 1 && hour <= 22) return { timezone, time: `${String(hour - 1).padStart(2, '0')}:00` };
  }
  throw new Error('no zone found');
}

/**
 * Briefings exactly once across a crash, through the real server process and
 * the real discord.js client against the local Discord: the server is killed
 * with SIGKILL while its post is in flight, then started again.
 */
describe('a briefing interrupted by kill -9', () => {
  const applicationId = snowflake();
  const token = `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
  let emulator: DiscordEmulator;
  const running = new Set<ServerProcess>();
  const dirs: string[] = [];

  before(async () => {
    emulator = await DiscordEmulator.start({ token, applicationId });
  });
  after(async () => {
    for (const server of running) server.child.kill('SIGKILL');
    await emulator.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: emulator.apiUrl });
  const start = (dir: string) => {
    const server = startServer(dir, env());
    running.add(server);
    return server;
  };
  const kill = async (server: ServerProcess) => {
    server.child.kill('SIGKILL');
    await server.exited;
    running.delete(server);
  };
  const stop = async (server: ServerProcess) => {
    server.child.kill('SIGTERM');
    assert.equal(await Promise.race([server.exited, sleep(8_000).then(() => 'timeout')]), 0, server.output());
    running.delete(server);
  };

  /** A data dir with the sample and one subscription for the emulator's channel, due at start. */
  function dataDirWithSubscription(): { dir: string; subscriptionId: number } {
    const dir = tempDir('sitrep-crash-');
    dirs.push(dir);
    const { engine } = openTestEngine({ dataDir: dir });
    const sub = new SubscriptionStore(engine.db).add({ platform: 'discord', workspaceId: emulator.guildId, channelId: emulator.channelId, ...missedEarlierToday(), topic: '', quiet: 'say', createdBy: 'admin' });
    engine.close();
    return { dir, subscriptionId: sub.id };
  }

  function postLog(dir: string, subscriptionId: number) {
    const { engine } = openTestEngine({ dataDir: dir, sample: false });
    try {
      return new SubscriptionStore(engine.db).posts(subscriptionId);
    } finally {
      engine.close();
    }
  }

  /** The briefings of one test: each test's data dir numbers its subscriptions from 1. */
  const postsTo = (mark: string, from: number) => emulator.channelMessages.slice(from).filter((m) => JSON.stringify(m.body.embeds).includes(mark));

  it('killed after Discord created the message: found there after the restart, not posted again', async () => {
    const { dir, subscriptionId } = dataDirWithSubscription();
    const mark = `Subscription #${subscriptionId} · `;
    const before = emulator.channelMessages.length;
    const posts = () => postsTo(mark, before);
    emulator.holdChannelPosts = 'after-posting';
    const first = start(dir);
    await emulator.waitUntil(() => emulator.channelMessages.length > before, 'the briefing in the channel', 30_000);
    await kill(first);
    emulator.holdChannelPosts = undefined;
    assert.equal(postLog(dir, subscriptionId)[0].status, 'sending', 'the crash left the intent');

    const second = start(dir);
    await second.waitFor(/interrupted by a stop, but it had been posted/);
    await sleep(1_000);
    await stop(second);
    assert.equal(posts().length, 1, second.output());
    const [post] = postLog(dir, subscriptionId);
    assert.equal(post.status, 'sent');
    assert.equal(post.messageId, posts()[0].message.id);
  });

  it('killed before Discord created it: posted once after the restart, marked late', async () => {
    const { dir, subscriptionId } = dataDirWithSubscription();
    const mark = `Subscription #${subscriptionId} · `;
    const requests = emulator.requests.length;
    const from = emulator.channelMessages.length;
    const posts = () => postsTo(mark, from);
    emulator.holdChannelPosts = 'before-posting';
    const first = start(dir);
    await emulator.waitUntil(() => emulator.requests.slice(requests).some((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path)), 'the post request', 30_000);
    await kill(first);
    emulator.holdChannelPosts = undefined;
    assert.equal(posts().length, 0);

    const second = start(dir);
    await second.waitFor(/interrupted by a stop before it was posted; posting it now, marked late/);
    await emulator.waitUntil(() => posts().length > 0, 'the late briefing', 30_000);
    await sleep(1_000);
    await stop(second);
    // A third start finds nothing left to do.
    const third = start(dir);
    await third.waitFor(/Sitrep is running/);
    await sleep(1_500);
    await stop(third);
    assert.equal(posts().length, 1, third.output());
    assert.match(JSON.stringify(posts()[0].body.embeds), /\(late\)/);
    assert.equal(postLog(dir, subscriptionId)[0].status, 'sent');
  });
});
