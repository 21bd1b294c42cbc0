import assert from 'node:assert/strict';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { FetchError, httpGet, isPrivateAddress, USER_AGENT } from '../../src/ingest/http.ts';
import { type LocalServer, serve, startServer } from './local-server.ts';

const LOCAL = ['127.0.0.1'];

async function rejection(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${error}`);
    assert.doesNotMatch(error.message, /\n/, 'one line');
    return error;
  }
  assert.fail('expected the fetch to fail');
}

describe('bounded HTTP GET', () => {
  let server: LocalServer;
  const big = Buffer.alloc(1024 * 1024, 'a');

  before(async () => {
    server = await startServer({
      '/plain': serve('<rss/>', { 'content-type': 'Application/RSS+XML; charset="ISO-8859-1"', 'last-modified': 'Tue, 15 Oct 2024 10:00:00 GMT' }),
      '/etag': serve('<rss>v1</rss>', { etag: '"v1"' }),
      '/gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' }).end(gzipSync('<rss>gzipped</rss>')),
      '/deflate-raw': (_req, res) => res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync('<rss>deflated</rss>').subarray(2)),
      '/br': (_req, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync('<rss>brotli</rss>')),
      '/bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(4 * 1024 * 1024))),
      '/big-streamed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.write(big);
        res.end(big);
      },
      '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': String(big.length * 2) }).end(Buffer.concat([big, big])),
      '/slow': () => {
        /* never answers */
      },
      '/loop-a': (_req, res) => res.writeHead(302, { location: '/loop-b' }).end(),
      '/loop-b': (_req, res) => res.writeHead(301, { location: `${server.origin}/loop-a` }).end(),
      '/hop1': (_req, res) => res.writeHead(307, { location: 'hop2' }).end(),
      '/hop2': (_req, res) => res.writeHead(308, { location: '/plain' }).end(),
      '/to-private': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/error': (_req, res) => res.writeHead(500).end('oops'),
      '/busy': (_req, res) => res.writeHead(503, { 'retry-after': '120' }).end(),
    });
  });
  after(() => server.close());

  it('returns the body, final URL, content type and charset, and names Sitrep', async () => {
    const response = await httpGet(server.url('/hop1'), { allowPrivate: LOCAL });
    assert.equal(response.url, server.url('/plain'));
    assert.equal(response.body.toString(), '<rss/>');
    assert.equal(response.contentType, 'application/rss+xml');
    assert.equal(response.charset, 'iso-8859-1');
    assert.equal(response.lastModified, 'Tue, 15 Oct 2024 10:00:00 GMT');
    const last = server.requests.at(-1)!;
    assert.equal(last.headers['user-agent'], USER_AGENT);
    assert.match(String(last.headers['accept-encoding']), /gzip/);
  });

  it('sends the validators and reports 304 as not modified', async () => {
    const first = await httpGet(server.url('/etag'), { allowPrivate: LOCAL });
    assert.equal(first.etag, '"v1"');
    const second = await httpGet(server.url('/etag'), { allowPrivate: LOCAL, etag: first.etag, lastModified: 'Tue, 15 Oct 2024 10:00:00 GMT' });
    assert.equal(second.notModified, true);
    assert.equal(second.status, 304);
    assert.equal(second.body.length, 0);
    assert.equal(second.etag, '"v1"');
    const sent = server.requests.at(-1)!.headers;
    assert.equal(sent['if-none-match'], '"v1"');
    assert.equal(sent['if-modified-since'], 'Tue, 15 Oct 2024 10:00:00 GMT');
  });

  it('decodes gzip, raw deflate and brotli', async () => {
    assert.equal((await httpGet(server.url('/gzip'), { allowPrivate: LOCAL })).body.toString(), '<rss>gzipped</rss>');
    assert.equal((await httpGet(server.url('/deflate-raw'), { allowPrivate: LOCAL })).body.toString(), '<rss>deflated</rss>');
    assert.equal((await httpGet(server.url('/br'), { allowPrivate: LOCAL })).body.toString(), '<rss>brotli</rss>');
  });

  it('cuts off a body larger than the limit, sent, declared or decompressed', async () => {
    const limit = 512 * 1024;
    const streamed = await rejection(httpGet(server.url('/big-streamed'), { allowPrivate: LOCAL, maxBytes: limit }));
    assert.equal(streamed.message, `${server.url('/big-streamed')}: response too large (> 512 KB)`);
    const declared = await rejection(httpGet(server.url('/big-declared'), { allowPrivate: LOCAL, maxBytes: 1024 * 1024 }));
    assert.match(declared.reason, /^response too large \(> 1 MB\)$/);
    const bomb = await rejection(httpGet(server.url('/bomb'), { allowPrivate: LOCAL, maxBytes: 1024 * 1024 }));
    assert.match(bomb.reason, /response too large \(> 1 MB once decompressed\)/);
  });

  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    const error = await rejection(httpGet(server.url('/slow'), { allowPrivate: LOCAL, timeoutMs: 300 }));
    assert.equal(error.reason, 'timed out after 0.3 s');
    assert.ok(Date.now() - started < 5000);
  });

  it('stops at a redirect loop and at too many redirects', async () => {
    const loop = await rejection(httpGet(server.url('/loop-a'), { allowPrivate: LOCAL }));
    assert.match(loop.reason, /^redirect loop \(.*\/loop-a → .*\/loop-b → .*\/loop-a\)$/);
    const many = await rejection(httpGet(server.url('/hop1'), { allowPrivate: LOCAL, maxRedirects: 1 }));
    assert.equal(many.reason, 'too many redirects (more than 1)');
  });

  it('reports HTTP errors with the status, and Retry-After', async () => {
    const error = await rejection(httpGet(server.url('/error'), { allowPrivate: LOCAL }));
    assert.equal(error.status, 500);
    assert.equal(error.reason, 'HTTP 500 Internal Server Error');
    const busy = await rejection(httpGet(server.url('/busy'), { allowPrivate: LOCAL }));
    assert.equal(busy.retryAfterMs, 120_000);
  });

  it('refuses private, loopback and link-local addresses without connecting', async () => {
    const before = server.requests.length;
    for (const url of ['http://10.0.0.1/feed', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.1]/', 'http://[fd00::1]/', 'http://0x7f.1/']) {
      const error = await rejection(httpGet(url, { timeoutMs: 2000 }));
      assert.match(error.reason, /^refused: .* is a private or local address/, url);
    }
    // Loopback by name and by address, to a server that is really there: refused before any request.
    const byName = await rejection(httpGet(`http://localhost:${new URL(server.origin).port}/plain`));
    assert.match(byName.reason, /^refused: localhost resolves to a private or local address \((127\.0\.0\.1|::1)/);
    await rejection(httpGet(server.url('/plain')));
    // A redirect to a private address is checked like the first URL.
    const redirected = await rejection(httpGet(server.url('/to-private'), { allowPrivate: LOCAL }));
    assert.match(redirected.reason, /^refused: 169\.254\.169\.254/);
    assert.equal(server.requests.length, before + 1, 'only the redirecting request reached the server');
    const scheme = await rejection(httpGet('file:///etc/passwd'));
    assert.match(scheme.reason, /only http and https/);
  });

  it('refuses IPv6 forms that reach loopback before any connection', async () => {
    const port = new URL(server.origin).port;
    const before = server.requests.length;
    for (const host of ['::ffff:0:7f00:1', '64:ff9b:1::7f00:1', '100::1', '::ffff:7f00:1', '::7f00:1']) {
      const error = await rejection(httpGet(`http://[${host}]:${port}/plain`));
      assert.match(error.reason, /^refused: .* is a private or local address/, host);
    }
    assert.equal(server.requests.length, before, 'no request reached the server');
  });

  it('allows a private host named in the allowance, by address or by name', async () => {
    assert.equal((await httpGet(server.url('/plain'), { allowPrivate: ['127.0.0.1'] })).status, 200);
    const port = new URL(server.origin).port;
    assert.equal((await httpGet(`http://localhost:${port}/plain`, { allowPrivate: ['LOCALHOST'] })).status, 200);
  });

  it('classifies addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:a00:1', '64:ff9b::a00:1', '2002:a00:1::1',
      // IPv4-translated, local-use NAT64, discard, documentation, Teredo, IPv4-compatible, mapped loopback in hex
      '::ffff:0:7f00:1', '::ffff:0:808:808', '64:ff9b:1::7f00:1', '64:ff9b:1::808:808', '100::1', '2001:db8::1', '2001::1', '::7f00:1', '::ffff:7f00:1',
      '198.18.0.1', '192.0.2.1', '240.0.0.1', '255.255.255.255', 'not-an-address']) {
      assert.equal(isPrivateAddress(address), true, address);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '100.128.0.1', '2002:808:808::1', '2a00:1450:4001::200e']) {
      assert.equal(isPrivateAddress(address), false, address);
    }
  });
});
