import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { createGraphqlApp, type YogaOptions } from './yoga.ts';

export interface HttpAppOptions extends YogaOptions {
  /** The built client (vite build output); absent → `/` explains how to build it. */
  clientDir?: string;
}

/** Routes: /graphql, /health (liveness), /ready (Neo4j reachable), and the client at `/`. */
export function createHttpApp(options: HttpAppOptions): RequestListener {
  const yoga = createGraphqlApp(options);
  const client =
    options.clientDir && existsSync(options.clientDir)
      ? sirv(options.clientDir, { single: true, etag: true, gzip: true })
      : undefined;

  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      void yoga(req, res);
    } else if (path === '/health') {
      sendJson(res, 200, { status: 'ok' });
    } else if (path === '/ready') {
      void options.executor
        .ping()
        .then((up) => sendJson(res, up ? 200 : 503, { status: up ? 'ready' : 'neo4j unreachable' }));
    } else if (client) {
      client(req, res, () => sendJson(res, 404, { error: 'not found' }));
    } else {
      sendJson(res, 404, { error: 'client not built: run npm run build:client' });
    }
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
