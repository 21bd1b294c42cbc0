import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  /** Requests received, in order, with their headers. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  hits(path: string): number;
  /** Replaces (or adds) the handler of a path. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with a table of routes; unknown paths get 404. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<LocalServer> {
  const table = new Map(Object.entries(routes));
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that sends a fixed body, honouring If-None-Match when an ETag is given. */
export function serve(body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (req, res) => {
    if (headers.etag && req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, { etag: headers.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers }).end(body);
  };
}
