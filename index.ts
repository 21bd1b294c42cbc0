#!/usr/bin/env node
import { commands } from './commands/index.ts';
import { main } from './src/cli.ts';

main(process.argv, commands).catch((error: Error) => {
  process.stderr.write(`sitrep: ${error.message}\n`);
  process.exit(1);
});
