/** `npm run neo4j [-- --port N --data DIR]`: runs the embedded engine in the foreground. */
import { parseArgs } from 'node:util';
import { startEmbeddedNeo4j } from './embedded-neo4j.ts';
import { neo4jSettingsFromEnv } from './settings.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, data: { type: 'string' } } });
const settings = neo4jSettingsFromEnv();
const started = Date.now();
const engine = await startEmbeddedNeo4j({
  dataDir: values.data ?? settings.dataDir,
  port: values.port ? Number(values.port) : 7687,
  pageCache: settings.pageCache,
});
console.log(
  `Neo4j ready at ${engine.uri} in ${Date.now() - started} ms (data: ${engine.dataDir}); Ctrl-C stops it`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void engine.stop().then(() => process.exit(0)));
}
