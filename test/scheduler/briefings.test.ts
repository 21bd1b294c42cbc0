import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Reply } from '../../src/chat/reply.ts';
import type { Engine } from '../../src/engine.ts';
import { BriefingScheduler } from '../../src/scheduler/briefings.ts';
import { claimAbandoned, ownerText, thisProcess } from '../../src/store/owner.ts';
import { type ChannelPoster, type ChannelTarget, type Delivery, PostError } from '../../src/scheduler/poster.ts';
import { missedToday, nextFire, parseTime, parseTimeZone } from '../../src/scheduler/schedule.ts';
import { SubscriptionStore } from '../../src/store/subscriptions.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';
import { ManualClock } from './manual-clock.ts';

/** A channel that keeps what it is sent — the scheduler's contract with an adapter. */
class RecordingChannel implements ChannelPoster {
  posts: { target: ChannelTarget; reply: Reply; key?: string }[] = [];
  failWith: PostError[] = [];
  lookups: { key: string; since: Date }[] = [];
  lookupFailures = 0;

  async post(target: ChannelTarget, reply: Reply, delivery?: Delivery) {
    const failure = this.failWith.shift();
    if (failure) throw failure;
    this.posts.push({ target, reply, key: delivery?.key });
    return { messageId: `m${this.posts.length}` };
  }

  async findPosted(target: ChannelTarget, key: string, since: Date) {
    this.lookups.push({ key, since });
    if (this.lookupFailures > 0 && this.lookupFailures--) throw new PostError('Discord unreachable: connect ECONNREFUSED', true);
    const index = this.posts.findIndex((p) => p.key === key && p.target.channelId === target.channelId);
    return index < 0 ? undefined : { messageId: `m${index + 1}` };
  }
}

/** The owner a claim names when the process that made it is gone: this pid, an earlier run. */
const DEAD_RUN = ownerText({ ...thisProcess, run: 'an-earlier-run' });

const story = (outlet: string, title: string, publishedAt: string, text: string) => JSON.stringify({ outlet, title, publishedAt, lang: 'en', text });

function addNews(engine: Engine, files: Record<string, string>) {
  const dir = tempDir('sitrep-news-');
  writeFiles(dir, files);
  engine.ingest([dir], undefined, new Date('2024-11-17T03:00:00Z'));
}

describe('schedule calendar', () => {
  it('accepts times and zones in their usual forms and explains the rest', () => {
    assert.equal(parseTime('7:00'), '07:00');
    assert.equal(parseTime('19.30'), '19:30');
    assert.throws(() => parseTime('25:00'), /use 24-hour HH:MM/);
    assert.equal(parseTimeZone('europe/kyiv'), 'Europe/Kyiv');
    assert.throws(() => parseTimeZone('Mars/Olympus'), /IANA name such as Europe\/Kyiv/);
  });

  it('places a briefing that a daylight-saving change skips once, after the gap', () => {
    const first = nextFire('02:30', 'America/New_York', new Date('2025-03-08T12:00:00Z'));
    assert.equal(first.toISOString(), '2025-03-09T07:30:00.000Z', '03:30 EDT on the day 02:30 does not exist');
    assert.equal(nextFire('02:30', 'America/New_York', first).toISOString(), '2025-03-10T06:30:00.000Z');
    const fallBack = nextFire('01:30', 'America/New_York', new Date('2025-11-01T12:00:00Z'));
    assert.equal(nextFire('01:30', 'America/New_York', fallBack).toISOString(), '2025-11-03T06:30:00.000Z', 'the repeated hour posts once');
  });

  it('knows a briefing missed earlier today, and not yesterday’s', () => {
    assert.equal(missedToday('07:00', 'Europe/Kyiv', new Date('2024-11-17T08:00:00Z'))?.toISOString(), '2024-11-17T05:00:00.000Z');
    assert.equal(missedToday('23:00', 'Europe/Kyiv', new Date('2024-11-17T08:00:00Z')), undefined);
  });
});

describe('daily briefing scheduler', () => {
  let engine: Engine;
  let cleanup: () => void;
  let subs: SubscriptionStore;
  let channel: RecordingChannel;
  const log: string[] = [];

  beforeEach(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    subs = new SubscriptionStore(engine.db);
    channel = new RecordingChannel();
    log.length = 0;
    addNews(engine, {
      'a.json': story('Example Wire', 'Drones hit Kharkiv', '2024-11-17T02:00:00Z', 'Russian drones struck residential buildings in Kharkiv overnight, wounding 12 people, the regional governor said. Air defence units shot down most of the drones.'),
      'b.json': story('Example Post', 'Kursk fighting', '2024-11-17T01:00:00Z', 'North Korean troops fought alongside Russian soldiers in the Kursk region, Ukrainian military intelligence said on Sunday. Several soldiers were killed.'),
    });
  });
  afterEach(() => cleanup());

  const scheduler = (clock: ManualClock, posters: Record<string, ChannelPoster> = { discord: channel, slack: channel }) =>
    new BriefingScheduler({ engine, posters, clock, log: (l) => log.push(l) });
  const subscribe = (extra: Partial<Parameters<SubscriptionStore['add']>[0]> = {}) =>
    subs.add({ platform: 'discord', workspaceId: 'G1', channelId: 'C1', time: '07:00', timezone: 'Europe/Kyiv', topic: '', quiet: 'say', createdBy: 'U1', ...extra });

  it('posts at the subscription’s local time, once', async () => {
    const sub = subscribe();
    const clock = new ManualClock(new Date('2024-11-17T04:00:00Z'));
    const s = scheduler(clock);
    await s.start();
    assert.equal(channel.posts.length, 0);
    await clock.advanceTo(new Date('2024-11-17T05:00:30Z'));
    assert.equal(channel.posts.length, 1);
    const [post] = channel.posts;
    assert.deepEqual(post.target, { platform: 'discord', workspaceId: 'G1', channelId: 'C1' });
    assert.match(post.reply.title, /Sitrep briefing — Sunday,? 17 November 2024/);
    assert.match(post.reply.intro!, /since yesterday 07:00/);
    assert.equal(post.reply.items.length, 2);
    assert.equal(subs.post(sub.id, '2024-11-17')?.status, 'sent');
    assert.equal(subs.post(sub.id, '2024-11-17')?.messageId, 'm1');
    assert.equal(await s.fire(sub.id, new Date('2024-11-17T05:00:00Z'), false), 'already-posted');
    assert.equal(channel.posts.length, 1);
    await s.stop();
  });

  it('posts once when restarted at the scheduled minute (two processes, one post)', async () => {
    subscribe();
    const clock = new ManualClock(new Date('2024-11-17T05:00:00Z'));
    const first = scheduler(clock);
    const second = scheduler(clock);
    await Promise.all([first.start(), second.start()]);
    await clock.advanceTo(new Date('2024-11-17T05:01:00Z'));
    assert.equal(channel.posts.length, 1);
    assert.equal(channel.posts[0].reply.title.includes('(late)'), false, 'on the minute is not late');
    await Promise.all([first.stop(), second.stop()]);
  });

  it('after a crash between posting and recording, finds the post on the platform and does not post again', async () => {
    const sub = subscribe();
    // The dead process claimed the briefing and the platform took the message; then it died.
    assert.ok(subs.claimPost(sub.id, '2024-11-17', false, new Date('2024-11-17T05:00:00Z'), DEAD_RUN));
    const key = subs.post(sub.id, '2024-11-17')!.deliveryKey;
    await channel.post({ platform: 'discord', workspaceId: 'G1', channelId: 'C1' }, { kind: 'briefing', title: 'Sitrep briefing', items: [], visibility: 'public' }, { key });
    const clock = new ManualClock(new Date('2024-11-17T05:03:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T09:00:00Z'));
    assert.equal(channel.posts.length, 1, 'not posted twice');
    assert.deepEqual(channel.lookups.map((l) => l.key), [key]);
    assert.ok(channel.lookups[0].since <= new Date('2024-11-17T05:00:00Z'), 'looked up from before the intent');
    const post = subs.post(sub.id, '2024-11-17')!;
    assert.equal(post.status, 'sent');
    assert.equal(post.messageId, 'm1');
    assert.equal(post.sentAt, '2024-11-17T05:00:00.000Z');
    assert.match(log.join('\n'), /interrupted by a stop, but it had been posted/);
    await s.stop();
  });

  it('after a crash before the platform took it, posts it once, marked late, under the same key', async () => {
    const subsList = [subscribe(), subscribe({ channelId: 'C2' }), subscribe({ channelId: 'C3' })];
    for (const sub of subsList) subs.claimPost(sub.id, '2024-11-17', false, new Date('2024-11-17T05:00:00Z'), DEAD_RUN);
    const clock = new ManualClock(new Date('2024-11-17T05:02:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T09:00:00Z'));
    assert.equal(channel.posts.length, 3);
    for (const [i, sub] of subsList.entries()) {
      assert.equal(channel.posts[i].key, subs.post(sub.id, '2024-11-17')!.deliveryKey);
      assert.match(channel.posts[i].key!, new RegExp(`^${sub.id}:[0-9a-f]{8}$`));
      assert.match(channel.posts[i].reply.title, /\(late\)/);
      assert.equal(subs.post(sub.id, '2024-11-17')?.status, 'sent');
    }
    await s.stop();
    // Started again: nothing left to resolve.
    const again = scheduler(clock);
    await again.start();
    await clock.advanceTo(new Date('2024-11-17T10:00:00Z'));
    assert.equal(channel.posts.length, 3);
    await again.stop();
  });

  it('leaves a briefing another live process is sending alone', async () => {
    const sub = subscribe();
    // The parent of this test process is alive and is not us.
    const live = ownerText({ ...thisProcess, pid: process.ppid });
    subs.claimPost(sub.id, '2024-11-17', false, new Date('2024-11-17T05:00:00Z'), live);
    const clock = new ManualClock(new Date('2024-11-17T05:02:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T05:10:00Z'));
    assert.equal(channel.posts.length, 0);
    assert.equal(channel.lookups.length, 0);
    assert.equal(subs.post(sub.id, '2024-11-17')?.status, 'sending');
    await s.stop();
    // Its claim is abandoned once its lease runs out without a sign of life, whoever holds it.
    assert.equal(claimAbandoned(live, new Date('2024-11-17T05:00:00Z'), new Date('2024-11-17T05:31:00Z')), true);
    assert.equal(claimAbandoned(ownerText({ host: 'another-host', pid: 1, run: 'x' }), new Date('2024-11-17T05:00:00Z'), new Date('2024-11-17T05:10:00Z')), false);
    assert.equal(claimAbandoned(ownerText(thisProcess), new Date('2024-11-17T05:00:00Z'), new Date('2024-11-17T05:10:00Z')), false, 'our own claim is in flight');
  });

  it('asks the platform again when it cannot say whether an interrupted briefing was posted', async () => {
    const sub = subscribe();
    subs.claimPost(sub.id, '2024-11-17', false, new Date('2024-11-17T05:00:00Z'), DEAD_RUN);
    channel.lookupFailures = 2;
    const clock = new ManualClock(new Date('2024-11-17T05:02:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T05:10:00Z'));
    assert.equal(channel.lookups.length, 3);
    assert.equal(channel.posts.length, 1);
    assert.equal(subs.post(sub.id, '2024-11-17')?.status, 'sent');
    assert.match(log.join('\n'), /could not check whether it was posted \(Discord unreachable: connect ECONNREFUSED\); asking again in 60 s/);
    await s.stop();
  });

  it('does not post an interrupted briefing more than a day old, and says why', async () => {
    const sub = subscribe();
    subs.claimPost(sub.id, '2024-11-15', false, new Date('2024-11-15T05:00:00Z'), DEAD_RUN);
    const clock = new ManualClock(new Date('2024-11-17T04:00:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T04:01:00Z'));
    assert.equal(channel.posts.length, 0);
    assert.equal(subs.post(sub.id, '2024-11-15')?.status, 'failed');
    assert.match(subs.get(sub.id)!.lastError!, /interrupted by a stop on 2024-11-15T05:00:00.000Z and not posted: more than a day late/);
    await s.stop();
  });

  it('posts a briefing missed while down once, marked late, on the same day only', async () => {
    const today = subscribe();
    const clock = new ManualClock(new Date('2024-11-17T09:00:00Z'));
    const s = scheduler(clock);
    await s.start();
    assert.equal(channel.posts.length, 1);
    assert.match(channel.posts[0].reply.title, /\(late\)/);
    assert.equal(subs.post(today.id, '2024-11-17')?.late, true);
    await s.stop();
    const again = scheduler(clock);
    await again.start();
    assert.equal(channel.posts.length, 1, 'a second restart does not repeat it');
    await again.stop();
    // Yesterday's missed briefing is not posted: no floods after downtime.
    assert.equal(subs.post(today.id, '2024-11-16'), undefined);
  });

  it('keeps two subscriptions in one channel apart by topic', async () => {
    subscribe({ topic: 'Kursk North Korean troops' });
    subscribe({ topic: 'Kharkiv drones' });
    const clock = new ManualClock(new Date('2024-11-17T04:59:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T05:01:00Z'));
    assert.equal(channel.posts.length, 2);
    const byTopic = channel.posts.map((p) => `${p.reply.intro} | ${p.reply.items.map((i) => (i.type === 'quote' ? i.citation.outlet : '')).join(',')}`);
    assert.ok(byTopic.some((t) => t.includes('Kursk') && t.endsWith('| Example Post')), byTopic.join('\n'));
    assert.ok(byTopic.some((t) => t.includes('Kharkiv') && t.endsWith('| Example Wire')), byTopic.join('\n'));
    await s.stop();
  });

  it('says a quiet day in one line, or skips it when asked', async () => {
    const say = subscribe({ channelId: 'C-say', hours: 1 });
    const skip = subscribe({ channelId: 'C-skip', hours: 1, quiet: 'skip' });
    const clock = new ManualClock(new Date('2024-11-18T04:59:00Z'));
    const s = scheduler(clock);
    await s.start();
    await clock.advanceTo(new Date('2024-11-18T05:01:00Z'));
    assert.equal(channel.posts.length, 1);
    assert.equal(channel.posts[0].target.channelId, 'C-say');
    assert.match(channel.posts[0].reply.intro!, /^No new reports since 06:00 today\.$/);
    assert.equal(subs.post(say.id, '2024-11-18')?.status, 'sent');
    assert.equal(subs.post(skip.id, '2024-11-18')?.status, 'skipped');
    await s.stop();
  });

  it('records a deleted channel, retries a rate limit, and goes on with the others', async () => {
    const gone = subscribe({ channelId: 'C-gone' });
    const limited = subscribe({ channelId: 'C-busy', platform: 'slack' });
    const deleted = new RecordingChannel();
    deleted.failWith = [new PostError('Unknown Channel (the channel was deleted)', false)];
    channel.failWith = [new PostError('rate limited', true, 2_000)];
    const clock = new ManualClock(new Date('2024-11-17T04:59:00Z'));
    const s = scheduler(clock, { discord: deleted, slack: channel });
    await s.start();
    await clock.advanceTo(new Date('2024-11-17T05:05:00Z'));
    assert.equal(subs.post(gone.id, '2024-11-17')?.status, 'failed');
    assert.match(subs.get(gone.id)!.lastError!, /Unknown Channel/);
    assert.equal(subs.post(limited.id, '2024-11-17')?.status, 'sent');
    assert.equal(channel.posts.length, 1);
    assert.ok(log.some((l) => l.includes('retry 2/3')));
    await s.stop();
  });
});
