import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command as Program, CommanderError, InvalidArgumentError, Option } from 'commander';
import { outletLabel } from './articles/article.ts';
import { type Command, type OptionSpec, typedCommands } from './chat/command.ts';
import type { Citation, Reply } from './chat/reply.ts';
import { renderText } from './chat/render-text.ts';
import { runCommand } from './chat/run-command.ts';
import { ConfigError, loadConfig, loadDotEnv } from './config.ts';
import { Engine, type IngestEvent } from './engine.ts';
import { FetchError } from './ingest/http.ts';
import { UI_LANGS, type UiLang, uiLangOfEnv } from './i18n/index.ts';
import { PROJECT_ROOT } from './project-root.ts';

interface GlobalFlags {
  dataDir?: string;
  config?: string;
  color?: boolean;
  uiLang?: UiLang;
}

/**
 * Exit codes, the same for every command: 0 done (an honest "nothing found"
 * included), 1 failed (a file that would not ingest, an unknown article id,
 * a store that would not open), 2 usage (an unknown command or option, a bad value).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function fail(message: string, code: number = EXIT.failure): never {
  process.stderr.write(`sitrep: ${message}\n`);
  process.exit(code);
}

function openEngine(flags: GlobalFlags, quiet = false): Engine {
  try {
    const config = loadConfig(flags);
    return Engine.open(config, { log: quiet ? undefined : (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    if (error instanceof ConfigError) fail(`config: ${error.message}`, EXIT.usage);
    fail((error as Error).message);
  }
}

function addOption(sub: Program, spec: OptionSpec): void {
  const flag = spec.type === 'boolean' ? `--${spec.name}` : `--${spec.name} <${spec.type === 'integer' ? 'n' : 'value'}>`;
  const option = new Option(flag, spec.description);
  if (spec.choices) option.choices(spec.choices.map((c) => c.value));
  sub.addOption(option);
}

/** A citation's unknowns as null ("date unknown" is no date), never left out or shown as words. */
function citationJson(c: Citation) {
  return { ...c, outlet: c.outlet ?? null, via: c.via ?? null, publishedAt: c.publishedAt ?? null, url: c.url ?? null, alsoIn: c.alsoIn.map((a) => ({ ...a, outlet: a.outlet ?? null, url: a.url ?? null })) };
}

/** The reply as JSON: unknowns are null, counts are numbers, and `total` says how many there are in all. */
function replyJson(reply: Reply): string {
  const { lang, usage, failed, ...rest } = reply;
  const items = reply.items.map((item) => (item.type === 'fact' ? item : { ...item, citation: citationJson(item.citation) }));
  return JSON.stringify({ ...rest, items, total: reply.total ?? reply.items.length, lang: lang ?? 'en' }, null, 2);
}

function printReply(reply: Reply, json: boolean, color: boolean): void {
  process.stdout.write(json ? `${replyJson(reply)}\n` : `${renderText(reply, { color })}\n`);
}

function exitCodeOf(reply: Reply): number {
  if (reply.usage) return EXIT.usage;
  return reply.failed || reply.kind === 'error' ? EXIT.failure : EXIT.ok;
}

/** `sitrep <command>` for every chat command, from the same declarations. */
function addChatCommand(program: Program, command: Command): void {
  const { data } = command;
  const positional = data.options.find((o) => o.type === 'string' && (o.required || o.name === 'query' || o.name === 'command'));
  const sub = program.command(data.name).description(data.description);
  if (positional) sub.argument(positional.required ? `<${positional.name}...>` : `[${positional.name}...]`, positional.description);
  for (const spec of data.options) if (spec !== positional && spec.name !== 'private') addOption(sub, spec);
  sub.option('--json', 'print the reply as JSON (items best first, empty when nothing was found)');
  sub.action(async (...args: unknown[]) => {
    const words = positional ? (args.shift() as string[] | undefined) : undefined;
    const flags = args.shift() as Record<string, string | boolean | undefined>;
    const { json, ...rest } = flags;
    const options: Record<string, string | boolean | undefined> = { ...rest };
    if (positional && words?.length) options[positional.name] = words.join(' ');
    const globals = program.opts<GlobalFlags>();
    const engine = openEngine(globals, Boolean(json));
    try {
      // --ui-lang decides; $LANG is a locale, which a question plainly in another language overrides.
      const reply = await runCommand(
        { engine, caller: { platform: 'cli', userId: process.env.USER ?? 'local', isAdmin: true, locale: uiLangOfEnv() }, now: new Date(), lang: globals.uiLang },
        { command, name: data.name, options },
      );
      printReply(reply, Boolean(json), globals.color !== false && process.stdout.isTTY === true);
      process.exitCode = exitCodeOf(reply);
    } finally {
      engine.close();
    }
  });
}

export function buildProgram(commands: Map<string, Command>): Program {
  const program = new Program('sitrep')
    .description('Sourced answers about the Russia–Ukraine war from the news: ask, brief, look up sources.')
    .version(VERSION, '--version', 'print the version')
    .option('--data-dir <dir>', 'where the store lives (default: $SITREP_DATA_DIR or ./data)')
    .option('--config <file>', 'settings file (default: $SITREP_CONFIG or ./sitrep.config.json)')
    .option('--no-color', 'plain text output')
    .addOption(new Option('--ui-lang <lang>', `the language Sitrep writes in: ${UI_LANGS.join(' or ')} (default: $SITREP_UI_LANG, $LANG)`).argParser(parseUiLang))
    .showHelpAfterError('(run sitrep --help for usage)')
    // Usage mistakes exit 2, as documented; --help and --version exit 0.
    .exitOverride((error: CommanderError) => {
      process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
    })
    .option('--no-terminal', 'do not run the terminal chat (serve Discord/Slack only)')
    .action(async (flags: { terminal?: boolean }) => {
      const engine = openEngine(program.opts<GlobalFlags>());
      try {
        // The chat adapters (discord.js, Bolt) load only to serve: a one-off `sitrep ask` does without them.
        const { serve } = await import('./serve.ts');
        await serve({
          engine,
          commands,
          terminal: flags.terminal === false ? false : undefined,
          color: program.opts<GlobalFlags>().color !== false && process.stdout.isTTY === true,
          uiLang: program.opts<GlobalFlags>().uiLang,
        });
      } catch (error) {
        if (error instanceof ConfigError) fail(error.message.split('\n').join('\nsitrep: '), EXIT.usage);
        throw error;
      } finally {
        engine.close();
      }
      // Stopped, the store closed and the index saved: a platform client still reconnecting does not hold the process.
      process.exit(0);
    });

  // `sitrep ingest` takes files, directories and URLs (the chat's takes one URL); a
  // subscription belongs to a chat channel, so subscribing is done in a chat.
  const chatOnly = new Set(['ingest', 'subscribe', 'unsubscribe']);
  for (const command of typedCommands(commands).values()) if (!chatOnly.has(command.data.name)) addChatCommand(program, command);

  program
    .command('ingest')
    .description('add articles from files, directories (.txt, .md, .html, .json, .jsonl) or web pages (http/https URLs)')
    .argument('<paths...>', 'files, directories (walked recursively) or URLs')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'print only failures and the summary (no line per article)')
    .action(async (inputs: string[], flags: { json?: boolean; quiet?: boolean }) => {
      const engine = openEngine(program.opts<GlobalFlags>(), true);
      const bar = !flags.json && process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;
      try {
        const show = (event: IngestEvent) => {
          if (flags.json) return;
          bar?.clear();
          if (event.status === 'failed') process.stderr.write(`sitrep: ${event.input}: ${event.reason}\n`);
          else if (!flags.quiet) process.stdout.write(`${event.status.padEnd(9)} ${event.input} → ${event.article!.id} ${outletLabel(event.article!)}: ${event.article!.title}\n`);
          for (const warning of event.warnings ?? []) process.stderr.write(`sitrep: ${event.input}: warning: ${warning}\n`);
          bar?.draw();
        };
        const urls = inputs.filter((input) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input));
        const summary = await engine.ingestFiles(inputs.filter((input) => !urls.includes(input)), show, new Date(), (done, total) => bar?.update(done, total));
        bar?.clear();
        for (const url of urls) {
          let event: IngestEvent;
          try {
            const { fetchArticle } = await import('./ingest/page.ts');
            event = engine.ingestDraft(await fetchArticle(url, { allowPrivate: engine.config.allowPrivateHosts }), url);
          } catch (error) {
            event = { input: url, status: 'failed', reason: error instanceof FetchError ? error.reason : (error as Error).message };
          }
          summary[event.status]++;
          summary.events.push(event);
          show(event);
        }
        engine.saveIndex();
        const line = `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`;
        if (flags.json) {
          const { events, ...counts } = summary;
          process.stdout.write(`${JSON.stringify({ ...counts, items: events.map((e) => ({ input: e.input, status: e.status, reason: e.reason, id: e.article?.id })) }, null, 2)}\n`);
        } else process.stdout.write(`${line}\n`);
        if (summary.failed) process.exitCode = EXIT.failure;
      } finally {
        engine.close();
      }
    });

  return program;
}

/** `--ui-lang id`, `--ui-lang id-ID`: one of the languages Sitrep writes. */
function parseUiLang(value: string): UiLang {
  const base = value.trim().toLowerCase().split(/[-_.]/)[0];
  if ((UI_LANGS as readonly string[]).includes(base)) return base as UiLang;
  throw new InvalidArgumentError(`Allowed choices are ${UI_LANGS.join(', ')}.`);
}

/** "[########------------]  812/2000 files" on stderr, redrawn at most ten times a second. */
class ProgressBar {
  private done = 0;
  private total = 0;
  private drawnAt = 0;
  private shown = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(done: number, total: number): void {
    this.done = done;
    this.total = total;
    if (total < 2) return;
    const now = Date.now();
    if (now - this.drawnAt >= 100 || done === total) this.draw(now);
  }

  draw(now = Date.now()): void {
    if (this.total < 2) return;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    this.out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(this.done).padStart(String(this.total).length)}/${this.total} files`);
    this.shown = true;
    this.drawnAt = now;
  }

  clear(): void {
    if (!this.shown) return;
    this.out.write('\r\x1b[2K');
    this.shown = false;
  }
}

export async function main(argv: string[], commands: Map<string, Command>): Promise<void> {
  loadDotEnv();
  await buildProgram(commands).parseAsync(argv);
}
