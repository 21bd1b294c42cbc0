import { typedCommands } from '../../src/chat/command.ts';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type APIMessage, GatewayIntentBits, InteractionResponseType, MessageFlags } from 'discord.js';
import { commands } from '../../commands/index.ts';
import { type DiscordBot, type DiscordConfig, discordConfigFromEnv, startDiscord } from '../../src/adapters/discord/index.ts';
import { deployCommands, registrationPayload } from '../../src/adapters/discord/deploy-commands.ts';
import type { Command } from '../../src/chat/command.ts';
import { privateOption } from '../../src/chat/common-options.ts';
import { noticeReply } from '../../src/chat/reply.ts';
import { ConfigError } from '../../src/config.ts';
import { PostError } from '../../src/scheduler/poster.ts';
import type { Engine } from '../../src/engine.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';
import { ADMIN_PERMISSIONS, DiscordEmulator, type InteractionRecord, commandProblems, snowflake, testUser } from './discord-emulator.ts';

const APPLICATION_ID = snowflake();
const TOKEN = `${Buffer.from(APPLICATION_ID).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
const QUESTION = 'how far can the KN-23 missile fly';
const EPHEMERAL = MessageFlags.Ephemeral;

function configFor(emulator: DiscordEmulator, extra: Partial<DiscordConfig> = {}): DiscordConfig {
  return { token: TOKEN, applicationId: APPLICATION_ID, apiUrl: emulator.apiUrl, askPerMinute: 3, ...extra };
}

/** Every word a person would read in a message body: embeds and button labels. */
function textOf(message: { content?: string; embeds?: any[]; components?: any[] } | undefined): string {
  if (!message) return '';
  const parts: string[] = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  for (const row of message.components ?? []) for (const button of row.components) parts.push(`[${button.label}]`);
  return parts.join('\n');
}

function buttonId(message: APIMessage | undefined, label: string): string {
  for (const row of (message?.components ?? []) as any[]) for (const button of row.components) if (button.label === label) return button.custom_id;
  throw new Error(`no "${label}" button on the message`);
}

/** What the user finally sees: the edit after a deferral, else the immediate response. */
function finalBody(record: InteractionRecord): any {
  return record.followups.at(-1) ?? record.edits.at(-1) ?? record.callback?.data;
}

function quietLog(lines: string[]) {
  return (line: string) => void lines.push(line);
}

/** A command that waits until the test lets it finish: a slow answer without a fixed sleep. */
function gatedCommand() {
  let release!: () => void;
  let gate = new Promise<void>((resolve) => (release = resolve));
  const command: Command = {
    data: {
      name: 'slow',
      description: 'Answers when the test says so',
      options: [{ name: 'fail', description: 'Throw instead of answering', type: 'boolean' }, privateOption],
    },
    async execute(_context, options) {
      await gate;
      if (options.fail) throw new Error('slow command failed on purpose');
      return noticeReply('Slow answer', 'Finally ready.', options.private ? 'private' : 'public');
    },
  };
  return {
    command,
    release: () => release(),
    rearm: () => {
      gate = new Promise<void>((resolve) => (release = resolve));
    },
  };
}

const throwing: Command = {
  data: { name: 'explode', description: 'Always fails', options: [] },
  execute() {
    throw new Error('kaboom from a test command');
  },
};

describe('Discord bot against the local emulator', () => {
  let emulator: DiscordEmulator;
  let bot: DiscordBot;
  let engine: Engine;
  let cleanup: () => void;
  const logs: string[] = [];
  const slow = gatedCommand();
  const member = testUser('reader');
  const deletedChannel = snowflake();

  before(async () => {
    emulator = await DiscordEmulator.start({ token: TOKEN, applicationId: APPLICATION_ID });
    ({ engine, cleanup } = openTestEngine());
    const testCommands = new Map(commands);
    testCommands.set(throwing.data.name, throwing);
    testCommands.set(slow.command.data.name, slow.command);
    bot = await startDiscord({ engine, commands: testCommands, config: configFor(emulator), log: quietLog(logs) });
  });

  after(async () => {
    await bot?.stop();
    await emulator?.close();
    cleanup?.();
  });

  async function ask(user = member, name: string, options: Record<string, string | number | boolean> = {}): Promise<InteractionRecord> {
    return emulator.answered(emulator.dispatchInteraction(emulator.slashCommand(user, name, options)));
  }

  it('identifies with the Guilds and GuildMessages intents (none privileged) and keeps its heartbeat acknowledged', async () => {
    assert.equal(emulator.identifies.length, 1);
    assert.equal(emulator.identifies[0].intents, GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    assert.equal(emulator.identifies[0].token, TOKEN);
    const discovery = emulator.requests.find((r) => r.path === '/api/v10/gateway/bot');
    assert.equal(discovery?.authorization, `Bot ${TOKEN}`);
    await emulator.waitUntil(() => emulator.heartbeats >= 1, 'a heartbeat');
    assert.equal(bot.client.guilds.cache.size, 1);
  });

  it('/ask answers at once with the quote, highlights and a citation', async () => {
    const record = await ask(member, 'ask', { question: QUESTION });
    assert.equal(record.callback?.type, InteractionResponseType.ChannelMessageWithSource);
    const body = record.callback!.data;
    const text = textOf(body);
    assert.match(text, /450 km/);
    assert.match(text, /\*\*KN-23\*\*/);
    assert.match(text, /KONTAN via The Guardian/);
    assert.match(text, /date unknown · id [0-9a-f]{12}/);
    assert.deepEqual(body.allowed_mentions, { parse: [] });
    assert.equal((body.flags ?? 0) & EPHEMERAL, 0);
    assert.match(buttonId(record.original, 'Sources'), /^sitrep:[\w-]+$/);
  });

  it('answers a user whose Discord speaks Indonesian in Indonesian, the quote verbatim', async () => {
    const interaction = { ...emulator.slashCommand(member, 'ask', { question: 'KN-23 450 km' }), locale: 'id', guild_locale: 'en-US' };
    const record = await emulator.answered(emulator.dispatchInteraction(interaction));
    const text = textOf(record.callback!.data);
    assert.match(text, /tanggal tidak diketahui · id [0-9a-f]{12}/);
    assert.match(text, /Kutipan 1–\d+ dari \d+, kata demi kata dari artikel yang dikutip/);
    assert.match(text, /rudal Iskander-M milik Rusia/);
    assert.match(buttonId(record.original, 'Sumber'), /^sitrep:[\w-]+$/);
    const english = await emulator.answered(emulator.dispatchInteraction({ ...emulator.slashCommand(member, 'stats'), locale: 'id' }));
    assert.match(textOf(english.callback!.data), /Indeks Sitrep/);
  });

  it('answers "@Sitrep …" in a thread under the message, and a follow-up that mentions it there', async () => {
    const asker = testUser('mentioner');
    const question = emulator.userMessage(asker, `<@${emulator.botUser.id}> how far can the KN-23 missile fly?`);
    await emulator.waitUntil(() => emulator.threads.has(question.id) && emulator.channelMessages.some((m) => m.channelId === question.id), 'an answer in a thread');
    assert.equal(emulator.threads.get(question.id)!.name, 'how far can the KN-23 missile fly?');
    const [answer] = emulator.channelMessages.filter((m) => m.channelId === question.id);
    assert.match(textOf(answer.body), /450 km/);
    assert.match(textOf(answer.body), /KONTAN via The Guardian/);
    assert.deepEqual(answer.body.allowed_mentions, { parse: [] });
    assert.equal((answer.body.flags ?? 0) & EPHEMERAL, 0);

    emulator.userMessage(asker, `<@${emulator.botUser.id}> berapa berat hulu ledaknya`, { channelId: question.id });
    await emulator.waitUntil(() => emulator.channelMessages.filter((m) => m.channelId === question.id).length === 2, 'a second answer in the thread');
    const followUp = emulator.channelMessages.filter((m) => m.channelId === question.id)[1];
    assert.match(textOf(followUp.body), /500 \*{0,2}kg/);
    assert.match(textOf(followUp.body), /tanggal tidak diketahui/);
    assert.equal(emulator.threads.size, 1, 'no thread inside the thread');

    // Without a mention Discord withholds the words (no message-content intent): nothing to answer.
    emulator.userMessage(asker, 'thanks!', { channelId: question.id, mentionsBot: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(emulator.channelMessages.filter((m) => m.channelId === question.id).length, 2);
  });

  it('the "Sources" button lists the cited articles privately', async () => {
    const answer = await ask(testUser('curious'), 'ask', { question: QUESTION });
    const press = await emulator.answered(emulator.dispatchInteraction(emulator.buttonPress(member, answer.original!, buttonId(answer.original, 'Sources'))));
    assert.equal(press.callback?.type, InteractionResponseType.ChannelMessageWithSource);
    assert.equal(press.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    const text = textOf(press.callback!.data);
    assert.match(text, /Sources cited/);
    assert.match(text, /KONTAN, crediting The Guardian/);
  });

  it('takes 👍, 👎 and a reported quote from the answer\'s buttons; an admin\'s report hides the quote until restored', async () => {
    const answer = await ask(member, 'ask', { question: QUESTION });
    const press = (user: typeof member, message: APIMessage, label: string) => emulator.answered(emulator.dispatchInteraction(emulator.buttonPress(user, message, buttonId(message, label))));
    const thumbs = await press(member, answer.original!, '👎');
    assert.equal(thumbs.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(thumbs.callback!.data), /Thanks — noted/);
    const quotes = answer.original!.embeds[0].fields!.map((f) => f.value);

    // A member's report is stored; the quote stays.
    const which = await press(member, answer.original!, 'Report a wrong quote');
    assert.match(textOf(which.callback!.data), /Which quote is wrong\?/);
    const chosen = await press(member, which.original!, 'Quote 1');
    assert.match(textOf(chosen.callback!.data), /Quote 1 is reported; admins see it with \/feedback/);
    // (Each later question from another reader: /ask is rate-limited per user.)
    const again = await ask(testUser('second'), 'ask', { question: QUESTION });
    assert.equal(again.original!.embeds[0].fields![0].value, quotes[0]);

    // An admin's report hides it from later answers.
    const admin = testUser('editor', ADMIN_PERMISSIONS);
    const adminWhich = await press(admin, again.original!, 'Report a wrong quote');
    const hidden = await press(admin, adminWhich.original!, 'Quote 1');
    const restore = /\/feedback restore:(\d+)/.exec(textOf(hidden.callback!.data));
    assert.ok(restore, textOf(hidden.callback!.data));
    const after = await ask(testUser('third'), 'ask', { question: QUESTION });
    assert.ok(!after.original!.embeds[0].fields!.some((f) => f.value === quotes[0]), 'the hidden quote is not shown');

    const list = finalBody(await ask(admin, 'feedback'));
    const listed = textOf(list);
    assert.match(listed, new RegExp(`wrong quote · ${admin.id} on discord`));
    assert.match(listed, new RegExp(`👎 · ${member.id} on discord`));
    assert.match(listed, /\(hidden\)/);
    assert.match(listed, new RegExp(`how far can the KN-23 missile fly”`));
    assert.match(textOf(finalBody(await ask(admin, 'feedback', { restore: Number(restore![1]) }))), /is back in answers/);
    const restored = await ask(testUser('fourth'), 'ask', { question: QUESTION });
    assert.equal(restored.original!.embeds[0].fields![0].value, quotes[0]);
  });

  it('/ask private:true answers ephemerally', async () => {
    const record = await ask(testUser('shy'), 'ask', { question: QUESTION, private: true });
    assert.equal(record.callback?.type, InteractionResponseType.ChannelMessageWithSource);
    assert.equal(record.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(record.callback!.data), /450 km/);
  });

  it('"Share in channel" posts a private answer again for everyone, saying who shared it', async () => {
    const shy = testUser('sharer');
    const record = await ask(shy, 'ask', { question: QUESTION, private: true });
    const press = await emulator.answered(emulator.dispatchInteraction(emulator.buttonPress(shy, record.original!, buttonId(record.original, 'Share in channel'))));
    assert.equal(press.callback?.type, InteractionResponseType.ChannelMessageWithSource);
    assert.equal((press.callback!.data.flags ?? 0) & EPHEMERAL, 0);
    const text = textOf(press.callback!.data);
    assert.match(text, /450 km/);
    assert.match(text, /Shared by sharer/);
    assert.throws(() => buttonId(press.original, 'Share in channel'), 'a public answer has nothing to share');
  });

  it('/brief lists the top stories of the window', async () => {
    const record = await ask(member, 'brief', { hours: 720 });
    const text = textOf(record.callback?.data);
    assert.match(text, /Briefing: the last 30 days/);
    assert.match(text, /Korea Utara/);
    assert.match(text, /KONTAN via The Guardian/);
  });

  it('/sources lists outlets and whom they credit', async () => {
    const record = await ask(member, 'sources');
    const text = textOf(record.callback?.data);
    assert.match(text, /KONTAN, crediting The Guardian/);
    assert.match(text, /Credited sources/);
  });

  it('autocompletes the source option from the outlets in the index', async () => {
    const record = await emulator.answered(emulator.dispatchInteraction(emulator.autocomplete(member, 'ask', { question: 'kn-23', source: 'gu' }, 'source')));
    assert.equal(record.callback?.type, InteractionResponseType.ApplicationCommandAutocompleteResult);
    assert.deepEqual(record.callback!.data.choices, [{ name: 'The Guardian', value: 'The Guardian' }]);
    const all = await emulator.answered(emulator.dispatchInteraction(emulator.autocomplete(member, 'sources', { source: '' }, 'source')));
    assert.deepEqual(all.callback!.data.choices.map((c: { name: string }) => c.name).sort(), ['KONTAN', 'The Guardian']);
  });

  it('a command that throws becomes a short private error and a log line', async () => {
    const record = await ask(member, 'explode');
    assert.equal(record.callback?.type, InteractionResponseType.ChannelMessageWithSource);
    assert.equal(record.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(record.callback!.data), /Something went wrong/);
    assert.doesNotMatch(textOf(record.callback!.data), /kaboom/);
    assert.ok(logs.some((line) => line.includes('/explode failed') && line.includes('kaboom')));
  });

  it('refuses an admin command to a member without Manage Server', async () => {
    const record = await ask(member, 'reindex');
    assert.equal(record.callback?.type, InteractionResponseType.ChannelMessageWithSource);
    assert.equal(record.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(record.callback!.data), /for admins only/);
    assert.doesNotMatch(textOf(record.callback!.data), /Index rebuilt/);
  });

  it('runs an admin command for a member with Manage Server, deferred and private', async () => {
    const record = await ask(testUser('admin', ADMIN_PERMISSIONS), 'reindex');
    assert.equal(record.callback?.type, InteractionResponseType.DeferredChannelMessageWithSource);
    assert.equal(record.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(record.edits[0]), /Index rebuilt/);
  });

  it('takes admin rights from the member permissions in the payload', async () => {
    const asMember = await ask(member, 'help');
    const asAdmin = await ask(testUser('owner', ADMIN_PERMISSIONS), 'help');
    assert.doesNotMatch(textOf(asMember.callback?.data), /\/reindex/);
    assert.match(textOf(asAdmin.callback?.data), /\/reindex/);
  });

  it('defers a slow answer, then edits the original message', async () => {
    slow.rearm();
    const record = emulator.dispatchInteraction(emulator.slashCommand(member, 'slow'));
    await emulator.waitUntil(() => record.callback, 'the deferral');
    assert.equal(record.callback!.type, InteractionResponseType.DeferredChannelMessageWithSource);
    assert.equal((record.callback!.data?.flags ?? 0) & EPHEMERAL, 0);
    slow.release();
    await emulator.answered(record);
    const edit = emulator.requests.find((r) => r.method === 'PATCH' && r.path.endsWith(`/${record.payload.token}/messages/@original`));
    assert.equal(edit?.status, 200);
    assert.match(textOf(record.edits[0]), /Finally ready/);
    assert.equal((record.original!.flags ?? 0) & MessageFlags.Loading, 0);
  });

  it('a slow failure replaces the public placeholder with a private apology', async () => {
    slow.rearm();
    const record = emulator.dispatchInteraction(emulator.slashCommand(member, 'slow', { fail: true }));
    await emulator.waitUntil(() => record.callback, 'the deferral');
    slow.release();
    await emulator.answered(record);
    assert.equal(record.deleted, true);
    assert.equal(record.followups[0].flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(record.followups[0]), /Something went wrong/);
  });

  it('rate-limits /ask per user with a polite private message', async () => {
    const eager = testUser('eager');
    for (let i = 0; i < 3; i++) assert.equal(((await ask(eager, 'ask', { question: QUESTION })).callback!.data.flags ?? 0) & EPHEMERAL, 0);
    const refused = await ask(eager, 'ask', { question: QUESTION });
    assert.equal(refused.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(refused.callback!.data), /please wait \d+ s/);
    const other = await ask(testUser('patient'), 'ask', { question: QUESTION });
    assert.match(textOf(other.callback!.data), /450 km/);
  });

  it('an unknown button is answered, not left hanging', async () => {
    const answer = await ask(testUser('late'), 'ask', { question: QUESTION });
    const record = await emulator.answered(emulator.dispatchInteraction(emulator.buttonPress(member, answer.original!, 'sitrep:forgotten')));
    assert.equal(record.callback!.data.flags & EPHEMERAL, EPHEMERAL);
    assert.match(textOf(record.callback!.data), /expired/);
  });

  it('posts a scheduled briefing into a channel, publicly, and explains a channel it cannot post to', async () => {
    const briefing = { ...noticeReply('Daily briefing', 'Korea Utara kirim insinyur militer.', 'private'), kind: 'briefing' as const };
    const target = { platform: 'discord' as const, workspaceId: emulator.guildId, channelId: emulator.channelId };
    const { messageId } = await bot.poster.post(target, briefing);
    const [posted] = emulator.channelMessages.filter((m) => m.channelId === emulator.channelId);
    assert.equal(posted.message.id, messageId);
    assert.match(textOf(posted.body), /Korea Utara/);
    assert.equal(posted.body.flags, undefined);
    assert.deepEqual(posted.body.allowed_mentions, { parse: [] });
    await assert.rejects(bot.poster.post({ ...target, channelId: deletedChannel }, briefing), (error: PostError) => error instanceof PostError && !error.retryable && /channel no longer exists/.test(error.message));
  });

  it('every message it sent was within Discord limits', () => {
    const refused = emulator.requests.filter((r) => r.status >= 400 && !r.path.includes(deletedChannel));
    assert.deepEqual(refused.map((r) => `${r.method} ${r.path} ${r.status}`), []);
    assert.deepEqual(logs.filter((line) => line.includes('answering')), []);
  });
});

describe('Discord "More results" paging', () => {
  let emulator: DiscordEmulator;
  let dataDir: string;
  let engine: Engine;
  let cleanup: () => void;
  const logs: string[] = [];
  const reader = testUser('pager');

  before(async () => {
    emulator = await DiscordEmulator.start({ token: TOKEN, applicationId: APPLICATION_ID });
    // Without the sample: the seed answers the question too (its 450 km passage), and the pages count six stories.
    ({ engine, dataDir, cleanup } = openTestEngine({ sample: false }));
    // Distinct stories (not copies of one another), with markdown and a mention in the text.
    const stories = [
      'Ukrainian officials said the *KN-23* missile can fly far, about 450 km | @everyone > others, and that several hit Kharkiv in January.',
      'Pyongyang claimed on state television that its KN-23 missile can fly as far as 690 km, a range_of doubt for analysts.',
      'Analysts in Seoul doubt the KN-23 missile can reliably fly that far, pointing to debris found near Kyiv.',
      'Japanese defence officials said the KN-23 missile did not fly as far as expected during the latest test over the sea.',
      'European diplomats in Brussels asked how far the KN-23 missile can fly into western Ukraine from launchers near the border.',
      'The air force said a KN-23 missile launched from Belgorod can fly far enough to reach Poltava and Dnipro.',
    ];
    const articles = stories.map((text, i) => ({
      title: `Missile report ${i + 1}`,
      outlet: `Wire ${i + 1}`,
      url: `https://news.example/kn-23/${i + 1}_(report)`,
      publishedAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(),
      lang: 'en',
      text,
    }));
    const dir = tempDir();
    engine.ingest(writeFiles(dir, { 'kn23.json': JSON.stringify(articles) }));
    rmSync(dir, { recursive: true, force: true });
  });

  after(async () => {
    await emulator?.close();
    cleanup?.();
  });

  it('pages with the "More results" button, and the button works after a restart', async () => {
    const pages: string[] = [];
    let bot = await startDiscord({ engine, commands, config: configFor(emulator), log: quietLog(logs) });
    let second: InteractionRecord;
    try {
      const first = await emulator.answered(emulator.dispatchInteraction(emulator.slashCommand(reader, 'ask', { question: QUESTION, limit: 2 })));
      pages.push(textOf(first.callback?.data));
      assert.match(pages[0], /Quotes 1–2 of 6/);
      second = await emulator.answered(emulator.dispatchInteraction(emulator.buttonPress(reader, first.original!, buttonId(first.original, 'More results'))));
      assert.equal(second.callback?.type, InteractionResponseType.UpdateMessage);
      pages.push(textOf(second.callback!.data));
      assert.match(pages[1], /Quotes 3–4 of 6/);
      assert.match(pages[1], /^3\\\. /m, 'a later page numbers on');
    } finally {
      await bot.stop();
    }

    // A restart: a new engine over the same store, a new client; the old message's buttons still work.
    engine.close();
    ({ engine, cleanup } = openTestEngine({ dataDir }));
    bot = await startDiscord({ engine, commands, config: configFor(emulator), log: quietLog(logs) });
    try {
      const third = await emulator.answered(emulator.dispatchInteraction(emulator.buttonPress(reader, second.original!, buttonId(second.original, 'More results'))));
      assert.equal(third.callback?.type, InteractionResponseType.UpdateMessage);
      pages.push(textOf(third.callback!.data));
      assert.match(pages[2], /Quotes 5–6 of 6/);
      assert.doesNotMatch(pages[2], /\[More results\]/);
    } finally {
      await bot.stop();
    }

    const all = pages.join('\n');
    assert.equal(new Set(all.match(/id [0-9a-f]{12}/g)).size, 6, 'six different articles over three pages');
    assert.match(all, /\\\*\*\*KN-23\*\*\\\*/, 'asterisks from the article are escaped, highlights are bold');
    assert.match(all, /range(\*\*)?\\_of/);
    assert.match(all, /\\\| @everyone \\> others/);
    assert.match(all, /\(https:\/\/news\.example\/kn-23\/\d_%28report%29\)/, 'links survive parentheses');
    assert.deepEqual(emulator.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} ${r.status}`), []);
  });
});

describe('deploy-commands', () => {
  let emulator: DiscordEmulator;
  const guildId = snowflake();

  before(async () => {
    emulator = await DiscordEmulator.start({ token: TOKEN, applicationId: APPLICATION_ID });
  });
  after(async () => emulator?.close());

  function putsTo(path: string) {
    return emulator.requests.filter((r) => r.method === 'PUT' && r.path === `/api/v10${path}`);
  }

  it('registers every command in one server when DISCORD_GUILD_ID is set, within Discord limits', async () => {
    const result = await deployCommands(configFor(emulator, { guildId }), commands.values());
    // Every command a user types; the feedback buttons' own command is no slash command.
    assert.deepEqual(result.registered.sort(), [...typedCommands(commands).keys()].sort());
    assert.ok(!result.registered.includes("rate"));
    const [put] = putsTo(`/applications/${APPLICATION_ID}/guilds/${guildId}/commands`);
    assert.equal(put.status, 200);
    assert.equal(put.authorization, `Bot ${TOKEN}`);
    for (const command of put.body) {
      assert.deepEqual([...commandProblems(command)], [], `/${command.name}`);
      assert.equal(command.type, 1);
      const options = command.options as any[];
      assert.ok(options.length <= 25);
      assert.equal(options.findIndex((o) => !o.required) === -1 || options.slice(options.findIndex((o) => !o.required)).every((o) => !o.required), true);
    }
    const ask = put.body.find((c: { name: string }) => c.name === 'ask');
    const question = ask.options.find((o: { name: string }) => o.name === 'question');
    assert.deepEqual([question.type, question.required, question.min_length, question.max_length], [3, true, 2, 300]);
    assert.deepEqual(ask.options.find((o: { name: string }) => o.name === 'limit'), {
      name: 'limit',
      description: 'How many quotes (1–10, default 5)',
      name_localizations: { id: 'jumlah' },
      description_localizations: { id: 'Berapa kutipan (1–10, bawaan 5)' },
      required: false,
      type: 4,
      min_value: 1,
      max_value: 10,
    });
    // Every command, option and choice carries its Indonesian name and description, from the catalogs.
    assert.deepEqual([ask.name_localizations, ask.description_localizations.id.length > 0], [{ id: 'tanya' }, true]);
    assert.ok(put.body.every((c: { name_localizations: Record<string, string>; options: { name_localizations: Record<string, string> }[] }) => c.name_localizations.id && c.options.every((o) => o.name_localizations.id)));
    assert.equal(ask.options.find((o: { name: string }) => o.name === 'source').autocomplete, true);
    assert.deepEqual(ask.options.find((o: { name: string }) => o.name === 'lang').choices, [
      { name: 'Indonesian', value: 'id', name_localizations: { id: 'Indonesia' } },
      { name: 'English', value: 'en', name_localizations: { id: 'Inggris' } },
    ]);
    assert.equal(ask.options.find((o: { name: string }) => o.name === 'private').type, 5);
    const reindex = put.body.find((c: { name: string }) => c.name === 'reindex');
    assert.equal(reindex.default_member_permissions, '32');
    assert.equal(ask.default_member_permissions, undefined);
  });

  it('builds the payload with required options first, and refuses what Discord would refuse', () => {
    const execute = () => noticeReply('x', 'y');
    const [payload] = registrationPayload([
      { data: { name: 'demo', description: 'Demo', options: [{ name: 'maybe', description: 'Optional', type: 'string' }, { name: 'must', description: 'Required', type: 'integer', required: true, min: 1 }] }, execute },
    ]);
    assert.deepEqual(payload.options?.map((o) => o.name), ['must', 'maybe']);
    assert.throws(
      () =>
        registrationPayload([
          { data: { name: 'Bad Name', description: 'x'.repeat(101), options: [{ name: 'src', description: 'S', type: 'string', autocomplete: true, choices: [{ name: 'a', value: 'a' }] }] }, execute },
          { data: { name: 'dup', description: 'D', options: [] }, execute },
          { data: { name: 'dup', description: 'D', options: [] }, execute },
        ]),
      /name "Bad Name" must be 1–32 lowercase.*description must be 1–100 characters \(has 101\).*cannot have both choices and autocomplete.*\/dup is declared twice/,
    );
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const result = await deployCommands(configFor(emulator), commands.values());
    assert.match(result.scope, /global/);
    assert.equal(putsTo(`/applications/${APPLICATION_ID}/commands`).length, 1);
  });

  function runScript(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const script = fileURLToPath(new URL('../../src/adapters/discord/deploy-commands.ts', import.meta.url));
    // Run from an empty directory so a developer's .env cannot leak in.
    const cwd = tempDir();
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), script], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 20_000);
    return new Promise((resolve) => {
      child.on('close', (code) => {
        clearTimeout(timer);
        rmSync(cwd, { recursive: true, force: true });
        resolve({ code, stdout, stderr });
      });
    });
  }

  it('npm run deploy-commands: the script takes its settings from the environment', async () => {
    const result = await runScript({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: emulator.apiUrl });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`Registered ${typedCommands(commands).size} commands for server ${guildId}: /ask`));
  });

  it('a malformed token is one clear line, without the token', async () => {
    const secret = 'not-a-token-but-secret';
    const result = await runScript({ DISCORD_TOKEN: secret, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: emulator.apiUrl });
    assert.equal(result.code, 2);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /DISCORD_TOKEN is malformed/);
    assert.doesNotMatch(result.stderr, new RegExp(secret));
  });
});

describe('Discord configuration', () => {
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID };

  it('is off without DISCORD_TOKEN and complete with it', () => {
    assert.equal(discordConfigFromEnv({}), null);
    assert.equal(discordConfigFromEnv({ DISCORD_TOKEN: '  ' }), null);
    assert.deepEqual(discordConfigFromEnv({ ...env, DISCORD_GUILD_ID: APPLICATION_ID, DISCORD_API_URL: 'http://127.0.0.1:9/api/' }), {
      token: TOKEN,
      applicationId: APPLICATION_ID,
      guildId: APPLICATION_ID,
      apiUrl: 'http://127.0.0.1:9/api',
      askPerMinute: 5,
    });
  });

  it('explains each bad setting in one line that never shows the token', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...env, DISCORD_TOKEN: 'abc.def' }, /DISCORD_TOKEN is malformed/],
      [{ ...env, DISCORD_TOKEN: `Bot ${TOKEN}` }, /without the "Bot " prefix/],
      [{ DISCORD_TOKEN: TOKEN }, /DISCORD_APPLICATION_ID is not set/],
      [{ ...env, DISCORD_APPLICATION_ID: 'my-app' }, /DISCORD_APPLICATION_ID must be a numeric Discord id/],
      [{ ...env, DISCORD_GUILD_ID: '12' }, /DISCORD_GUILD_ID must be a numeric Discord id/],
      [{ ...env, DISCORD_API_URL: 'discord.com' }, /DISCORD_API_URL must be an http\(s\) URL/],
      [{ ...env, DISCORD_ASK_PER_MINUTE: '0' }, /DISCORD_ASK_PER_MINUTE must be a whole number/],
    ];
    for (const [values, expected] of cases) {
      assert.throws(
        () => discordConfigFromEnv(values),
        (error: Error) => error instanceof ConfigError && expected.test(error.message) && !error.message.includes('\n') && !error.message.includes(TOKEN.split('.')[2]),
        JSON.stringify(Object.keys(values)),
      );
    }
  });

  it('a token Discord refuses stops the start with a ConfigError', async () => {
    const emulator = await DiscordEmulator.start({ token: TOKEN, applicationId: APPLICATION_ID });
    const { engine, cleanup } = openTestEngine({ sample: false });
    try {
      const wrong = `${TOKEN.slice(0, -4)}AAAA`;
      await assert.rejects(startDiscord({ engine, commands, config: configFor(emulator, { token: wrong }), log: () => {} }), (error: Error) => error instanceof ConfigError && /Discord refused DISCORD_TOKEN/.test(error.message));
    } finally {
      await emulator.close();
      cleanup();
    }
  });
});
