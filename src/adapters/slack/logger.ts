import { LogLevel, type Logger } from '@slack/bolt';
import type { Log } from '../../chat/run-command.ts';

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

function line(args: unknown[]): string {
  return args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

/** Bolt's and the Slack SDK's log lines, into Sitrep's log with a [slack] prefix. */
export function boltLogger(log: Log, initial: LogLevel = LogLevel.INFO): Logger {
  let level = initial;
  let name = 'slack';
  const at = (wanted: LogLevel) => (...args: unknown[]) => {
    if (ORDER.indexOf(wanted) >= ORDER.indexOf(level)) log(`[${name}] ${wanted === LogLevel.INFO ? '' : `${wanted}: `}${line(args)}`);
  };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      // Bolt and the SDK name their loggers ("bolt-app", "socket-mode:…"); one prefix reads better.
      name = next.startsWith('slack') ? next : `slack ${next}`;
    },
  };
}
