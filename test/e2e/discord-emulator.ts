/**
 * A local stand-in for Discord, for end-to-end tests of the real discord.js
 * client. On 127.0.0.1 only:
 *   REST      GET /gateway/bot, interaction callbacks, webhook edits, deletes and
 *             follow-ups of interaction messages, bulk command registration;
 *   gateway   HELLO, heartbeat ACK, IDENTIFY → READY → GUILD_CREATE, then the
 *             INTERACTION_CREATE dispatches the tests send.
 * It enforces what Discord enforces and the tests rely on: the bot token on
 * authenticated routes, no privileged intents, the 3-second response window,
 * one acknowledgement per interaction, and the documented message and command
 * limits (answered with Discord's own error codes).
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  type GuildMemberFlags,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface EmulatorOptions {
  token: string;
  applicationId: string;
  /** Discord's default is ~41 s; short here so heartbeats happen during a test. */
  heartbeatIntervalMs?: number;
  /** How long an interaction may go unacknowledged (Discord: 3 s). */
  responseWindowMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json;
  authorization?: string;
  status: number;
}

export interface TestUser {
  id: string;
  username: string;
  permissions: bigint;
}

/** Everything that happened to one dispatched interaction. */
export interface InteractionRecord {
  payload: Json;
  dispatchedAt: number;
  callback?: { type: number; data?: Json; at: number };
  /** PATCH bodies of @original, in order. */
  edits: Json[];
  followups: Json[];
  deleted: boolean;
  /** The message @original refers to, as it stands. */
  original?: APIMessage;
  /** When the first edit or follow-up after a deferral arrived. */
  answeredAt?: number;
}

export const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.UseApplicationCommands;
export const ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;
const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** How long Discord remembers a message nonce for `enforce_nonce`. */
const NONCE_WINDOW_MS = 5 * 60_000;

export function snowflake(at = Date.now()): string {
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (snowflakeIncrement++ & 0xfffn)).toString();
}

export function testUser(username: string, permissions = MEMBER_PERMISSIONS): TestUser {
  return { id: snowflake(), username, permissions };
}

class DiscordError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Json,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- limits

type Problems = Map<string, string>;

function maxLength(problems: Problems, path: string, value: unknown, max: number, min = 0): void {
  if (value === undefined || value === null) {
    if (min > 0) problems.set(path, 'This field is required');
    return;
  }
  const length = String(value).length;
  if (length > max) problems.set(path, `Must be ${max} or fewer in length.`);
  if (length < min) problems.set(path, `Must be ${min} or more in length.`);
}

/** Discord's documented message limits, checked as Discord checks them. */
export function messageProblems(data: Json): Problems {
  const problems: Problems = new Map();
  maxLength(problems, 'content', data.content, 2000);
  const embeds: Json[] = data.embeds ?? [];
  if (embeds.length > 10) problems.set('embeds', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embeds.${i}`;
    maxLength(problems, `${at}.title`, embed.title, 256);
    maxLength(problems, `${at}.description`, embed.description, 4096);
    maxLength(problems, `${at}.footer.text`, embed.footer?.text, 2048);
    maxLength(problems, `${at}.author.name`, embed.author?.name, 256);
    const fields: Json[] = embed.fields ?? [];
    if (fields.length > 25) problems.set(`${at}.fields`, 'Must be 25 or fewer in length.');
    fields.forEach((field, j) => {
      maxLength(problems, `${at}.fields.${j}.name`, field.name, 256, 1);
      maxLength(problems, `${at}.fields.${j}.value`, field.value, 1024, 1);
      total += String(field.name ?? '').length + String(field.value ?? '').length;
    });
    for (const text of [embed.title, embed.description, embed.footer?.text, embed.author?.name]) total += String(text ?? '').length;
  });
  if (total > 6000) problems.set('embeds', `Embed size exceeds maximum size of 6000 (${total})`);
  const rows: Json[] = data.components ?? [];
  if (rows.length > 5) problems.set('components', 'Must be 5 or fewer in length.');
  const customIds = new Set<string>();
  rows.forEach((row, i) => {
    if (row.type !== ComponentType.ActionRow) problems.set(`components.${i}.type`, 'Value must be an action row');
    const buttons: Json[] = row.components ?? [];
    if (buttons.length < 1 || buttons.length > 5) problems.set(`components.${i}.components`, 'Must be between 1 and 5 in length.');
    buttons.forEach((button, j) => {
      maxLength(problems, `components.${i}.components.${j}.label`, button.label, 80);
      maxLength(problems, `components.${i}.components.${j}.custom_id`, button.custom_id, 100, 1);
      if (customIds.has(button.custom_id)) problems.set(`components.${i}.components.${j}.custom_id`, 'Component custom id cannot be duplicated');
      customIds.add(button.custom_id);
    });
  });
  return problems;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
/** Discord's locales (https://discord.com/developers/docs/reference#locales). */
const DISCORD_LOCALES = new Set(['id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko']);

/** Discord's documented limits for one application command (CHAT_INPUT). */
export function commandProblems(command: Json): Problems {
  const problems: Problems = new Map();
  const name = (path: string, value: unknown) => {
    if (typeof value !== 'string' || !COMMAND_NAME.test(value) || value !== value.toLowerCase()) problems.set(path, 'Invalid application command name');
  };
  const localizations = (path: string, value: Json | undefined, check: (path: string, text: unknown) => void) => {
    for (const [locale, text] of Object.entries(value ?? {})) {
      if (!DISCORD_LOCALES.has(locale)) problems.set(`${path}.${locale}`, 'Invalid locale');
      else check(`${path}.${locale}`, text);
    }
  };
  const named = (path: string, object: Json) => {
    name(`${path}name`, object.name);
    maxLength(problems, `${path}description`, object.description, 100, 1);
    localizations(`${path}name_localizations`, object.name_localizations, name);
    localizations(`${path}description_localizations`, object.description_localizations, (at, text) => maxLength(problems, at, text, 100, 1));
  };
  named('', command);
  const options: Json[] = command.options ?? [];
  if (options.length > 25) problems.set('options', 'Must be 25 or fewer in length.');
  let optionalSeen = false;
  options.forEach((option, i) => {
    named(`options.${i}.`, option);
    (option.choices ?? []).forEach((choice: Json, j: number) => localizations(`options.${i}.choices.${j}.name_localizations`, choice.name_localizations, (at, text) => maxLength(problems, at, text, 100, 1)));
    if (option.required && optionalSeen) problems.set(`options.${i}.required`, 'Required options must be placed before non-required options');
    if (!option.required) optionalSeen = true;
    if (option.choices && option.autocomplete) problems.set(`options.${i}.autocomplete`, 'Autocomplete cannot be set on an option with choices');
    if ((option.choices ?? []).length > 25) problems.set(`options.${i}.choices`, 'Must be 25 or fewer in length.');
    for (const key of ['min_length', 'max_length']) {
      if (option[key] !== undefined && (option[key] < 0 || option[key] > 6000)) problems.set(`options.${i}.${key}`, 'Must be between 0 and 6000');
    }
  });
  if (command.default_member_permissions !== undefined && command.default_member_permissions !== null && !/^\d+$/.test(command.default_member_permissions)) {
    problems.set('default_member_permissions', 'Must be a permission bitfield string');
  }
  return problems;
}

/** Discord's nested `errors` object of an Invalid Form Body (50035). */
function formErrors(problems: Problems, prefix = ''): Json {
  const errors: Json = {};
  for (const [path, message] of problems) {
    let node = errors;
    for (const key of `${prefix}${path}`.split('.')) node = node[key] ??= {};
    node._errors = [{ code: 'BASE_TYPE_INVALID', message }];
  }
  return errors;
}

function assertValid(problems: Problems, prefix = ''): void {
  if (problems.size) throw new DiscordError(400, 50035, 'Invalid Form Body', formErrors(problems, prefix));
}

// ---------------------------------------------------------------- the emulator

interface GatewaySession {
  socket: WebSocket;
  sequence: number;
  identified: boolean;
}

export class DiscordEmulator extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: Json[] = [];
  /** Registered commands by scope: "global" or a guild id. */
  readonly commands = new Map<string, Json[]>();
  /** Messages the bot posted on its own (not as an answer), by channel. */
  readonly channelMessages: { channelId: string; body: Json; message: APIMessage }[] = [];
  /** Crash tests: channel posts get no answer, the message either not created or created. */
  holdChannelPosts?: 'before-posting' | 'after-posting';
  heartbeats = 0;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser: APIUser;
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly sessions = new Set<GatewaySession>();
  private readonly wss: WebSocketServer;
  private readonly heartbeatIntervalMs: number;
  private readonly responseWindowMs: number;
  private port = 0;

  private constructor(
    private readonly options: EmulatorOptions,
    private readonly server: Server,
  ) {
    super();
    this.setMaxListeners(100);
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 250;
    this.responseWindowMs = options.responseWindowMs ?? 3000;
    this.botUser = { id: options.applicationId, username: 'Sitrep', discriminator: '0', global_name: null, avatar: null, bot: true };
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.onConnection(socket));
    server.on('request', (req, res) => void this.onRequest(req, res));
  }

  static async start(options: EmulatorOptions): Promise<DiscordEmulator> {
    const server = createServer();
    const emulator = new DiscordEmulator(options, server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    emulator.port = (server.address() as AddressInfo).port;
    return emulator;
  }

  /** The REST base for discord.js's `rest.api` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with check()'s value once it is truthy (checked on every change), or fails after timeoutMs. */
  waitUntil<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (!value) return false;
        stop();
        resolve(value);
        return true;
      };
      const onChange = () => void attempt();
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const stop = () => {
        clearTimeout(timer);
        this.off('change', onChange);
      };
      this.on('change', onChange);
      attempt();
    });
  }

  // -------------------------------------------------------------- messages the tests send

  /** Threads the bot started, by id (a thread started from a message has that message's id). */
  readonly threads = new Map<string, { parentId: string; name: string }>();

  /**
   * A user's message in a channel or thread (MESSAGE_CREATE). As Discord does for a bot without the
   * message-content intent, its words arrive only when it mentions the bot.
   */
  userMessage(user: TestUser, content: string, options: { channelId?: string; mentionsBot?: boolean } = {}): APIMessage {
    const channelId = options.channelId ?? this.channelId;
    const mentionsBot = options.mentionsBot ?? content.includes(`<@${this.botUser.id}>`);
    const message = {
      id: snowflake(),
      channel_id: channelId,
      guild_id: this.guildId,
      author: this.memberOf(user).user,
      member: { ...this.memberOf(user), user: undefined },
      content: mentionsBot ? content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentionsBot ? [this.botUser] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: MessageType.Default,
    };
    this.dispatch(GatewayDispatchEvents.MessageCreate, message);
    return message as unknown as APIMessage;
  }

  /** POST /channels/{id}/messages/{message}/threads: a public thread from a message, owned by the bot. */
  private startThread(channelId: string, messageId: string, body: Json): Json {
    if (channelId !== this.channelId) throw new DiscordError(404, 10003, 'Unknown Channel');
    if (!body.name || String(body.name).length > 100) throw new DiscordError(400, 50035, 'Invalid Form Body', { name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } });
    if (this.threads.has(messageId)) throw new DiscordError(400, 160004, 'A thread has already been created for this message');
    this.threads.set(messageId, { parentId: channelId, name: body.name });
    const thread = {
      id: messageId,
      type: ChannelType.PublicThread,
      guild_id: this.guildId,
      parent_id: channelId,
      owner_id: this.botUser.id,
      name: body.name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: { archived: false, auto_archive_duration: body.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
    };
    this.dispatch(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    return thread;
  }

  // -------------------------------------------------------------- interactions the tests send

  private memberOf(user: TestUser): APIInteractionGuildMember {
    return {
      user: { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null },
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      premium_since: null,
      pending: false,
      nick: null,
      avatar: null,
      permissions: user.permissions.toString(),
    };
  }

  private baseInteraction(user: TestUser) {
    return {
      id: snowflake(),
      application_id: this.options.applicationId,
      token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
      version: 1 as const,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: Locale.EnglishUS, features: [] },
      channel: { id: this.channelId, type: ChannelType.GuildText as const, guild_id: this.guildId, name: 'general' },
      channel_id: this.channelId,
      member: this.memberOf(user),
      app_permissions: (PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ViewChannel).toString(),
      locale: Locale.EnglishUS,
      guild_locale: Locale.EnglishUS,
      entitlements: [],
      authorizing_integration_owners: { [0]: this.guildId },
      context: InteractionContextType.Guild,
      attachment_size_limit: 10 * 1024 * 1024,
    };
  }

  private commandId(name: string): string {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return found.id;
    }
    return snowflake();
  }

  private optionsOf(values: Record<string, string | number | boolean>, focused?: string): APIApplicationCommandInteractionDataBasicOption[] {
    return Object.entries(values).map(([name, value]) => {
      const extra = name === focused ? { focused: true } : {};
      if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
      if (typeof value === 'number') return { name, type: ApplicationCommandOptionType.Integer, value, ...extra };
      return { name, type: ApplicationCommandOptionType.String, value, ...extra };
    });
  }

  slashCommand(user: TestUser, name: string, values: Record<string, string | number | boolean> = {}): APIChatInputApplicationCommandGuildInteraction {
    return {
      ...this.baseInteraction(user),
      type: InteractionType.ApplicationCommand,
      data: { id: this.commandId(name), name, type: ApplicationCommandType.ChatInput, options: this.optionsOf(values), guild_id: this.guildId },
    };
  }

  autocomplete(user: TestUser, name: string, values: Record<string, string | number | boolean>, focused: string): APIApplicationCommandAutocompleteGuildInteraction {
    return {
      ...this.baseInteraction(user),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { id: this.commandId(name), name, type: ApplicationCommandType.ChatInput, options: this.optionsOf(values, focused), guild_id: this.guildId },
    };
  }

  buttonPress(user: TestUser, message: APIMessage, customId: string): APIMessageComponentButtonInteraction {
    return {
      ...this.baseInteraction(user),
      type: InteractionType.MessageComponent,
      message,
      data: { custom_id: customId, component_type: ComponentType.Button },
    };
  }

  /** Sends an INTERACTION_CREATE to the connected bot; the record fills in as the bot answers. */
  dispatchInteraction(payload: Json): InteractionRecord {
    const record: InteractionRecord = { payload, dispatchedAt: Date.now(), edits: [], followups: [], deleted: false };
    this.interactions.set(payload.token, record);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return record;
  }

  /** Resolves when the interaction has its answer: an immediate response, or the edit or follow-up after a deferral. */
  answered(record: InteractionRecord, timeoutMs = 5000): Promise<InteractionRecord> {
    return this.waitUntil(() => {
      const type = record.callback?.type;
      if (type === undefined) return undefined;
      const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource || type === InteractionResponseType.DeferredMessageUpdate;
      return !deferred || record.edits.length || record.followups.length ? record : undefined;
    }, `the answer to interaction ${record.payload.data?.name ?? record.payload.data?.custom_id}`, timeoutMs);
  }

  // -------------------------------------------------------------- gateway

  private send(session: GatewaySession, payload: Json): void {
    session.socket.send(JSON.stringify(payload));
  }

  /** Whether a bot is connected and identified (a bot that missed its heartbeats reconnects). */
  get connected(): boolean {
    return [...this.sessions].some((s) => s.identified);
  }

  private dispatch(event: string, data: Json): void {
    const sessions = [...this.sessions].filter((s) => s.identified);
    if (!sessions.length) throw new Error(`no identified gateway session to receive ${event}`);
    for (const session of sessions) this.send(session, { op: GatewayOpcodes.Dispatch, t: event, s: ++session.sequence, d: data });
  }

  private onConnection(socket: WebSocket): void {
    const session: GatewaySession = { socket, sequence: 0, identified: false };
    this.sessions.add(session);
    socket.on('close', () => {
      this.sessions.delete(session);
      this.emit('change');
    });
    socket.on('message', (raw) => {
      let payload: Json;
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      this.onGatewayMessage(session, payload);
      this.emit('change');
    });
    this.send(session, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private onGatewayMessage(session: GatewaySession, payload: Json): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats++;
        this.send(session, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify: {
        const identify = payload.d;
        if (identify.token !== this.options.token) return void session.socket.close(4004, 'Authentication failed.');
        if (identify.intents & PRIVILEGED_INTENTS) return void session.socket.close(4014, 'Disallowed intent(s).');
        this.identifies.push(identify);
        session.identified = true;
        this.dispatch(GatewayDispatchEvents.Ready, {
          v: 10,
          user: this.botUser,
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: randomBytes(16).toString('hex'),
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.options.applicationId, flags: 0 },
        });
        this.dispatch(GatewayDispatchEvents.GuildCreate, this.guildCreate());
        return;
      }
      case GatewayOpcodes.Resume:
        // Sessions are not kept: tell the client to identify afresh.
        this.send(session, { op: GatewayOpcodes.InvalidSession, d: false });
        return;
      default:
        return;
    }
  }

  private guildCreate(): Json {
    return {
      id: this.guildId,
      name: 'Sitrep test server',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: this.guildId, name: '@everyone', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: MEMBER_PERMISSIONS.toString(), managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [{ id: this.channelId, type: ChannelType.GuildText, guild_id: this.guildId, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // -------------------------------------------------------------- REST

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: undefined, status: 0 };
    if (req.headers.authorization) recorded.authorization = req.headers.authorization;
    let status = 200;
    let body: Json;
    try {
      recorded.body = await readJson(req);
      const pathname = decodeURIComponent(url.pathname);
      recorded.path = pathname;
      const path = pathname.replace(/^\/api\/v10(?=\/)/, '');
      if (path === pathname) throw new DiscordError(404, 0, '404: Not Found');
      const hold = recorded.method === 'POST' && /^\/channels\/\d+\/messages$/.test(path) ? this.holdChannelPosts : undefined;
      if (hold === 'before-posting') {
        // The request reached Discord, which never handles it: the sender waits until it gives up or dies.
        this.requests.push(recorded);
        this.emit('change');
        return;
      }
      ({ status, body } = this.route(recorded.method, path, url.searchParams, recorded));
      if (hold === 'after-posting') {
        // The message is in the channel; the answer saying so never reaches the sender.
        this.requests.push(recorded);
        this.emit('change');
        return;
      }
    } catch (error) {
      if (!(error instanceof DiscordError)) throw error;
      status = error.status;
      body = { message: error.message, code: error.code, ...(error.errors && { errors: error.errors }) };
    }
    recorded.status = status;
    this.requests.push(recorded);
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    this.emit('change');
  }

  private authenticate(request: RecordedRequest): void {
    if (request.authorization !== `Bot ${this.options.token}`) throw new DiscordError(401, 0, '401: Unauthorized');
  }

  private route(method: string, path: string, query: URLSearchParams, request: RecordedRequest): { status: number; body?: Json } {
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      this.authenticate(request);
      return { status: 200, body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } } };
    }
    if (method === 'POST' && (match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.interactionCallback(match[1], match[2], request.body, query.get('with_response') === 'true');
    }
    if ((match = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(path))) {
      return this.webhookMessage(method, match[1], match[2], match[3], request.body);
    }
    if (method === 'POST' && (match = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path))) {
      return this.followup(match[1], match[2], request.body);
    }
    if (method === 'GET' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      this.authenticate(request);
      return { status: 200, body: this.channelHistory(match[1], query) };
    }
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      this.authenticate(request);
      return { status: 201, body: this.startThread(match[1], match[2], request.body) };
    }
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      this.authenticate(request);
      return { status: 200, body: this.postToChannel(match[1], request.body) };
    }
    if ((match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      this.authenticate(request);
      if (match[1] !== this.options.applicationId) throw new DiscordError(403, 50001, 'Missing Access');
      const scope = match[2] ?? 'global';
      if (method === 'GET') return { status: 200, body: this.commands.get(scope) ?? [] };
      if (method === 'PUT') return { status: 200, body: this.overwriteCommands(scope, request.body) };
    }
    throw new DiscordError(404, 0, '404: Not Found');
  }

  private overwriteCommands(scope: string, body: Json): Json[] {
    if (!Array.isArray(body)) throw new DiscordError(400, 50035, 'Invalid Form Body', { _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array' }] });
    if (body.length > 100) throw new DiscordError(400, 30032, 'Maximum number of application commands reached (100)');
    const problems: Problems = new Map();
    body.forEach((command, i) => {
      for (const [path, message] of commandProblems(command)) problems.set(`${i}.${path}`, message);
    });
    assertValid(problems);
    const registered = body.map((command) => ({
      id: snowflake(),
      application_id: this.options.applicationId,
      ...(scope !== 'global' && { guild_id: scope }),
      version: snowflake(),
      type: ApplicationCommandType.ChatInput,
      default_member_permissions: null,
      ...command,
    }));
    this.commands.set(scope, registered);
    return registered;
  }

  private postToChannel(channelId: string, body: Json): APIMessage {
    if (channelId !== this.channelId && !this.threads.has(channelId)) throw new DiscordError(404, 10003, 'Unknown Channel');
    assertValid(messageProblems(body));
    if ((body.flags ?? 0) & MessageFlags.Ephemeral) throw new DiscordError(400, 50035, 'Invalid Form Body', { flags: { _errors: [{ code: 'MESSAGE_FLAGS_INVALID', message: 'Only ephemeral responses to interactions may be ephemeral' }] } });
    if (!body.content && !body.embeds?.length) throw new DiscordError(400, 50006, 'Cannot send an empty message');
    if (body.nonce !== undefined && String(body.nonce).length > 25) throw new DiscordError(400, 50035, 'Invalid Form Body', { nonce: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 25 or fewer in length.' }] } });
    if (body.enforce_nonce && body.nonce !== undefined) {
      // Discord: the same author and nonce within the last few minutes returns the message already created.
      const recent = this.channelMessages.find((m) => m.channelId === channelId && m.body.nonce === body.nonce && Date.now() - Date.parse(m.message.timestamp) < NONCE_WINDOW_MS);
      if (recent) return recent.message;
    }
    const message = this.botMessage(channelId, body, MessageType.Default);
    this.channelMessages.push({ channelId, body, message });
    return message;
  }

  /** GET /channels/{id}/messages: newest first, `after` a snowflake, at most `limit` (≤ 100). */
  private channelHistory(channelId: string, query: URLSearchParams): APIMessage[] {
    if (channelId !== this.channelId) throw new DiscordError(404, 10003, 'Unknown Channel');
    const after = BigInt(query.get('after') ?? '0');
    const limit = Math.min(100, Number(query.get('limit') ?? 50));
    const newer = this.channelMessages.filter((m) => m.channelId === channelId && BigInt(m.message.id) > after);
    // With `after`, Discord pages forward from it: the oldest `limit` of those newer, returned newest first.
    return newer.slice(0, limit).map((m) => m.message).reverse();
  }

  private record(id: string | undefined, token: string): InteractionRecord {
    const record = this.interactions.get(token);
    if (!record || (id !== undefined && record.payload.id !== id)) throw new DiscordError(404, 10062, 'Unknown interaction');
    return record;
  }

  /** A message the bot wrote, as Discord returns it. */
  private botMessage(channelId: string, data: Json, type: MessageType): APIMessage {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: data.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      pinned: false,
      type,
    };
  }

  private newMessage(record: InteractionRecord, data: Json, flags: number): APIMessage {
    const payload = record.payload;
    return {
      ...this.botMessage(this.channelId, data, payload.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Reply),
      flags,
      application_id: this.options.applicationId,
      webhook_id: this.options.applicationId,
      interaction_metadata: {
        id: payload.id,
        type: payload.type,
        user: payload.member.user,
        authorizing_integration_owners: payload.authorizing_integration_owners,
      } as APIMessage['interaction_metadata'],
    };
  }

  private interactionCallback(id: string, token: string, body: Json, withResponse: boolean): { status: number; body?: Json } {
    const record = this.record(id, token);
    if (Date.now() - record.dispatchedAt > this.responseWindowMs) throw new DiscordError(404, 10062, 'Unknown interaction');
    if (record.callback) throw new DiscordError(400, 40060, 'Interaction has already been acknowledged.');
    const { type, data = {} } = body ?? {};
    const kind = record.payload.type;
    const isComponent = kind === InteractionType.MessageComponent;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        assertValid(messageProblems(data), 'data.');
        if (!data.content && !data.embeds?.length && !data.components?.length) throw new DiscordError(400, 50006, 'Cannot send an empty message');
        record.original = this.newMessage(record, data, data.flags ?? 0);
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        record.original = this.newMessage(record, {}, (data.flags ?? 0) | MessageFlags.Loading);
        break;
      case InteractionResponseType.DeferredMessageUpdate:
        if (!isComponent) throw new DiscordError(400, 40004, 'Interaction callback type only valid for component interactions');
        record.original = structuredClone(record.payload.message);
        break;
      case InteractionResponseType.UpdateMessage:
        if (!isComponent) throw new DiscordError(400, 40004, 'Interaction callback type only valid for component interactions');
        assertValid(messageProblems(data), 'data.');
        record.original = { ...structuredClone(record.payload.message), ...pickMessageFields(data), edited_timestamp: new Date().toISOString() };
        break;
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        if (kind !== InteractionType.ApplicationCommandAutocomplete) throw new DiscordError(400, 40004, 'Interaction callback type only valid for autocomplete');
        const problems: Problems = new Map();
        const choices: Json[] = data.choices ?? [];
        if (choices.length > 25) problems.set('choices', 'Must be 25 or fewer in length.');
        choices.forEach((choice, i) => {
          maxLength(problems, `choices.${i}.name`, choice.name, 100, 1);
          maxLength(problems, `choices.${i}.value`, choice.value, 100, 1);
        });
        assertValid(problems, 'data.');
        break;
      }
      default:
        throw new DiscordError(400, 50035, 'Invalid Form Body', { type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${Object.values(InteractionResponseType).filter(Number.isInteger).join(', ')}.` }] } });
    }
    record.callback = { type, data: body.data, at: Date.now() };
    if (!withResponse) return { status: 204 };
    return { status: 200, body: { interaction: { id, type: kind, activity_instance_id: null, response_message_id: record.original?.id, response_message_loading: false, response_message_ephemeral: Boolean((record.original?.flags ?? 0) & MessageFlags.Ephemeral) }, resource: { type, message: record.original } } };
  }

  private acknowledged(applicationId: string, token: string): InteractionRecord {
    if (applicationId !== this.options.applicationId) throw new DiscordError(404, 10015, 'Unknown Webhook');
    const record = this.record(undefined, token);
    if (!record.callback || !record.original) throw new DiscordError(404, 10008, 'Unknown Message');
    return record;
  }

  private webhookMessage(method: string, applicationId: string, token: string, messageId: string, body: Json): { status: number; body?: Json } {
    const record = this.acknowledged(applicationId, token);
    if (messageId !== '@original' || record.deleted) throw new DiscordError(404, 10008, 'Unknown Message');
    const original = record.original!;
    switch (method) {
      case 'GET':
        return { status: 200, body: original };
      case 'PATCH': {
        assertValid(messageProblems(body));
        record.edits.push(body);
        record.answeredAt ??= Date.now();
        record.original = { ...original, ...pickMessageFields(body), flags: (original.flags ?? 0) & ~MessageFlags.Loading, edited_timestamp: new Date().toISOString() };
        return { status: 200, body: record.original };
      }
      case 'DELETE':
        record.deleted = true;
        return { status: 204 };
      default:
        throw new DiscordError(405, 0, '405: Method Not Allowed');
    }
  }

  private followup(applicationId: string, token: string, body: Json): { status: number; body?: Json } {
    const record = this.acknowledged(applicationId, token);
    assertValid(messageProblems(body));
    record.followups.push(body);
    record.answeredAt ??= Date.now();
    return { status: 200, body: this.newMessage(record, body, body.flags ?? 0) };
  }
}

function pickMessageFields(data: Json): Partial<APIMessage> {
  const fields: Partial<APIMessage> = {};
  for (const key of ['content', 'embeds', 'components'] as const) if (data[key] !== undefined) fields[key] = data[key];
  return fields;
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (!chunks.length) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new DiscordError(400, 50109, 'The request body contains invalid JSON.');
  try {
    return JSON.parse(text);
  } catch {
    throw new DiscordError(400, 50109, 'The request body contains invalid JSON.');
  }
}
