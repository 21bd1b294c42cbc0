import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type Ipaddr from 'ipaddr.js';
import { lazyRequire } from '../lazy-require.ts';

const ipaddrLib = lazyRequire<typeof Ipaddr>('ipaddr.js');

export const USER_AGENT = 'Sitrep/0.1 (news briefing chat-bot; feed reader)';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface HttpOptions {
  /** The whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Until the TCP connection of each hop is up. */
  connectTimeoutMs?: number;
  /** Of the body, both as sent and once decompressed. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Host names or IP addresses that may be fetched although they are private (config `allowPrivateHosts`). */
  allowPrivate?: readonly string[];
  accept?: string;
  /** Validators from the last response: a 304 then means "unchanged". */
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  /** Decompressed; empty for a 304. */
  body: Buffer;
  /** The media type alone, lower case ("application/rss+xml"). */
  contentType?: string;
  charset?: string;
  etag?: string;
  lastModified?: string;
}

/** Why a URL could not be fetched, in one line: the URL and the reason. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
    /** From a 429 or 503 with Retry-After. */
    readonly retryAfterMs?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
  }
}

/**
 * IPv6 ranges that carry an IPv4 address, which then decides. IPv4-translated
 * (::ffff:0:0/96) is not among them: it is never a public destination.
 */
const EMBEDS_IPV4 = new Set(['ipv4Mapped', '6to4']);

function embeddedIpv4(address: Ipaddr.IPv6, range: string): Ipaddr.IPv4 {
  const bytes = address.toByteArray();
  // 6to4 (2002:AABB:CCDD::/48) holds it right after the prefix; the others at the end.
  const at = range === '6to4' ? 2 : 12;
  return new (ipaddrLib().IPv4)(bytes.slice(at, at + 4));
}

/**
 * True for every address that is not plain public unicast: loopback, private,
 * link-local, CGNAT, multicast, reserved, documentation, discard, and the IPv6
 * forms that embed an IPv4 address which is itself not public. The ranges are
 * ipaddr.js's (IANA special-purpose registries), not a list kept here.
 */
export function isPrivateAddress(address: string): boolean {
  const text = address.split('%')[0];
  if (!ipaddrLib().isValid(text)) return true;
  const parsed = ipaddrLib().parse(text);
  const range = parsed.range();
  if (parsed.kind() === 'ipv4') return range !== 'unicast';
  const v6 = parsed as Ipaddr.IPv6;
  if (EMBEDS_IPV4.has(range)) return isPrivateAddress(embeddedIpv4(v6, range).toString());
  if (range === 'rfc6052') {
    // Only the well-known NAT64 prefix is global; local-use 64:ff9b:1::/48 is a site's own.
    const wellKnown = v6.match(ipaddrLib().IPv6.parse('64:ff9b::'), 96);
    return !wellKnown || isPrivateAddress(embeddedIpv4(v6, range).toString());
  }
  // The deprecated IPv4-compatible form (::a.b.c.d) is "unicast" to ipaddr.js.
  if (v6.match(ipaddrLib().IPv6.parse('::'), 96)) return true;
  return range !== 'unicast';
}

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

function allowed(allowPrivate: readonly string[] | undefined, ...names: string[]): boolean {
  if (!allowPrivate?.length) return false;
  const allow = new Set(allowPrivate.map(normalizeHost));
  return names.some((name) => allow.has(normalizeHost(name)));
}

const ALLOW_HINT = 'add it to "allowPrivateHosts" in the config to allow it';

/**
 * Checks what can be known without the network: an http(s) URL whose host,
 * if it is an IP address, is public (or explicitly allowed). Returns the parsed URL.
 */
export function checkFetchableUrl(raw: string, allowPrivate?: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(raw, `only http and https URLs can be fetched (got ${url.protocol})`);
  const host = normalizeHost(url.hostname);
  if (isIP(host) && isPrivateAddress(host) && !allowed(allowPrivate, host)) {
    throw new FetchError(url.href, `refused: ${host} is a private or local address (${ALLOW_HINT})`);
  }
  return url;
}

/**
 * A DNS lookup that refuses private answers and hands Node exactly the
 * addresses it checked, so the connection goes where the check looked (no rebinding).
 */
function guardedLookup(url: string, allowPrivate: readonly string[] | undefined): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '');
      const refused = addresses.find((a) => isPrivateAddress(a.address) && !allowed(allowPrivate, hostname, a.address));
      if (refused) {
        return callback(new FetchError(url, `refused: ${hostname} resolves to a private or local address (${refused.address}; ${ALLOW_HINT})`), '');
      }
      if (!addresses.length) return callback(new FetchError(url, `host not found (${hostname})`), '');
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

export function formatLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

function seconds(ms: number): string {
  return `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`;
}

/** A Node or TLS error as a short reason. */
function reasonOf(error: NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  switch (code) {
    case 'ENOTFOUND':
      return `host not found (${(error as { hostname?: string }).hostname ?? 'DNS'})`;
    case 'EAI_AGAIN':
      return 'DNS lookup failed (temporary failure; no network?)';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'EPIPE':
      return 'connection closed by the server';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'network unreachable';
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `TLS problem: ${error.message}`;
  if (code.startsWith('HPE_')) return `malformed HTTP response (${error.message})`;
  return error.message.split('\n')[0];
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function parseContentType(value: string | undefined): { contentType?: string; charset?: string } {
  if (!value) return {};
  const [type, ...params] = value.split(';');
  const result: { contentType?: string; charset?: string } = { contentType: type.trim().toLowerCase() || undefined };
  for (const param of params) {
    const [key, raw] = param.split('=');
    if (key?.trim().toLowerCase() === 'charset' && raw) result.charset = raw.trim().replace(/^["']|["']$/g, '').toLowerCase();
  }
  return result;
}

function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

async function decompress(url: string, body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const coding = encoding?.toLowerCase();
  if (!coding || coding === 'identity' || !body.length) return body;
  const options = { maxOutputLength: maxBytes };
  try {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return await gunzip(body, options);
      case 'deflate':
        // "deflate" is meant to be zlib-wrapped, but some servers send it raw.
        return await inflate(body, options).catch(() => inflateRaw(body, options));
      case 'br':
        return await brotli(body, options);
      default:
        throw new FetchError(url, `unsupported content encoding "${coding}"`);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new FetchError(url, `response too large (> ${formatLimit(maxBytes)} once decompressed)`);
    }
    throw new FetchError(url, `could not decompress the ${coding} body (${(error as Error).message})`);
  }
}

interface Hop {
  status: number;
  response: IncomingMessage;
}

/** One request; resolves once the headers are in (the body is read by the caller). */
function request(url: URL, options: HttpOptions, signal: AbortSignal): Promise<Hop> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers,
      // A fresh connection per request: a pooled one would skip the address check.
      agent: false,
      lookup: guardedLookup(url.href, options.allowPrivate),
      signal,
    });
    let connectTimer: NodeJS.Timeout | undefined;
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => req.destroy(new FetchError(url.href, `could not connect within ${seconds(connectTimeoutMs)}`)), connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('response', (response) => {
      clearTimeout(connectTimer);
      resolve({ status: response.statusCode ?? 0, response });
    });
    req.on('error', (error) => {
      clearTimeout(connectTimer);
      reject(error);
    });
    req.end();
  });
}

function readBody(url: string, response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(header(response, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(new FetchError(url, `response too large (> ${formatLimit(maxBytes)})`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new FetchError(url, `response too large (> ${formatLimit(maxBytes)})`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
    response.on('close', () => {
      if (!response.complete) reject(new FetchError(url, 'connection closed before the whole body arrived'));
    });
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A bounded GET: http(s) only, public addresses only (unless allowed), a
 * deadline for the whole exchange, a size limit, gzip/deflate/br, redirects
 * followed by hand up to a bound, and conditional requests answered by 304.
 */
export async function httpGet(raw: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = checkFetchableUrl(raw, options.allowPrivate);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
  const visited: string[] = [];
  try {
    for (;;) {
      visited.push(url.href);
      let hop: Hop;
      let body: Buffer;
      try {
        hop = await request(url, options, signal);
        if (REDIRECTS.has(hop.status) || hop.status === 304 || hop.status >= 400) {
          hop.response.resume();
          body = Buffer.alloc(0);
        } else {
          body = await readBody(url.href, hop.response, maxBytes);
        }
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (deadline.signal.aborted) throw new FetchError(url.href, `timed out after ${seconds(timeoutMs)}`);
        if (options.signal?.aborted) throw new FetchError(url.href, 'cancelled');
        throw new FetchError(url.href, reasonOf(error as NodeJS.ErrnoException));
      }
      const { status, response } = hop;
      if (REDIRECTS.has(status)) {
        const location = header(response, 'location');
        if (!location) throw new FetchError(url.href, `HTTP ${status} redirect without a Location`, status);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new FetchError(url.href, `HTTP ${status} redirect to an invalid URL (${location.slice(0, 200)})`, status);
        }
        next.hash = '';
        if (visited.includes(next.href)) {
          throw new FetchError(raw, `redirect loop (${[...visited, next.href].join(' → ')})`, status);
        }
        if (visited.length > maxRedirects) throw new FetchError(raw, `too many redirects (more than ${maxRedirects})`, status);
        url = checkFetchableUrl(next.href, options.allowPrivate);
        continue;
      }
      const validators = { etag: header(response, 'etag') ?? options.etag, lastModified: header(response, 'last-modified') ?? options.lastModified };
      if (status === 304) return { url: url.href, status, notModified: true, body: Buffer.alloc(0), ...validators };
      if (status < 200 || status >= 300) {
        const wait = status === 429 || status === 503 ? retryAfterMs(header(response, 'retry-after'), Date.now()) : undefined;
        throw new FetchError(url.href, `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`, status, wait);
      }
      const decoded = await decompress(url.href, body, header(response, 'content-encoding'), maxBytes);
      if (deadline.signal.aborted) throw new FetchError(url.href, `timed out after ${seconds(timeoutMs)}`);
      return {
        url: url.href,
        status,
        notModified: false,
        body: decoded,
        ...parseContentType(header(response, 'content-type')),
        etag: header(response, 'etag'),
        lastModified: header(response, 'last-modified'),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
