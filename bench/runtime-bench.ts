/**
 * What tsx costs as the production runtime: app/start.ts under tsx (TypeScript compiled at each
 * start, in the process and in each extraction worker) against the bundle of
 * scripts/build-server.ts under plain Node. Both connect to one external engine already holding
 * the sample corpus, so the figures are Node's alone: spawn to /ready, peak memory (VmHWM) at
 * ready and after the requests, CPU seconds to ready, and the latency of a few reads, sequential.
 * Modes alternate run by run, so load from other jobs falls on both alike.
 *
 *   npx tsx bench/runtime-bench.ts [runs=5] [requestsPerQuery=100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../graph/apply-schema.ts';
import { createDriver } from '../graph/connection.ts';
import { freePort, startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';
import { ingestPaths } from '../ingest/run/run-ingest.ts';
import { buildServer } from '../scripts/build-server.ts';
import { type Child, cpuSeconds, peakRssMiB, startNode, stopChild, waitForOk } from './lib/processes.ts';

const ROOT = join(import.meta.dirname, '..');

const MODES = {
  tsx: ['--import', 'tsx', join(ROOT, 'app', 'start.ts')],
  node: ['--enable-source-maps', join(ROOT, 'dist', 'server', 'start.js')],
} as const;
type Mode = keyof typeof MODES;

/** A few reads of different shapes; `hub` is the most linked person of the corpus. */
const queries = (hub: string): Record<string, string> => ({
  stats: '{ stats { labels { name count } years { year talks } } }',
  search: '{ search(query: "seo", first: 10) { label score node { id } } }',
  talks: '{ talks(first: 20) { totalCount edges { node { id title speakers { name } } } } }',
  neighborhood: `{ neighborhood(id: ${JSON.stringify(hub)}, depth: 2) { nodes { id label } edges { source target } } }`,
});

function spawnApp(mode: Mode, env: NodeJS.ProcessEnv): Child {
  return startNode(MODES[mode], env, ROOT);
}

async function post(url: string, query: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(`${query}: ${JSON.stringify(body)}`);
  }
  return performance.now() - started;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const median = (values: number[]) => percentile(values, 50);

interface Run {
  readyMs: number;
  cpuToReady: number;
  rssReady: number;
  rssAfter: number;
  latency: Record<string, number[]>;
}

async function runOnce(
  mode: Mode,
  neo4jUri: string,
  requests: number,
  reads: Record<string, string>,
): Promise<Run> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(port), NEO4J_URI: neo4jUri };
  const started = performance.now();
  const app = spawnApp(mode, env);
  try {
    const url = `http://127.0.0.1:${port}`;
    const readyMs = await waitForOk(`${url}/ready`, app, started);
    const cpuToReady = cpuSeconds(app.pid);
    const rssReady = peakRssMiB(app.pid);
    const latency: Record<string, number[]> = {};
    for (const [name, query] of Object.entries(reads)) {
      await post(url, query); // first run of a document: parse, validate, plan in Neo4j
      latency[name] = [];
      for (let i = 0; i < requests; i += 1) {
        latency[name].push(await post(url, query));
      }
    }
    return { readyMs, cpuToReady, rssReady, rssAfter: peakRssMiB(app.pid), latency };
  } finally {
    await stopChild(app);
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const requests = Number(process.argv[3] ?? 100);
  await buildServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-runtime-bench-'));
  const engine = await startEmbeddedNeo4j({ dataDir, pageCache: '128m' });
  const driver = createDriver(engine.uri, 'neo4j', '');
  try {
    await applySchema(driver, 'neo4j');
    await ingestPaths([join(ROOT, 'corpus')], { graph: { driver, database: 'neo4j' } });
    const { records } = await driver.executeQuery(
      'MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC LIMIT 1',
      {},
      { database: 'neo4j' },
    );
    const reads = queries(records[0]?.get('id') as string);
    const results: Record<Mode, Run[]> = { tsx: [], node: [] };
    for (let i = 0; i < runs; i += 1) {
      for (const mode of Object.keys(MODES) as Mode[]) {
        results[mode].push(await runOnce(mode, engine.uri, requests, reads));
      }
    }
    console.log(
      `${runs} runs per mode, ${requests} sequential requests per query, medians (load ${loadavg()})`,
    );
    console.log(
      'mode  ready ms  cpu s to ready  RSS ready MiB  RSS after MiB  ' +
        Object.keys(reads)
          .map((q) => `${q} p50/p95 ms`)
          .join('  '),
    );
    for (const mode of Object.keys(MODES) as Mode[]) {
      const r = results[mode];
      const cells = [
        mode.padEnd(4),
        median(r.map((x) => x.readyMs)).toFixed(0),
        median(r.map((x) => x.cpuToReady)).toFixed(2),
        median(r.map((x) => x.rssReady)).toFixed(0),
        median(r.map((x) => x.rssAfter)).toFixed(0),
        ...Object.keys(reads).map((q) => {
          const all = r.flatMap((x) => x.latency[q] ?? []);
          return `${percentile(all, 50).toFixed(2)}/${percentile(all, 95).toFixed(2)}`;
        }),
      ];
      console.log(cells.join('  '));
    }
  } finally {
    await driver.close();
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function loadavg(): string {
  return os.loadavg()[0]?.toFixed(1) ?? '?';
}

await main();
