/** `npm run bench`: measured figures and ratios, never assertions about time. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';

const rows: [string, string][] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-bench-'));

let started = performance.now();
let engine = await startEmbeddedNeo4j({ dataDir });
rows.push(['embedded Neo4j start, new data folder (ms)', (performance.now() - started).toFixed(0)]);
started = performance.now();
await engine.stop();
rows.push(['embedded Neo4j stop (ms)', (performance.now() - started).toFixed(0)]);
started = performance.now();
engine = await startEmbeddedNeo4j({ dataDir });
rows.push(['embedded Neo4j start, existing data folder (ms)', (performance.now() - started).toFixed(0)]);
await engine.stop();
rmSync(dataDir, { recursive: true, force: true });

const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) {
  console.log(`${name.padEnd(width)}  ${value}`);
}
