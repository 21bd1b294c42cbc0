import { EventEmitter } from 'node:events';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Slack on 127.0.0.1: the Web API methods Sitrep calls
 * (/api/<method>), response_url endpoints (/respond/<n>) and the Socket Mode
 * WebSocket (/socket) that apps.connections.open hands out. It records what
 * it receives, and `waitFor` resolves when a matching record arrives.
 */

export const BOT_TOKEN = 'xoxb-1-stub-bot-token';
export const APP_TOKEN = 'xapp-1-A0001-stub-app-token';
export const TEAM_ID = 'T0001';
export const BOT_USER_ID = 'U0BOT';

export interface ApiCall {
  method: string;
  token?: string;
  args: Record<string, unknown>;
}

export interface Responded {
  url: string;
  body: Record<string, unknown>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface StubUser {
  is_admin?: boolean;
  is_owner?: boolean;
  /** Returned when users.info is asked with include_locale. */
  locale?: string;
}

type StubEvent = { kind: 'api'; call: ApiCall } | { kind: 'respond'; responded: Responded } | { kind: 'ack'; ack: SocketAck };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Web API client sends form fields, nested values JSON-encoded; some clients send JSON. */
function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    try {
      args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      args[key] = value;
    }
  }
  return args;
}

export class SlackStub {
  readonly calls: ApiCall[] = [];
  /** Channel id → the messages posted there, newest first. */
  readonly history = new Map<string, { ts: string; metadata?: unknown; [key: string]: unknown }[]>();
  private readonly lastTs = new Map<string, number>();
  readonly responded: Responded[] = [];
  /** response_url → the bodies posted to it, and those waiting for one: looked up by URL, not by scanning (the load benchmark waits on hundreds). */
  private readonly respondedByUrl = new Map<string, Record<string, unknown>[]>();
  private readonly responseWaiters = new Map<string, { nth: number; resolve: (body: Record<string, unknown>) => void }[]>();
  readonly acks: SocketAck[] = [];
  /** Users known to users.info, by id. */
  readonly users = new Map<string, StubUser>();
  /** Web API methods made to fail with this Slack error code. */
  readonly failures = new Map<string, string>();
  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private responseUrls = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<SlackStub> {
    const server = createServer();
    const stub = new SlackStub(server);
    server.on('request', (req, res) => {
      stub.handle(req, res).catch((error: Error) => {
        res.writeHead(500).end(error.message);
      });
    });
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      stub.wss.handleUpgrade(req, socket, head, (ws) => stub.accept(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** For the Web API client's `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh response_url, as Slack puts in each slash command and button press. */
  responseUrl(): string {
    return `${this.url}/respond/${++this.responseUrls}`;
  }

  private record(entry: StubEvent): void {
    this.events.emit('record', entry);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (req.method === 'POST' && path.startsWith('/respond/')) {
      const responded = { url: `${this.url}${path}`, body: JSON.parse(body) as Record<string, unknown> };
      this.responded.push(responded);
      const bodies = this.respondedByUrl.get(responded.url) ?? [];
      bodies.push(responded.body);
      this.respondedByUrl.set(responded.url, bodies);
      const waiters = this.responseWaiters.get(responded.url) ?? [];
      for (const waiter of waiters.filter((w) => w.nth === bodies.length)) waiter.resolve(responded.body);
      this.record({ kind: 'respond', responded });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method === 'POST' && path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const call = { method, token, args: parseArgs(body, req.headers['content-type']) };
      this.calls.push(call);
      this.record({ kind: 'api', call });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.answer(call)));
      return;
    }
    res.writeHead(404).end();
  }

  private answer(call: ApiCall): Record<string, unknown> {
    const failure = this.failures.get(call.method);
    if (failure) return { ok: false, error: failure };
    if (call.method === 'apps.connections.open') {
      if (call.token !== APP_TOKEN) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `${this.url.replace(/^http/, 'ws')}/socket?ticket=stub` };
    }
    if (call.token !== BOT_TOKEN) return { ok: false, error: 'invalid_auth' };
    switch (call.method) {
      case 'auth.test':
        return { ok: true, url: 'https://stub.slack.test/', team: 'Stub Team', user: 'sitrep', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: 'B0BOT' };
      case 'users.info': {
        const id = String(call.args.user);
        const user = this.users.get(id);
        if (!user) return { ok: false, error: 'user_not_found' };
        const locale = call.args.include_locale === true || call.args.include_locale === 'true' ? { locale: user.locale ?? 'en-US' } : {};
        return { ok: true, user: { id, team_id: TEAM_ID, name: id.toLowerCase(), is_admin: Boolean(user.is_admin), is_owner: Boolean(user.is_owner), ...locale } };
      }
      case 'chat.postMessage': {
        const channel = String(call.args.channel);
        // Slack's ts is unique per channel: seconds and microseconds.
        const ts = Math.max(Date.now() / 1000, (this.lastTs.get(channel) ?? 0) + 0.000001);
        this.lastTs.set(channel, ts);
        const message = { type: 'message', ts: ts.toFixed(6), text: call.args.text, bot_id: 'B0BOT', ...(call.args.metadata ? { metadata: call.args.metadata } : {}) };
        this.history.set(channel, [message, ...(this.history.get(channel) ?? [])]);
        return { ok: true, channel, ts: message.ts, message: { text: call.args.text } };
      }
      case 'conversations.history': {
        // Newest first, from `oldest` on, metadata only when asked for (as Slack does).
        const oldest = Number(call.args.oldest ?? 0);
        const messages = (this.history.get(String(call.args.channel)) ?? [])
          .filter((m) => Number(m.ts) >= oldest)
          .map(({ metadata, ...m }) => (String(call.args.include_all_metadata) === 'true' && metadata ? { ...m, metadata } : m));
        return { ok: true, messages, has_more: false };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      this.acks.push(ack);
      this.record({ kind: 'ack', ack });
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stub' }, connection_info: { app_id: 'A0001' } }));
  }

  /** Whether an app is connected over Socket Mode. */
  get socketCount(): number {
    return this.sockets.size;
  }

  /** Sends a Socket Mode envelope to every connected app; resolves with the app's acknowledgement. */
  async sendEnvelope(type: string, payload: Record<string, unknown>, timeoutMs = 5000): Promise<SocketAck> {
    const envelopeId = `env-${Math.random().toString(36).slice(2)}`;
    const acked = this.waitFor((r) => (r.kind === 'ack' && r.ack.envelope_id === envelopeId ? r.ack : undefined), timeoutMs, `an ack of ${type} envelope`);
    for (const ws of this.sockets) ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
    return acked;
  }

  waitForCall(method: string, timeoutMs = 5000, match: (call: ApiCall) => boolean = () => true): Promise<ApiCall> {
    const existing = this.calls.find((c) => c.method === method && match(c));
    if (existing) return Promise.resolve(existing);
    return this.waitFor((r) => (r.kind === 'api' && r.call.method === method && match(r.call) ? r.call : undefined), timeoutMs, `a ${method} call`);
  }

  /** The body posted to one response_url (the first, or the nth). */
  waitForResponse(url: string, timeoutMs = 5000, nth = 1): Promise<Record<string, unknown>> {
    const existing = this.respondedByUrl.get(url) ?? [];
    if (existing.length >= nth) return Promise.resolve(existing[nth - 1]);
    return new Promise((resolve, reject) => {
      const waiters = this.responseWaiters.get(url) ?? [];
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for a post to ${url}`)), timeoutMs);
      waiters.push({ nth, resolve: (body) => (clearTimeout(timer), resolve(body)) });
      this.responseWaiters.set(url, waiters);
    });
  }


  private waitFor<T>(pick: (entry: StubEvent) => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onRecord = (entry: StubEvent) => {
        const found = pick(entry);
        if (found === undefined) return;
        clearTimeout(timer);
        this.events.off('record', onRecord);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.events.off('record', onRecord);
        reject(new Error(`Slack stub: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on('record', onRecord);
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
