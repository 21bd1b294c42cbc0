import { Command as Program, Option } from 'commander';
import { outletLabel } from './articles/article.ts';
import type { Command, OptionSpec } from './chat/command.ts';
import { type Reply } from './chat/reply.ts';
import { renderText } from './chat/render-text.ts';
import { runCommand } from './chat/run-command.ts';
import { ConfigError, loadConfig, loadDotEnv } from './config.ts';
import { Engine, type IngestEvent } from './engine.ts';
import { FetchError } from './ingest/http.ts';
import { fetchArticle } from './ingest/page.ts';
import { serve } from './serve.ts';

interface GlobalFlags {
  dataDir?: string;
  config?: string;
  color?: boolean;
}

function fail(message: string, code = 1): never {
  process.stderr.write(`sitrep: ${message}\n`);
  process.exit(code);
}

function openEngine(flags: GlobalFlags, quiet = false): Engine {
  try {
    const config = loadConfig(flags);
    return Engine.open(config, { log: quiet ? undefined : (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    if (error instanceof ConfigError) fail(`config: ${error.message}`, 2);
    fail((error as Error).message);
  }
}

function addOption(sub: Program, spec: OptionSpec): void {
  const flag = spec.type === 'boolean' ? `--${spec.name}` : `--${spec.name} <${spec.type === 'integer' ? 'n' : 'value'}>`;
  const option = new Option(flag, spec.description);
  if (spec.choices) option.choices(spec.choices.map((c) => c.value));
  sub.addOption(option);
}

function printReply(reply: Reply, json: boolean, color: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(reply, null, 2)}\n` : `${renderText(reply, { color })}\n`);
}

/** `sitrep <command>` for every chat command, from the same declarations. */
function addChatCommand(program: Program, command: Command): void {
  const { data } = command;
  const positional = data.options.find((o) => o.type === 'string' && (o.required || o.name === 'query'));
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
      const reply = await runCommand(
        { engine, caller: { platform: 'cli', userId: process.env.USER ?? 'local', isAdmin: true }, now: new Date() },
        { command, name: data.name, options },
      );
      printReply(reply, Boolean(json), globals.color !== false && process.stdout.isTTY === true);
      if (reply.kind === 'error') process.exitCode = 2;
    } finally {
      engine.close();
    }
  });
}

export function buildProgram(commands: Map<string, Command>): Program {
  const program = new Program('sitrep')
    .description('Sourced answers about the Russia–Ukraine war from the news: ask, brief, look up sources.')
    .option('--data-dir <dir>', 'where the store lives (default: $SITREP_DATA_DIR or ./data)')
    .option('--config <file>', 'settings file (default: $SITREP_CONFIG or ./sitrep.config.json)')
    .option('--no-color', 'plain text output')
    .showHelpAfterError('(run sitrep --help for usage)')
    .option('--no-terminal', 'do not run the terminal chat (serve Discord/Slack only)')
    .action(async (flags: { terminal?: boolean }) => {
      const engine = openEngine(program.opts<GlobalFlags>());
      try {
        await serve({
          engine,
          commands,
          terminal: flags.terminal === false ? false : undefined,
          color: program.opts<GlobalFlags>().color !== false && process.stdout.isTTY === true,
        });
      } catch (error) {
        if (error instanceof ConfigError) fail(error.message.split('\n').join('\nsitrep: '), 2);
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
  for (const command of commands.values()) if (!chatOnly.has(command.data.name)) addChatCommand(program, command);

  program
    .command('ingest')
    .description('add articles from files, directories (.txt, .md, .html, .json, .jsonl) or web pages (http/https URLs)')
    .argument('<paths...>', 'files, directories (walked recursively) or URLs')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], flags: { json?: boolean }) => {
      const engine = openEngine(program.opts<GlobalFlags>(), true);
      try {
        const show = (event: IngestEvent) => {
          if (flags.json) return;
          if (event.status === 'failed') process.stderr.write(`sitrep: ${event.input}: ${event.reason}\n`);
          else process.stdout.write(`${event.status.padEnd(9)} ${event.input} → ${event.article!.id} ${outletLabel(event.article!)}: ${event.article!.title}\n`);
          for (const warning of event.warnings ?? []) process.stderr.write(`sitrep: ${event.input}: warning: ${warning}\n`);
        };
        const urls = inputs.filter((input) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input));
        const summary = engine.ingest(inputs.filter((input) => !urls.includes(input)), show);
        for (const url of urls) {
          let event: IngestEvent;
          try {
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
        if (summary.failed) process.exitCode = 1;
      } finally {
        engine.close();
      }
    });

  return program;
}

export async function main(argv: string[], commands: Map<string, Command>): Promise<void> {
  loadDotEnv();
  await buildProgram(commands).parseAsync(argv);
}
