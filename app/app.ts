/**
 * The composition root: wires the graph (graph/), the corpus load (ingest/) and the HTTP app
 * (server/), which never import each other.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectGraph, type GraphConnection } from '../graph/connection.ts';
import type { Neo4jSettings } from '../graph/settings.ts';
import { fillMissingMoves } from '../ingest/careers/fill-missing-moves.ts';
import { ingestPaths } from '../ingest/run/run-ingest.ts';
import { Executor } from '../server/executor.ts';
import { createHttpApp } from '../server/http-app.ts';
import type { ApiSettings } from '../server/settings.ts';
import { warmUpQueries } from './warm-up.ts';

export interface AppSettings {
  /** HTTP port; 0 picks a free one. @default 4000 */
  port: number;
  /** Notes loaded when the graph is empty. @default 'corpus' */
  corpus: string;
  /** The built client (dist/client). */
  clientDir: string;
  api: ApiSettings;
  neo4j: Neo4jSettings;
}

export interface AppEvents {
  log(line: string): void;
  /** The embedded engine is down and its restarts failed: the process should exit non-zero. */
  onEngineLost(error: Error): void;
}

export interface RunningApp {
  url: string;
  graph: GraphConnection;
  close(): Promise<void>;
}

export async function startApp(settings: AppSettings, events: AppEvents): Promise<RunningApp> {
  const started = Date.now();
  // Requests fail fast with a clear error while Neo4j is away instead of hanging on retries.
  const graph = await connectGraph(settings.neo4j, {
    maxTransactionRetryTime: 2_000,
    supervise: {
      restarts: settings.neo4j.engineRestarts,
      backoffMs: settings.neo4j.engineBackoffMs,
      log: (line) => console.error(line),
      onGiveUp: (error) => events.onEngineLost(error),
    },
  });
  const engine = graph.embedded;
  // bench/start-bench.ts reads the "(N ms)"; tests read the engine's pid.
  events.log(
    `Neo4j ${engine ? 'embedded ' : ''}at ${graph.uri} (${Date.now() - started} ms)${engine ? `, engine pid ${engine.pid}` : ''}`,
  );
  try {
    await loadCorpusIfEmpty(graph, settings.corpus, events);
    const executor = new Executor(graph.driver, graph.database, { timeoutMs: settings.api.queryTimeoutMs });
    const server = createServer(
      createHttpApp({
        ...settings.api,
        executor,
        clientDir: settings.clientDir,
        engineState: () => engine?.state ?? 'external',
      }),
    );
    const url = await listen(server, settings.port);
    events.log(`talkgraph ready at ${url}/ (GraphQL at /graphql) in ${Date.now() - started} ms`);
    void warmUpQueries(graph).then((warmed) =>
      events.log(
        `Warmed the overview query: ${warmed.map((w) => (w.error ? `failed (${w.error})` : `${w.ms} ms`)).join(', ')}`,
      ),
    );
    return {
      url,
      graph,
      async close() {
        server.close();
        server.closeAllConnections();
        await graph.close();
      },
    };
  } catch (error) {
    await graph.close();
    throw error;
  }
}

async function loadCorpusIfEmpty(graph: GraphConnection, corpus: string, events: AppEvents): Promise<void> {
  const talks = await graph.driver.executeQuery(
    'MATCH (t:Talk) RETURN count(t) AS n',
    {},
    { database: graph.database, routing: 'READ' },
  );
  if (talks.records[0]?.get('n') === 0) {
    const { report } = await ingestPaths([corpus], { graph });
    events.log(`Loaded ${report.talks.length} talks from ${corpus} (${report.errors.length} errors)`);
  } else {
    // A graph kept from before career moves existed: its people get their moves once, in the
    // background (minutes on a large graph); until then their careers read as before.
    void fillMissingMoves(graph).then(
      (filled) => filled > 0 && events.log(`Career moves filled for ${filled} people without them`),
      (error: unknown) =>
        events.log(`Career moves not filled: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use (set PORT)`
            : `could not listen: ${error.message}`,
        ),
      );
    });
    server.listen(port, () => {
      resolve(`http://localhost:${(server.address() as AddressInfo).port}`);
    });
  });
}
