/**
 * `npx tsx bench/api-latency.ts`: p50/p95 latency of the core GraphQL fields over HTTP, on a
 * fresh embedded Neo4j loaded with the seed documents (../shared/seeds) and corpus/.
 * Prints a table; asserts nothing about time.
 *
 * Options (environment): BENCH_REQUESTS per field and concurrency (default 200),
 * BENCH_CONCURRENCY (default 8; a concurrency of 1 is always measured too), NEO4J_URI (and
 * NEO4J_USER, NEO4J_PASSWORD) to measure an existing Neo4j instead, loaded only when it has no talks.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../graph/apply-schema.ts';
import { createDriver } from '../graph/connection.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';
import { neo4jSettingsFromEnv } from '../graph/settings.ts';
import { ingestPaths } from '../ingest/run/run-ingest.ts';
import { Executor } from '../server/executor.ts';
import { createHttpApp } from '../server/http-app.ts';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 200);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 8);
const WARMUP = 30;
const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const DATABASE = 'neo4j';

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const settings = neo4jSettingsFromEnv();
const dataDir = settings.uri ? undefined : mkdtempSync(join(tmpdir(), 'talkgraph-bench-api-'));
const engine: EmbeddedNeo4j | undefined = dataDir
  ? await startEmbeddedNeo4j({ dataDir, pageCache: '256m' })
  : undefined;
const driver = engine
  ? createDriver(engine.uri, 'neo4j', '')
  : createDriver(settings.uri ?? '', settings.user, settings.password);
const server = createServer(createHttpApp({ executor: new Executor(driver, DATABASE) }));
try {
  await applySchema(driver, DATABASE);
  if (engine || (await talkCount()) === 0) {
    await load();
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const rows: string[][] = [];
  for (const c of await cases()) {
    await run(url, c, WARMUP, 1);
    for (const concurrency of [1, CONCURRENCY]) {
      const started = performance.now();
      const times = await run(url, c, REQUESTS, concurrency);
      const seconds = (performance.now() - started) / 1000;
      rows.push([
        c.name,
        String(concurrency),
        ms(pct(times, 50)),
        ms(pct(times, 95)),
        ms(pct(times, 99)),
        (REQUESTS / seconds).toFixed(0),
      ]);
    }
  }
  printTable(['field', 'concurrency', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'], rows);
} finally {
  server.close();
  await driver.close();
  await engine?.stop();
  if (dataDir) {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function talkCount(): Promise<number> {
  const result = await driver.executeQuery('MATCH (t:Talk) RETURN count(t) AS n', {}, { database: DATABASE });
  return (result.records[0]?.get('n') as number | undefined) ?? 0;
}

async function load(): Promise<void> {
  const paths = [...(existsSync(SEEDS) ? [SEEDS] : []), join(ROOT, 'corpus')];
  const started = performance.now();
  const { report, related } = await ingestPaths(paths, { graph: { driver, database: DATABASE } });
  console.log(
    `Loaded ${report.talks.length} talks, ${report.entities.length} entities, ${report.decisions.length} decisions, ${related} RELATED_TO from ${paths.join(', ')} in ${(performance.now() - started).toFixed(0)} ms`,
  );
  for (const error of report.errors) {
    console.warn(`  ingest error in ${error.source}: ${error.message.split('\n')[0]}`);
  }
}

/** The busiest talk and person of the graph: the cases that read the most. */
async function cases(): Promise<Case[]> {
  const pick = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database: DATABASE })).records[0]?.get(0) as string | undefined;
  const talk = await pick('MATCH (t:Talk) RETURN t.id ORDER BY COUNT { (t)--() } DESC, t.id LIMIT 1');
  const person = await pick(
    'MATCH (p:Person) RETURN p.id ORDER BY COUNT { (p)-[:DECIDED]->() } DESC, p.id LIMIT 1',
  );
  if (!talk || !person) {
    throw new Error('The graph has no talk or no person: nothing to measure.');
  }
  return [
    {
      name: 'talk',
      query: `query($id: ID!) { talk(id: $id) { id title date speakers { id name }
        mentions(first: 20) { count entity { id type name } } decisions { kind year } } }`,
      variables: { id: talk },
    },
    {
      name: 'careerPath',
      query: `query($id: ID!) { careerPath(personId: $id) { year kind evidence
        from { id name } to { id name } talk { id title } } }`,
      variables: { id: person },
    },
    {
      name: 'relatedTalks',
      query: 'query($id: ID!) { relatedTalks(talkId: $id, first: 5) { score reasons talk { id title } } }',
      variables: { id: talk },
    },
    {
      name: 'neighborhood(depth: 2)',
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) {
        truncated nodes { id type label } edges { id source target type } } }`,
      variables: { id: talk },
    },
  ];
}

/** `count` requests, `concurrency` at a time; returns each one's latency in ms. */
async function run(url: string, c: Case, count: number, concurrency: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  const worker = async () => {
    while (next < count) {
      next += 1;
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const result = (await response.json()) as { errors?: { message: string }[] };
      times.push(performance.now() - started);
      if (result.errors) {
        throw new Error(`${c.name}: ${result.errors[0]?.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function ms(value: number): string {
  return value.toFixed(1);
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) {
    console.log(line(row));
  }
}
