import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommandQueue } from '../../src/chat/command-queue.ts';

/** Busy-waits: a synchronous search holding the event loop. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('CommandQueue', () => {
  it('lets timers fire between synchronous commands: an acknowledgement waits one command, not the whole queue', async () => {
    const queue = new CommandQueue();
    const started = performance.now();
    const answers = Array.from({ length: 40 }, (_, i) => queue.run(`user${i}`, () => (busy(10), i)));
    // The acknowledgement timer of a request that arrived with the others.
    const ackAt = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now() - started), 50));
    assert.ok(ackAt < 150, `the 50 ms timer fired after ${ackAt.toFixed(0)} ms, behind 400 ms of commands`);
    assert.ok(queue.length > 0, 'commands were still waiting when it fired');
    assert.deepEqual(await Promise.all(answers), Array.from({ length: 40 }, (_, i) => i));
  });

  it('takes users in turn, so one user’s burst does not hold up another', async () => {
    const queue = new CommandQueue();
    const order: string[] = [];
    const jobs = [
      ...Array.from({ length: 5 }, (_, i) => queue.run('burst', () => void order.push(`burst${i}`))),
      queue.run('other', () => void order.push('other')),
    ];
    await Promise.all(jobs);
    assert.deepEqual(order.slice(0, 3), ['burst0', 'other', 'burst1']);
  });

  it('starts the next command while one waits, and passes failures to their caller', async () => {
    const queue = new CommandQueue();
    let release!: () => void;
    const waiting = queue.run('a', () => new Promise<string>((resolve) => (release = () => resolve('fetched'))));
    assert.equal(await queue.run('b', () => 'quick'), 'quick');
    await assert.rejects(queue.run('c', () => { throw new Error('boom'); }), /boom/);
    await assert.rejects(queue.run('c', async () => Promise.reject(new Error('async boom'))), /async boom/);
    release();
    assert.equal(await waiting, 'fetched');
  });
});
