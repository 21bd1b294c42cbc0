import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { commands } from '../../commands/index.ts';
import { runTerminalChat } from '../../src/adapters/terminal/chat.ts';
import type { Engine } from '../../src/engine.ts';
import { openTestEngine } from '../helpers.ts';

async function converse(engine: Engine, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const done = runTerminalChat({ engine, commands, input, output, color: false });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe('terminal chat', () => {
  let engine: Engine;
  let cleanup: () => void;
  before(() => {
    ({ engine, cleanup } = openTestEngine());
  });
  after(() => cleanup());

  it('answers slash commands and plain questions', async () => {
    const text = await converse(engine, ['/ask berapa jangkauan rudal KN-23 source:kontan', 'how far can the KN-23 missile fly', '/sources', '/quit']);
    assert.equal(text.match(/450 km/g)?.length, 2);
    assert.match(text, /\*\*KN-23\*\*/);
    assert.match(text, /KONTAN, crediting The Guardian/);
  });

  it('explains mistakes instead of failing', async () => {
    const text = await converse(engine, ['/frobnicate', '/ask', '/ask kn-23 --limit nine', '/more', '/help']);
    assert.match(text, /Unknown command “\/frobnicate”/);
    assert.match(text, /Ask needs question: your question, in English or Indonesian/);
    assert.match(text, /must be a whole number/);
    assert.match(text, /Nothing more to show/);
    assert.match(text, /\/brief/);
  });
});
