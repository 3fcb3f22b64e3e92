/**
 * The peer server: @neo4j/graphql on graphql-yoga, over the Neo4j at NEO4J_URI, on PORT.
 * A child process of the API bench, so its memory and CPU are its own, as the talkgraph
 * server's are. `/ready` answers once the schema is built and Neo4j answers.
 */
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createDriver } from '../graph/connection.ts';
import { peerSchema } from './peer-schema.ts';

const uri = process.env['NEO4J_URI'];
const port = Number(process.env['PORT'] || 4100);
if (!uri) {
  throw new Error('NEO4J_URI is required');
}
const driver = createDriver(uri, process.env['NEO4J_USER'] || 'neo4j', process.env['NEO4J_PASSWORD'] ?? '');
await driver.verifyConnectivity();
const yoga = createYoga({
  schema: await peerSchema(driver),
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  // The same document cache talkgraph's server turns on: both skip parse and validation on repeats.
  parserAndValidationCache: true,
  // @neo4j/graphql reads the session settings from the context; the driver is in the schema.
  context: () => ({ sessionConfig: { database: 'neo4j' } }),
});
const server = createServer((req, res) => {
  if ((req.url ?? '').startsWith('/ready')) {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
  } else {
    void yoga(req, res);
  }
});
server.listen(port, '127.0.0.1', () => console.log(`peer ready on ${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void driver.close().then(() => process.exit(0));
  });
}
