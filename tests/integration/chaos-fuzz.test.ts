import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { FX, loadApiFixture } from '../support/api-fixture.ts';
import { writeCrashCorpus } from '../support/chaos-corpus.ts';
import { loadSdlSchema, poolsFromGraph, QueryFuzzer, runFuzz } from '../support/chaos-fuzz.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

/** Enough to meet every field and argument several times; the long run (npm run chaos) sends 10k+. */
const QUERIES = 500;
const SEED = 20_240_611;

describe('seeded GraphQL fuzzing', () => {
  const work = mkdtempSync(join(tmpdir(), 'talkgraph-chaos-fuzz-'));
  let driver: Driver;
  let app: ApiApp;

  beforeAll(async () => {
    driver = await testDriver();
    await loadApiFixture(driver);
    const notes = join(work, 'notes');
    writeCrashCorpus(notes, 20, 5);
    const { report } = await ingestPaths([notes], {
      graph: { driver, database: DATABASE },
      workers: 0,
    });
    expect(report.errors).toEqual([]);
    // As deployed: no introspection, no GraphiQL.
    app = apiApp(driver, { introspection: false, graphiql: false });
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it(`answers ${QUERIES} random operations with data or a clean refusal, never an internal error`, async () => {
    const pools = await poolsFromGraph(async (cypher) => {
      const { records } = await driver.executeQuery(cypher, {}, { database: DATABASE, routing: 'READ' });
      return records.map((r) => r.toObject());
    });
    pools.ids.push(...Object.values(FX).flat());
    const fuzzer = new QueryFuzzer(loadSdlSchema(), SEED, pools);
    // Four in flight: the answers are judged one by one, the waits on Neo4j overlap.
    const figures = await runFuzz((query, variables) => app.query(query, variables), fuzzer, QUERIES, 4);
    const { outcomes } = figures;
    expect(
      {
        internal: outcomes.internal,
        timeout: outcomes.timeout,
        unavailable: outcomes.unavailable,
        suggestion: outcomes.suggestion,
      },
      JSON.stringify(figures.failures.slice(0, 3), null, 1),
    ).toEqual({ internal: 0, timeout: 0, unavailable: 0, suggestion: 0 });
    // The fuzzer must reach the resolvers, not only the validator.
    expect(outcomes.data + outcomes.partial).toBeGreaterThan(QUERIES / 4);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 240_000);
});
