import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Engine } from './engine.ts';
import type { PlatformStatuses } from './platform-status.ts';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * What the health endpoint says: the process is up (it answers at all), each
 * configured platform's state, and what the store holds. `/healthz` is 200
 * while the process runs — a platform outage is retried, not a reason to
 * restart it; `/readyz` is 200 only when every configured platform is connected.
 */
export function healthReport(engine: Engine, platforms: PlatformStatuses, startedAt: Date) {
  const stats = engine.store.stats();
  return {
    status: platforms.allConnected() ? 'ok' : 'degraded',
    startedAt: startedAt.toISOString(),
    platforms: platforms.all(),
    store: { articles: stats.articles, passages: stats.passages, revision: engine.store.revision() },
  };
}

/** Serves `/healthz` and `/readyz` as JSON on loopback or the given host (GET and HEAD only). */
export async function startHealthServer(engine: Engine, platforms: PlatformStatuses, options: { port: number; host?: string }): Promise<HealthServer> {
  const startedAt = new Date();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (path !== '/healthz' && path !== '/readyz') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /readyz\n');
    let report;
    try {
      report = healthReport(engine, platforms, startedAt);
    } catch (error) {
      // The store cannot be read: that is unhealthy, whatever the platforms say.
      return void res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'failing', error: (error as Error).message }));
    }
    const code = path === '/readyz' && report.status !== 'ok' ? 503 : 200;
    res.writeHead(code, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : `${JSON.stringify(report)}\n`);
  });
  server.requestTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
