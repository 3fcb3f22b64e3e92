/**
 * API figures on a loaded graph: latency percentiles and throughput under concurrent load for
 * talkgraph's server and, on the same engine and database in the same run, the @neo4j/graphql
 * peer; what each read costs Neo4j; and the servers' peak memory.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDriver } from '../graph/connection.ts';
import { freePort, startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';
import { type ApiCase, apiCases } from './api-cases.ts';
import { type ReadCost, readCosts } from './api-profile.ts';
import { DATABASE } from './ingest-bench.ts';
import { type LoadFigures, type LoadOptions, loadTest } from './lib/load-test.ts';
import { type Child, peakRssMiB, startTsx, stopChild, waitForOk } from './lib/processes.ts';

const ROOT = join(import.meta.dirname, '..');

export interface ApiOptions {
  durationSec: number;
  /** Concurrency levels, each measured in turn (1 shows latency without queueing). */
  connections: number[];
  /** Ids per case: half hubs, half tail. */
  sample: number;
}

export interface CaseFigures {
  name: string;
  connections: number;
  note: string | undefined;
  talkgraph: LoadFigures;
  peer: LoadFigures;
  cost: { talkgraph: ReadCost; peer: ReadCost } | undefined;
}

export interface ApiFigures {
  cases: CaseFigures[];
  /** Peak RSS (VmHWM) in MiB after the load. */
  memory: { talkgraph: number; peer: number; neo4j: number };
}

export async function runApiBench(dataDir: string, options: ApiOptions): Promise<ApiFigures> {
  const engine = await startEmbeddedNeo4j({ dataDir, pageCache: '512m' });
  const driver = createDriver(engine.uri, 'neo4j', '');
  const servers: Child[] = [];
  try {
    const cases = await apiCases(driver, DATABASE, options.sample);
    // Both servers run as deployed (the Dockerfile sets NODE_ENV=production): graphql-js then
    // skips its development-only checks, and talkgraph turns GraphiQL and introspection off.
    const env = { ...process.env, NODE_ENV: 'production', NEO4J_URI: engine.uri, NEO4J_PASSWORD: '' };
    const [talkgraph, peer] = await Promise.all([
      startServer(join(ROOT, 'app', 'start.ts'), env, servers),
      startServer(join(ROOT, 'bench', 'peer-server.ts'), env, servers),
    ]);
    const figures: CaseFigures[] = [];
    for (const [index, c] of cases.entries()) {
      for (const connections of options.connections) {
        const load = { durationSec: options.durationSec, connections };
        figures.push(await measureCase(c, talkgraph.url, peer.url, load, index % 2 === 1));
      }
    }
    const costs = await readCosts(driver, DATABASE, cases);
    for (const f of figures) {
      f.cost = costs.find((c) => c.name === f.name);
    }
    return {
      cases: figures,
      memory: {
        talkgraph: peakRssMiB(talkgraph.child.pid),
        peer: peakRssMiB(peer.child.pid),
        neo4j: peakRssMiB(engine.pid),
      },
    };
  } finally {
    await Promise.all(servers.map((s) => stopChild(s)));
    await driver.close();
    await engine.stop();
  }
}

async function startServer(entry: string, env: NodeJS.ProcessEnv, servers: Child[]) {
  const port = await freePort();
  const child = startTsx(entry, { ...env, PORT: String(port), TALKGRAPH_CORPUS: join(ROOT, 'corpus') });
  servers.push(child);
  await waitForOk(`http://127.0.0.1:${port}/ready`, child, performance.now());
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/** Checks both answers, warms both up, then loads each in turn (the order alternates per case). */
async function measureCase(
  c: ApiCase,
  talkgraphUrl: string,
  peerUrl: string,
  options: LoadOptions,
  peerFirst: boolean,
): Promise<CaseFigures> {
  await checkAnswer(talkgraphUrl, c.talkgraph[0] ?? '', `talkgraph ${c.name}`);
  await checkAnswer(peerUrl, c.peer[0] ?? '', `peer ${c.name}`);
  const warm = {
    durationSec: Math.max(1, Math.round(options.durationSec / 3)),
    connections: options.connections,
  };
  const run = async (url: string, bodies: string[]) => {
    await loadTest(url, bodies, warm);
    return loadTest(url, bodies, options);
  };
  let peer: LoadFigures | undefined;
  if (peerFirst) {
    peer = await run(peerUrl, c.peer);
  }
  const talkgraph = await run(talkgraphUrl, c.talkgraph);
  peer ??= await run(peerUrl, c.peer);
  return { name: c.name, connections: options.connections, note: c.note, talkgraph, peer, cost: undefined };
}

/** A read that answers with errors would measure error handling: stop and say so instead. */
async function checkAnswer(url: string, body: string, what: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) {
    throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
}
