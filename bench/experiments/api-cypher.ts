/**
 * Evidence for two server query changes, measured on a synthetic graph: the Cypher the server
 * sends today (captured through the executor's hook) against a proposal, by PROFILE db hits and
 * median time over the busiest talks. The proposals' text is here for the lead to adopt.
 *
 * `npx tsx bench/experiments/api-cypher.ts --talks 3000`
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../graph/connection.ts';
import { startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import { Executor } from '../../server/executor.ts';
import { ELEMENTS, edgeParams } from '../../server/schema/graph-elements.ts';
import { findNode, nodeRow } from '../../server/schema/node-row.ts';
import { createGraphqlApp } from '../../server/yoga.ts';
import { DATABASE, runEndToEnd, writeSyntheticCorpus } from '../ingest-bench.ts';
import { describeProfile, profileCypher } from '../lib/profile.ts';
import { median } from '../lib/stats.ts';

interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Depth 2 as two bounded hops instead of ANY SHORTEST: the first hop in full (ordered by id),
 * then at most $perNode neighbours of each first-hop node, so a hub (BERT, mentioned by most
 * talks) costs $perNode reads instead of its whole degree. Breadth first by construction.
 */
export const NEIGHBORHOOD_DEPTH_2 = `${findNode('$id')}
  WITH n AS start
  CALL (start) {
    MATCH (start)--(a) WHERE a <> start
    WITH DISTINCT a ORDER BY a.id LIMIT $fetch
    RETURN collect(a) AS first
  }
  CALL (start, first) {
    UNWIND first AS a
    CALL (a, start) { MATCH (a)--(b) WHERE b <> start RETURN b LIMIT $perNode }
    WITH DISTINCT b WHERE NOT b IN first
    WITH b ORDER BY b.id LIMIT $fetch
    RETURN collect(b) AS second
  }
  WITH start, first + second AS found
  WITH [start] + found[0..$limit] AS members, size(found) > $limit AS truncated
  ${ELEMENTS}`;

/** Shared entities found from the related talk's side (its ~50 mentions), not through the hubs. */
export const RELATED_OF = `UNWIND $ids AS id
  MATCH (t:Talk {id: id})
  WITH id, t, COLLECT { MATCH (t)-[:MENTIONS]->(e:Entity) RETURN e } AS mine
  RETURN id, COLLECT {
    MATCH (t)-[r:RELATED_TO]-(o:Talk) WHERE o <> t
    WITH o, r ORDER BY r.score DESC
    WITH o, collect(r)[0] AS best
    ORDER BY best.score DESC, o.id LIMIT $first
    RETURN {talk: ${nodeRow('o')}, score: best.score, reasons: coalesce(best.reasons, []),
      shared: COLLECT {
        MATCH (o)-[:MENTIONS]->(e:Entity) WHERE e IN mine
        RETURN ${nodeRow('e')} ORDER BY e.name, e.id LIMIT 10
      }}
  } AS rows`;

async function captureCurrent(driver: Driver, query: string, id: string): Promise<Query> {
  const captured: Query[] = [];
  const executor = new Executor(driver, DATABASE, {
    onQuery: (cypher, params) => captured.push({ cypher, params }),
  });
  const response = await createGraphqlApp({ executor }).fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { id } }),
  });
  const text = await response.text();
  const first = captured[0];
  if (text.includes('"errors"') || !first) {
    throw new Error(text.slice(0, 300));
  }
  return first;
}

async function measure(driver: Driver, q: Query): Promise<string> {
  const times: number[] = [];
  let rows = '';
  for (let i = 0; i < 15; i += 1) {
    const started = performance.now();
    const result = await driver.executeQuery(q.cypher, q.params, { database: DATABASE, routing: 'READ' });
    times.push(performance.now() - started);
    rows = JSON.stringify(result.records.map((r) => r.toObject()));
  }
  const profile = await profileCypher(driver, DATABASE, q.cypher, q.params);
  return `${median(times.slice(3)).toFixed(1)} ms, ${describeProfile(profile)} [${rows.length} bytes]`;
}

async function compareOn(driver: Driver, id: string): Promise<void> {
  const neighborhood = await captureCurrent(
    driver,
    'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id } edges { id } } }',
    id,
  );
  const bounded = { id, limit: neo4j.int(100), fetch: neo4j.int(101), ...edgeParams(101) };
  console.log(`neighborhood ${id}\n  current:      ${await measure(driver, neighborhood)}`);
  for (const perNode of [100, 5]) {
    const q = { cypher: NEIGHBORHOOD_DEPTH_2, params: { ...bounded, perNode: neo4j.int(perNode) } };
    console.log(`  perNode ${String(perNode).padEnd(4)}: ${await measure(driver, q)}`);
  }
  const related = await captureCurrent(
    driver,
    'query($id: ID!) { relatedTalks(talkId: $id, first: 5) { score reasons shared { id } talk { id } } }',
    id,
  );
  console.log(`relatedTalks ${id} (same rows expected)`);
  console.log(`  current:      ${await measure(driver, related)}`);
  console.log(`  proposal:     ${await measure(driver, { cypher: RELATED_OF, params: related.params })}`);
}

const { values } = parseArgs({ options: { talks: { type: 'string', default: '3000' } } });
const corpus = writeSyntheticCorpus(Number(values.talks), 42);
const { dataDir } = await runEndToEnd(corpus, { keep: true });
rmSync(corpus.dir, { recursive: true, force: true });
const engine = await startEmbeddedNeo4j({ dataDir: dataDir ?? '' });
const driver = createDriver(engine.uri, 'neo4j', '');
try {
  const { records } = await driver.executeQuery(
    'MATCH (t:Talk) RETURN t.id AS id ORDER BY COUNT { (t)--() } DESC, t.id LIMIT 3',
    {},
    { database: DATABASE },
  );
  for (const record of records) {
    await compareOn(driver, record.get('id') as string);
  }
} finally {
  await driver.close();
  await engine.stop();
  rmSync(dataDir ?? '', { recursive: true, force: true });
}
