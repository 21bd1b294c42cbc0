import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commands } from '../../commands/index.ts';
import type { Caller } from '../../src/chat/command.ts';
import type { Reply } from '../../src/chat/reply.ts';
import { renderText } from '../../src/chat/render-text.ts';
import { runCommand } from '../../src/chat/run-command.ts';
import { parseSince } from '../../src/chat/since.ts';
import type { Engine } from '../../src/engine.ts';
import { SubscriptionStore } from '../../src/store/subscriptions.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';

describe('time filters', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it('mean what they say: minutes, hours, days, weeks, months, years, in English and Indonesian', () => {
    const back = (value: string) => (now.getTime() - parseSince(value, now).getTime()) / 60_000;
    assert.equal(back('90m'), 90);
    assert.equal(back('24h'), 24 * 60);
    assert.equal(back('7d'), 7 * 24 * 60);
    assert.equal(back('2w'), 14 * 24 * 60);
    assert.equal(back('3mo'), 90 * 24 * 60);
    assert.equal(back('1y'), 365 * 24 * 60);
    assert.equal(back('7 hari'), 7 * 24 * 60);
    assert.equal(back('2 minggu'), 14 * 24 * 60);
    assert.equal(parseSince('2024-10-01', now).toISOString(), '2024-10-01T00:00:00.000Z');
    assert.throws(() => parseSince('0d', now), /must be a span/);
    assert.throws(() => parseSince('last tuesday', now), /must be a span like 90m/);
  });
});

describe('chat commands, as a channel sees them', () => {
  let engine: Engine;
  let cleanup: () => void;
  const now = new Date('2025-06-01T12:00:00Z');
  const admin: Caller = { platform: 'discord', userId: 'U1', isAdmin: true, channelId: 'C1', workspaceId: 'G1', locale: 'en-US' };
  const run = (name: string, options: Record<string, string | number | boolean>, caller: Caller = admin): Promise<Reply> => runCommand({ engine, caller, now }, { command: commands.get(name), name, options });

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-commands-');
    writeFiles(dir, {
      'original.md': ['---', 'title: Drones hit Odesa port', 'outlet: Example Wire', 'lang: en', 'date: 2025-05-31T20:00:00Z', 'url: https://wire.example.test/odesa', '---', 'Russian drones struck grain silos at the port of Odesa overnight, regional governor Oleh Kiper said, injuring three workers and setting a warehouse on fire.'].join('\n'),
      'copy.md': ['---', 'title: Drones hit Odesa port', 'outlet: Daily Copy', 'via: Example Wire', 'lang: en', 'date: 2025-05-31T21:00:00Z', 'url: https://copy.example.test/odesa', '---', 'Russian drones struck grain silos at the port of Odesa overnight, regional governor Oleh Kiper said, injuring three workers and setting a warehouse on fire.'].join('\n'),
      'patriot.txt': 'Sumber: AFP | Editor: Tri\n\nKONTAN.CO.ID - KYIV. Ukraina menerima satu sistem pertahanan udara Patriot tambahan dari Jerman, kata Menteri Pertahanan Ukraina pada hari ini.',
      'undated.txt': 'Sumber: Reuters | Editor: Tri\n\nKONTAN.CO.ID - ODESA. Serangan drone Rusia merusak silo gandum di pelabuhan Odesa pada malam hari, kata Gubernur Oleh Kiper. Tiga pekerja terluka.',
    });
    assert.equal(engine.ingest([dir], undefined, now).failed, 0);
  });
  after(() => cleanup());

  it('says what a second /subscribe in a channel does to the first, and replaces it when asked', async () => {
    const first = await run('subscribe', { time: '07:00', tz: 'Europe/Kyiv' });
    assert.match(first.intro!, /Subscription \d+: every day at 07:00 Europe\/Kyiv/);
    const second = await run('subscribe', { time: '19:00', tz: 'Asia/Jakarta', topic: 'odesa' });
    assert.match(second.intro!, /This channel also has 1 other daily briefing, which goes on: #\d+ 07:00 Europe\/Kyiv\. Pass replace:true/);
    const store = new SubscriptionStore(engine.db);
    assert.equal(store.list({ platform: 'discord', workspaceId: 'G1', channelId: 'C1' }).length, 2);
    const third = await run('subscribe', { time: '08:00', tz: 'UTC', replace: true });
    assert.match(third.intro!, /takes the place of this channel’s briefing on the same topic, which was at 07:00 Europe\/Kyiv/);
    assert.match(third.intro!, /It replaces the channel’s earlier briefing: #\d+ 19:00 Asia\/Jakarta · odesa/);
    assert.deepEqual(store.list({ platform: 'discord', workspaceId: 'G1', channelId: 'C1' }).map((s) => s.time), ['08:00']);
  });

  it('writes a briefing in the language asked for, else the server’s', async () => {
    const chosen = await run('subscribe', { time: '07:00', tz: 'Asia/Jakarta', lang: 'id' }, { ...admin, channelId: 'C2' });
    assert.match(chosen.intro!, /every day at 07:00/);
    const fromServer = await run('subscribe', { time: '07:00', tz: 'Asia/Jakarta' }, { ...admin, channelId: 'C3', guildLocale: 'id' });
    assert.ok(fromServer);
    const store = new SubscriptionStore(engine.db);
    assert.equal(store.list({ channelId: 'C2' })[0].lang, 'id');
    assert.equal(store.list({ channelId: 'C3' })[0].lang, 'id');
    assert.equal(store.list({ channelId: 'C1' })[0].lang, 'en');
  });

  it('lists a story’s copies with their ids, on every surface', async () => {
    const reply = await run('sources', { query: 'odesa silo' }, { ...admin, platform: 'terminal' });
    const text = renderText(reply);
    assert.match(text, /copies: Daily Copy \(id [0-9a-f]{12}\)/);
  });

  it('names undated articles in a “since” window instead of folding them in', async () => {
    const reply = await run('ask', { question: 'silo gandum pelabuhan odesa', since: '2d', lang: 'id' });
    assert.match(reply.footer!, /1 of these quotes is from an undated article, in the window by when it was ingested/);
    const id = await run('ask', { question: 'berapa pekerja yang terluka di odesa', since: '2d', lang: 'id' });
    assert.match(id.footer!, /kutipan ini berasal dari artikel tanpa tanggal/);
    const brief = await run('brief', { hours: 48 });
    assert.match(brief.intro!, /known only from undated articles/);
  });
});
