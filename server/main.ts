/**
 * `npm start`: the composition root. Connects to Neo4j (embedded when NEO4J_URI is unset),
 * loads the sample corpus into an empty graph, and serves the API and the client on PORT.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { connectGraph } from '../graph/connection.ts';
import { neo4jSettingsFromEnv } from '../graph/settings.ts';
import { ingestPaths } from '../ingest/run-ingest.ts';
import { Executor } from './executor.ts';
import { createHttpApp } from './http-app.ts';
import { apiSettingsFromEnv } from './settings.ts';

const port = Number(process.env['PORT'] || 4000);
const corpus = process.env['TALKGRAPH_CORPUS'] || 'corpus';
const api = apiSettingsFromEnv();
const started = Date.now();

// Requests fail fast with a clear error while Neo4j is away instead of hanging on retries.
const graph = await connectGraph(neo4jSettingsFromEnv(), { maxTransactionRetryTime: 2_000 });
console.log(
  `Neo4j ${graph.embedded ? `embedded at ${graph.uri}` : `at ${graph.uri}`} (${Date.now() - started} ms)`,
);

const talks = await graph.driver.executeQuery(
  'MATCH (t:Talk) RETURN count(t) AS n',
  {},
  { database: graph.database },
);
if (talks.records[0]?.get('n') === 0) {
  const { report } = await ingestPaths([corpus], { graph });
  console.log(`Loaded ${report.talks.length} talks from ${corpus} (${report.errors.length} errors)`);
}

const executor = new Executor(graph.driver, graph.database, { timeoutMs: api.queryTimeoutMs });
const server = createServer(
  createHttpApp({ ...api, executor, clientDir: join(import.meta.dirname, '..', 'dist', 'client') }),
);
server.once('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT)` : error.message;
  console.error(`talkgraph could not listen: ${reason}`);
  void graph.close().then(() => process.exit(1));
});
server.listen(port, () => {
  console.log(
    `talkgraph ready at http://localhost:${port}/ (GraphQL at /graphql) in ${Date.now() - started} ms`,
  );
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) {
      return;
    }
    stopping = true;
    server.close();
    server.closeAllConnections();
    void graph.close().then(() => process.exit(0));
  });
}
