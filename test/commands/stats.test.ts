import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { execute } from '../../commands/stats.ts';
import { platformStatuses } from '../../src/platform-status.ts';
import { openTestEngine } from '../helpers.ts';

describe('/stats', () => {
  const { engine, cleanup } = openTestEngine();
  after(() => {
    platformStatuses.clear();
    cleanup();
  });
  const facts = () => {
    const reply = execute({ engine, caller: { platform: "terminal", userId: "u", isAdmin: false }, now: new Date() } as never, {}) as { items: { label: string; value: string }[] };
    return Object.fromEntries(reply.items.map((item) => [item.label, item.value]));
  };

  it('shows each configured platform’s state, and none when none is configured', () => {
    assert.equal(facts().Platforms, undefined);
    platformStatuses.set('discord', 'connected', undefined, new Date('2026-12-02T09:12:00Z'));
    platformStatuses.set('slack', 'unreachable', 'connect ECONNREFUSED 127.0.0.1:9; retrying in 20 s', new Date('2026-12-02T09:13:00Z'));
    assert.equal(facts().Platforms, 'Discord connected since 2026-12-02 09:12 UTC; Slack unreachable (connect ECONNREFUSED 127.0.0.1:9; retrying in 20 s) since 2026-12-02 09:13 UTC');
    // The same state again keeps its "since".
    platformStatuses.set('discord', 'connected', undefined, new Date('2026-12-02T10:00:00Z'));
    assert.match(facts().Platforms, /^Discord connected since 2026-12-02 09:12 UTC/);
    assert.equal(platformStatuses.allConnected(), false);
  });

  it('says whether this process maintains the saved index', () => {
    assert.doesNotMatch(facts().Index, /another Sitrep process/);
  });
});
