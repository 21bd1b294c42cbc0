import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { composeDailyBriefing, describeSince } from '../../src/briefing/daily.ts';
import { renderText } from '../../src/chat/render-text.ts';
import type { Engine } from '../../src/engine.ts';
import { SubscriptionStore, type Subscription } from '../../src/store/subscriptions.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';

const LEAD = 'Russian forces launched a large drone attack on Kyiv overnight, damaging energy infrastructure and wounding four people, the city military administration said.';
const REST = 'Air defence units destroyed most of the drones over the capital. Power cuts were introduced in several districts while engineers repaired the damage.';

function ingest(engine: Engine, files: Record<string, unknown>, at: string) {
  const dir = tempDir('sitrep-daily-');
  writeFiles(dir, Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)])));
  engine.ingest([dir], undefined, new Date(at));
}

describe('daily briefing composer', () => {
  let engine: Engine;
  let cleanup: () => void;
  let sub: Subscription;

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    sub = new SubscriptionStore(engine.db).add({ platform: 'terminal', workspaceId: '', channelId: 'terminal', time: '07:00', timezone: 'Europe/Kyiv', topic: '', quiet: 'say', createdBy: 'me' });
    ingest(engine, {
      'copy.json': { outlet: 'Daily Example', via: 'Example Wire', lang: 'en', title: 'Drones over Kyiv', publishedAt: '2024-11-17T03:30:00Z', text: `KYIV (Example Wire) - ${LEAD}\n\n${REST}` },
      'original.json': { outlet: 'Example Wire', lang: 'en', title: 'Drone attack on Kyiv', publishedAt: '2024-11-17T03:00:00Z', text: `${LEAD}\n\n${REST}` },
      'other.json': { outlet: 'Example Post', lang: 'en', title: 'Kursk', publishedAt: '2024-11-17T02:00:00Z', text: 'North Korean troops fought alongside Russian soldiers in the Kursk region, Ukrainian intelligence said. Several were killed in the fighting.' },
    }, '2024-11-17T04:00:00Z');
  });
  after(() => cleanup());

  it('collapses copies of a story and cites the original first', () => {
    const { reply, stories } = composeDailyBriefing(engine, sub, { now: new Date('2024-11-17T05:00:00Z') });
    assert.equal(reply.items.length, 2);
    const [top] = reply.items;
    assert.equal(top.type, 'quote');
    if (top.type !== 'quote') return;
    assert.equal(top.citation.outlet, 'Example Wire');
    assert.equal(top.quote, LEAD);
    assert.deepEqual(top.citation.alsoIn.map((a) => a.outlet), ['Daily Example']);
    assert.equal(Object.values(stories).sort().join(), '1,2');
  });

  it('leaves out what the previous briefing already posted, unless it gained new reporting', () => {
    const first = composeDailyBriefing(engine, sub, { now: new Date('2024-11-17T05:00:00Z') });
    const previous = { subscriptionId: sub.id, briefingDay: '2024-11-17', status: 'sent' as const, late: false, intentAt: '', deliveryKey: '1:test', sentAt: '2024-11-16T05:00:00Z', stories: first.stories };
    const again = composeDailyBriefing(engine, sub, { now: new Date('2024-11-17T06:00:00Z'), previous });
    assert.equal(again.reply.items.length, 0);
    assert.match(again.reply.intro!, /^No new reports since/);
    ingest(engine, { 'third.json': { outlet: 'Third Example', lang: 'en', title: 'Kyiv attack', publishedAt: '2024-11-17T05:30:00Z', text: `${LEAD}\n\n${REST} Officials later raised the number of wounded.` } }, '2024-11-17T05:40:00Z');
    const later = composeDailyBriefing(engine, sub, { now: new Date('2024-11-17T06:00:00Z'), previous });
    assert.equal(later.reply.items.length, 1, 'the Kyiv story gained a third outlet');
  });

  it('reads the window’s start the way people say it', () => {
    const now = new Date('2024-11-17T05:00:00Z');
    assert.equal(describeSince(new Date('2024-11-16T05:00:00Z'), now, 'Europe/Kyiv'), 'yesterday 07:00');
    assert.equal(describeSince(new Date('2024-11-17T04:00:00Z'), now, 'Europe/Kyiv'), '06:00 today');
  });

  it('counts a story as new when it was first reported in the window, not when an undated copy arrives; an undated story alone is kept, dated unknown', () => {
    const { engine: fresh, cleanup: done } = openTestEngine({ sample: false });
    try {
      const subscription = new SubscriptionStore(fresh.db).add({ platform: 'terminal', workspaceId: '', channelId: 'terminal', time: '07:00', timezone: 'UTC', topic: '', quiet: 'say', createdBy: 'me' });
      const OLD = 'Ukrainian forces struck a Russian ammunition depot in occupied Donetsk region with HIMARS rockets, the general staff said, releasing satellite images of the damage.';
      ingest(fresh, { 'old.json': { outlet: 'Example Wire', lang: 'en', title: 'Depot hit in Donetsk', publishedAt: '2024-11-14T06:00:00Z', text: `${OLD}\n\n${REST}` } }, '2024-11-14T07:00:00Z');
      // Three days later an outlet republishes it without a date, and a new story arrives, also undated.
      ingest(fresh, {
        'copy.json': { outlet: 'Copy Daily', lang: 'en', title: 'Depot hit', text: `${OLD}\n\n${REST}` },
        'new.json': { outlet: 'Undated Post', lang: 'en', title: 'Kharkiv metro used as shelter', text: 'Residents of Kharkiv spent the night in metro stations as air raid sirens sounded for six hours, the mayor said. Schools moved classes underground.' },
      }, '2024-11-17T05:00:00Z');
      const { reply } = composeDailyBriefing(fresh, subscription, { now: new Date('2024-11-17T07:00:00Z'), previous: undefined });
      const quoted = reply.items.flatMap((item) => (item.type === 'quote' ? [item] : []));
      assert.deepEqual(quoted.map((item) => item.citation.outlet), ['Undated Post']);
      assert.equal(quoted[0].citation.publishedAt, undefined);
      assert.match(renderText(reply), /Undated Post.*date unknown/);
      const brief = fresh.brief({ since: new Date('2024-11-17T00:00:00Z'), now: new Date('2024-11-17T07:00:00Z') });
      assert.deepEqual(brief.stories.map((s) => [s.article.outlet, s.dateUnknown]), [['Undated Post', true]]);
    } finally {
      done();
    }
  });
});
