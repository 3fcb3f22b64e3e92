/**
 * Batch size for the ingest's writes: the same extracted rows loaded with loadNotes, N notes per
 * transaction, each size on a fresh embedded Neo4j (extraction is done once, before, and not timed).
 *
 * `npx tsx bench/experiments/batch-load.ts --talks 1000 --batches 1,25,100`
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applySchema } from '../../graph/apply-schema.ts';
import { createDriver } from '../../graph/connection.ts';
import { startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import type { GraphRows } from '../../ingest/load/graph-rows.ts';
import { loadNotes } from '../../ingest/load/load-notes.ts';
import { extractDocument, readDocument } from '../../ingest/run/process-note.ts';
import { DATABASE, writeSyntheticCorpus } from '../ingest-bench.ts';
import { CypherClock, TRANSACTIONS } from '../lib/cypher-clock.ts';

async function loadInBatches(all: GraphRows[], size: number): Promise<{ ms: number; clock: CypherClock }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-batch-load-'));
  const engine = await startEmbeddedNeo4j({ dataDir });
  const driver = createDriver(engine.uri, 'neo4j', '');
  try {
    await applySchema(driver, DATABASE);
    const clock = new CypherClock();
    const timed = clock.wrap(driver);
    const started = performance.now();
    for (let i = 0; i < all.length; i += size) {
      await loadNotes(timed, DATABASE, all.slice(i, i + size));
    }
    return { ms: performance.now() - started, clock };
  } finally {
    await driver.close();
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { talks: { type: 'string', default: '1000' }, batches: { type: 'string', default: '1,100' } },
});
const talks = Number(values.talks);
const corpus = writeSyntheticCorpus(talks, 42);
const all: GraphRows[] = [];
for (const name of readdirSync(corpus.dir).sort()) {
  all.push(extractDocument(await readDocument(join(corpus.dir, name))));
}
rmSync(corpus.dir, { recursive: true, force: true });
for (const size of (values.batches ?? '').split(',').map(Number)) {
  const { ms, clock } = await loadInBatches(all, size);
  const statements = clock.sorted().filter((s) => s.statement !== TRANSACTIONS);
  const calls = statements.reduce((sum, s) => sum + s.calls, 0);
  console.log(
    `${talks} talks, ${all.length} notes, ${size} notes per transaction: ${(ms / 1000).toFixed(1)} s, ` +
      `${((talks * 1000) / ms).toFixed(0)} talks/s, ${calls} statements`,
  );
  for (const s of statements.slice(0, 4)) {
    console.log(
      `  ${(s.ms / 1000).toFixed(1)} s in ${s.calls} calls: ${s.statement.replace(/\s+/g, ' ').slice(0, 90)}`,
    );
  }
}
