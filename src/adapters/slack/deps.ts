import type { Command } from '../../chat/command.ts';
import type { RateLimiter } from '../../chat/rate-limit.ts';
import type { Log } from '../../chat/run-command.ts';
import type { Engine } from '../../engine.ts';
import type { SlackUsers } from './users.ts';

/** What the listeners need, built once by startSlack. */
export interface SlackDeps {
  engine: Engine;
  commands: Map<string, Command>;
  users: SlackUsers;
  askLimiter: RateLimiter;
  log: Log;
  /** Answers ready within this go back in the acknowledgement; slower ones through response_url. */
  ackWithinMs: number;
}

/** Who acted, where: from a slash command or a button press. */
export interface SlackActor {
  userId: string;
  teamId?: string;
  channelId?: string;
}
