import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { commands } from '../../commands/index.ts';
import { TerminalScreen, runTerminalChat, terminalPoster } from '../../src/adapters/terminal/chat.ts';
import { completerFor } from '../../src/adapters/terminal/complete.ts';
import type { Engine } from '../../src/engine.ts';
import { openTestEngine } from '../helpers.ts';

async function converse(engine: Engine, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const done = runTerminalChat({ engine, commands, input, output, color: false, lang: 'en' });
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

/** A pseudo-terminal for readline: input and output that say they are TTYs, so keys (Tab, Ctrl-C) work as at a real one. */
function fakeTty() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input, isRaw: false });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 200, rows: 40 });
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
  return { input, output, read: () => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''), settle };
}

describe('terminal chat at a terminal', () => {
  let engine: Engine;
  let cleanup: () => void;
  before(() => {
    ({ engine, cleanup } = openTestEngine());
  });
  after(() => cleanup());

  it('takes bare help, quit and more as commands, and suggests what a typo meant', async () => {
    const text = await converse(engine, ['/aks kn-23', 'how far can the KN-23 fly sorce:guardian', 'help ask', 'more', 'quit', 'this line is never read']);
    assert.match(text, /Unknown command “\/aks”\. Did you mean \/ask\?/);
    assert.match(text, /Unknown option “sorce:” for ask — did you mean “source:”\?/);
    assert.match(text, /\/ask <question> \[source:…\]/);
    assert.match(text, /source:…: Only this outlet/);
    assert.match(text, /Nothing more to show/);
    assert.match(text, /Goodbye\.\n$/);
    assert.doesNotMatch(text, /never read/);
  });

  it('completes commands and options with Tab', async () => {
    const complete = completerFor(commands);
    assert.deepEqual(complete('/as'), [['/ask '], '/as']);
    assert.deepEqual(complete('/su'), [['/subscribe ', '/subscriptions '], '/su']);
    assert.deepEqual(complete('/ask kn-23 so'), [['source:'], 'so']);
    assert.deepEqual(complete('how far can it fly si'), [['since:'], 'si']);
    assert.deepEqual(complete('help br'), [['brief '], 'br']);
    assert.deepEqual(complete('qu'), [['quit '], 'qu']);

    const tty = fakeTty();
    const done = runTerminalChat({ engine, commands, input: tty.input, output: tty.output, color: false, lang: 'en' });
    tty.input.write('/sta');
    tty.input.write('\t');
    await tty.settle();
    tty.input.write('\r');
    await tty.settle();
    assert.match(tty.read(), /Sitrep index/);
    tty.input.write('\x04');
    await done;
  });

  it('clears a half-typed line on Ctrl-C, and leaves on a second one with a goodbye', async () => {
    const tty = fakeTty();
    const done = runTerminalChat({ engine, commands, input: tty.input, output: tty.output, color: false, lang: 'en' });
    tty.input.write('how far can');
    tty.input.write('\x03');
    await tty.settle();
    tty.input.write('/stats\r');
    await tty.settle();
    // The thrown-away words were not asked: only /stats ran.
    assert.match(tty.read(), /\^C/);
    assert.match(tty.read(), /Sitrep index/);
    assert.doesNotMatch(tty.read(), /Nothing found|how far can\/stats/);
    tty.input.write('\x03');
    await tty.settle();
    assert.match(tty.read(), /Ctrl-C again, Ctrl-D or quit to leave/);
    tty.input.write('\x03');
    await done;
    assert.match(tty.read(), /Goodbye\.\n$/);
  });

  it('prints a briefing above the prompt and draws the half-typed line again', async () => {
    const tty = fakeTty();
    const screen = new TerminalScreen(tty.output);
    const done = runTerminalChat({ engine, commands, input: tty.input, output: tty.output, color: false, lang: 'en', screen });
    tty.input.write('berapa jangk');
    await tty.settle();
    await terminalPoster(screen).post({ platform: 'terminal', workspaceId: '', channelId: 'terminal' }, { kind: 'briefing', title: 'Sitrep briefing — today', items: [], visibility: 'public' });
    await tty.settle();
    const text = tty.read();
    const briefing = text.lastIndexOf('Sitrep briefing — today');
    assert.ok(briefing > 0);
    assert.match(text.slice(briefing), /sitrep> berapa jangk$/);
    tty.input.write('\x15');
    tty.input.write('\x04');
    await done;
  });

  it('speaks Indonesian when the shell does', async () => {
    const tty = fakeTty();
    const done = runTerminalChat({ engine, commands, input: tty.input, output: tty.output, color: false, lang: 'id' });
    tty.input.write('/stats\r');
    await tty.settle();
    tty.input.write('quit\r');
    await done;
    assert.match(tty.read(), /Ajukan pertanyaan, atau ketik help/);
    assert.match(tty.read(), /Indeks Sitrep/);
    assert.match(tty.read(), /Sampai jumpa\./);
  });
});
