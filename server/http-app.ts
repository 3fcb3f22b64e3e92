import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { GRAPHIQL_ASSETS, serveGraphiqlAsset } from './graphiql.ts';
import { createGraphqlApp, graphiqlEnabled, type YogaOptions } from './yoga.ts';

/** What the process knows of its Neo4j without asking it (graph/engine-supervisor.ts). */
export type EngineState = 'running' | 'restarting' | 'failed' | 'stopped' | 'external';

export interface HttpAppOptions extends YogaOptions {
  /** The built client (vite build output); absent → `/` explains how to build it. */
  clientDir?: string;
  /** The embedded engine's state; absent → 'external' (NEO4J_URI): /ready asks Neo4j itself. */
  engineState?: () => EngineState;
}

/**
 * The one inline stylesheet of the client: Cytoscape adds it to the page's head (renderer init),
 * and the policy allows exactly this text by its hash.
 */
const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

/**
 * The client is self-only: Vite emits external scripts and stylesheets; the client and Cytoscape
 * set styles through the CSSOM, which style-src does not restrict; exports are data:/blob: images.
 */
export const CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${createHash('sha256').update(CYTOSCAPE_STYLESHEET).digest('base64')}'`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL (server/graphiql.ts) runs from this server's files only: its scripts and workers are
 * files under /graphiql/; Monaco and React add <style> elements at run time, hence the one
 * 'unsafe-inline' for styles; its icon font is a data: URL inside the stylesheet.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Routes: /graphql, /graphiql/ (its files), /health (liveness), /ready (Neo4j reachable), and the client at `/`. */
export function createHttpApp(options: HttpAppOptions): RequestListener {
  const yoga = createGraphqlApp(options);
  const engineState = options.engineState ?? (() => 'external' as const);
  const graphiql = graphiqlEnabled(options);
  const client =
    options.clientDir && existsSync(options.clientDir)
      ? sirv(options.clientDir, { single: true, etag: true, gzip: true })
      : undefined;

  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const graphiqlPath = graphiql && path.startsWith(GRAPHIQL_ASSETS);
    res.setHeader('content-security-policy', path === '/graphql' || graphiqlPath ? GRAPHIQL_CSP : CLIENT_CSP);
    if (path === '/graphql') {
      void yoga(req, res);
    } else if (graphiqlPath) {
      void serveGraphiqlAsset(path, res);
    } else if (path === '/health') {
      // Liveness stays 200 while an engine restarts: failing it would have a supervisor kill the
      // process that is already repairing itself. Running out of restarts exits the process.
      const state = engineState();
      const up = state === 'running' || state === 'external';
      sendJson(res, 200, up ? { status: 'ok' } : { status: 'degraded', neo4j: state });
    } else if (path === '/ready') {
      const state = engineState();
      if (state !== 'running' && state !== 'external') {
        sendJson(res, 503, { status: `neo4j ${state}` });
        return;
      }
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
