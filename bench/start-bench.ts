/**
 * `npm start` on a warm data folder: the server entry (app/start.ts under tsx, as `npm start`
 * runs it after building the client) starts its embedded Neo4j on an existing store; the time is
 * until /ready answers. Peak memory of the Node server and of its JVM at that point.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../graph/apply-schema.ts';
import { createDriver } from '../graph/connection.ts';
import { freePort, startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';
import { ingestPaths } from '../ingest/run/run-ingest.ts';
import { DATABASE } from './ingest-bench.ts';
import { javaChild, peakRssMiB, startTsx, stopChild, waitForOk } from './lib/processes.ts';
import { repeat } from './lib/stats.ts';

const ROOT = join(import.meta.dirname, '..');

export interface StartFigures {
  /** The embedded engine's first start, creating the store in a new data folder. */
  newFolderMs: number;
  runs: StartRun[];
}

export interface StartRun {
  /** Spawn to /ready answering 200. */
  readyMs: number;
  /** What app/start.ts logs as its Neo4j connect time (engine start + schema), when it does. */
  neo4jMs: number;
  stopMs: number;
  serverMiB: number;
  neo4jMiB: number;
}

/** A data folder loaded with the sample corpus, as a first `npm start` leaves it. */
async function warmDataFolder(): Promise<{ dataDir: string; newFolderMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-bench-start-'));
  const started = performance.now();
  const engine = await startEmbeddedNeo4j({ dataDir });
  const newFolderMs = performance.now() - started;
  const driver = createDriver(engine.uri, 'neo4j', '');
  try {
    await applySchema(driver, DATABASE);
    await ingestPaths([join(ROOT, 'corpus')], { graph: { driver, database: DATABASE } });
  } finally {
    await driver.close();
    await engine.stop();
  }
  return { dataDir, newFolderMs };
}

export async function runStartBench(times: number): Promise<StartFigures> {
  const { dataDir, newFolderMs } = await warmDataFolder();
  try {
    return { newFolderMs, runs: await repeat(times, () => startOnce(dataDir)) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function startOnce(dataDir: string): Promise<StartRun> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), TALKGRAPH_DATA: dataDir };
  delete env['NEO4J_URI'];
  const started = performance.now();
  const server = startTsx(join(ROOT, 'app', 'start.ts'), env);
  try {
    const readyMs = await waitForOk(`http://127.0.0.1:${port}/ready`, server, started);
    const jvm = javaChild(server.pid);
    const logged = /Neo4j embedded at \S+ \((\d+) ms\)/.exec(server.output.join(''));
    const figures = {
      readyMs,
      neo4jMs: logged ? Number(logged[1]) : Number.NaN,
      serverMiB: peakRssMiB(server.pid),
      neo4jMiB: jvm === undefined ? Number.NaN : peakRssMiB(jvm),
    };
    return { ...figures, stopMs: await stopChild(server) };
  } finally {
    await stopChild(server);
  }
}
