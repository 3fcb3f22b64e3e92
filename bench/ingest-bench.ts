/**
 * Ingest figures: extraction alone (a dry run), and end to end into a fresh embedded Neo4j,
 * with where the time goes (per Cypher statement) and how the cost per note drifts during a run.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../graph/apply-schema.ts';
import { createDriver } from '../graph/connection.ts';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';
import { extractDocument, readDocument } from '../ingest/run/process-note.ts';
import { ingestPaths } from '../ingest/run/run-ingest.ts';
import { CypherClock, type StatementTime, TRANSACTIONS } from './lib/cypher-clock.ts';
import { cpuSeconds } from './lib/processes.ts';
import { type Profile, profileCypher } from './lib/profile.ts';
import { generateCorpus, writeCorpus } from './synthetic-corpus.ts';

export const DATABASE = 'neo4j';

export interface CorpusOnDisk {
  talks: number;
  notes: number;
  megabytes: number;
  dir: string;
}

export function writeSyntheticCorpus(talks: number, seed: number): CorpusOnDisk {
  const notes = generateCorpus({ talks, seed });
  const dir = mkdtempSync(join(tmpdir(), `talkgraph-bench-corpus-${talks}-`));
  writeCorpus(dir, notes);
  const bytes = notes.reduce((sum, n) => sum + Buffer.byteLength(n.text), 0);
  return { talks, notes: notes.length, megabytes: bytes / 1e6, dir };
}

export interface ExtractionRun {
  ms: number;
  /** Talks the pipeline found (the corpus holds `corpus.talks`). */
  talks: number;
  errors: number;
  /** Extraction worker threads (0: on the main thread). */
  workers: number;
}

/** `npm run ingest -- --dry-run` in-process: read, split, extract, report; nothing written. */
export async function runExtraction(corpus: CorpusOnDisk, workers: number): Promise<ExtractionRun> {
  const started = performance.now();
  const { report } = await ingestPaths([corpus.dir], { workers });
  return {
    ms: performance.now() - started,
    talks: report.talks.length,
    errors: report.errors.length,
    workers,
  };
}

/** Read + split vs. extraction proper, note by note (one pass: the split is what matters). */
export async function extractionPhases(corpus: CorpusOnDisk): Promise<{ readMs: number; extractMs: number }> {
  let readMs = 0;
  let extractMs = 0;
  for (const name of readdirSync(corpus.dir).sort()) {
    const file = join(corpus.dir, name);
    const started = performance.now();
    const doc = await readDocument(file);
    const read = performance.now();
    extractDocument(doc);
    readMs += read - started;
    extractMs += performance.now() - read;
  }
  return { readMs, extractMs };
}

export interface LoadRun {
  ms: number;
  talks: number;
  errors: number;
  /** Loading the notes (all but the related-talks pass that follows). */
  notesMs: number;
  relatedMs: number;
  /** CPU seconds used during the load: this process (main thread and extraction workers) and Neo4j. */
  cpu: { node: number; neo4j: number };
  /** Mean ms per note in each tenth of the notes, in load order: how the cost drifts in a run. */
  deciles: number[];
  statements: StatementTime[];
  profiles: { statement: string; profile: Profile | string }[];
  /** The loaded data folder when asked to keep it (the API bench reads it). */
  dataDir: string | undefined;
}

export interface LoadOptions {
  keep?: boolean;
  /** PROFILE the costliest statements with the last note's parameters. */
  profile?: boolean;
  /** Extraction workers; the ingest's default when absent. */
  workers?: number;
}

/** `npm run ingest` into a new embedded engine with its own temp data folder. */
export async function runEndToEnd(corpus: CorpusOnDisk, options: LoadOptions = {}): Promise<LoadRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-bench-ingest-'));
  // As `npm run ingest` starts it: an engine for one load.
  const engine = await startEmbeddedNeo4j({ dataDir, pageCache: '512m', purpose: 'load' });
  const driver = createDriver(engine.uri, 'neo4j', '');
  try {
    await applySchema(driver, DATABASE);
    const clock = new CypherClock();
    const stamps: number[] = [];
    const nodeCpu = process.cpuUsage();
    const neo4jCpu = cpuSeconds(engine.pid);
    const started = performance.now();
    const result = await ingestPaths([corpus.dir], {
      graph: { driver: clock.wrap(driver), database: DATABASE },
      onProgress: () => stamps.push(performance.now()),
      ...(options.workers === undefined ? {} : { workers: options.workers }),
    });
    const ended = performance.now();
    const cpu = {
      node: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(nodeCpu)),
      neo4j: cpuSeconds(engine.pid) - neo4jCpu,
    };
    const lastNote = stamps.at(-1) ?? ended;
    return {
      ms: ended - started,
      talks: result.report.talks.length,
      errors: result.report.errors.length,
      notesMs: lastNote - started,
      relatedMs: ended - lastNote,
      cpu,
      deciles: deciles(started, stamps),
      statements: clock.sorted(),
      profiles: options.profile ? await profileCostliest(driver, clock.sorted()) : [],
      dataDir: options.keep ? dataDir : undefined,
    };
  } finally {
    await driver.close();
    await engine.stop();
    if (!options.keep) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

function deciles(started: number, stamps: number[]): number[] {
  const gaps = stamps.map((stamp, i) => stamp - (i === 0 ? started : (stamps[i - 1] ?? started)));
  return Array.from({ length: 10 }, (_, d) => {
    const part = gaps.slice(Math.floor((d * gaps.length) / 10), Math.floor(((d + 1) * gaps.length) / 10));
    return part.reduce((sum, v) => sum + v, 0) / Math.max(1, part.length);
  });
}

/** The statements that took most of the time, profiled on the full graph with their last parameters. */
async function profileCostliest(driver: ReturnType<typeof createDriver>, statements: StatementTime[]) {
  const total = statements.filter((s) => s.statement !== TRANSACTIONS).reduce((sum, s) => sum + s.ms, 0);
  const costly = statements.filter((s) => s.statement !== TRANSACTIONS && s.ms > total * 0.03).slice(0, 8);
  const profiles: LoadRun['profiles'] = [];
  for (const s of costly) {
    const profile = await profileCypher(driver, DATABASE, s.last.cypher, s.last.params).catch(
      (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
    );
    profiles.push({ statement: s.statement, profile });
  }
  return profiles;
}
