/**
 * The long crash run: kill -9 of the ingest and of its engine at several points of a load of a
 * synthetic corpus (several batches), a rerun after each, and the result compared with a clean
 * load. Kill points are pinned by locks held in Neo4j (a Source key the next batch needs, the
 * related links the last pass rewrites), or drawn at seeded random times.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../graph/apply-schema.ts';
import { createDriver } from '../../graph/connection.ts';
import { type EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import { BATCH_NOTES } from '../../ingest/load/batch-writer.ts';
import { notePaths, storedSourceId, writeCrashCorpus } from '../../tests/support/chaos-corpus.ts';
import {
  type GraphSnapshot,
  graphSnapshot,
  holdLock,
  relatedCount,
  snapshotDiff,
  storedSources,
  wipeGraph,
} from '../../tests/support/chaos-graph.ts';
import {
  firesAfter,
  type IngestRun,
  type IngestRunOptions,
  jsonReport,
  runIngestCli,
  stackLines,
} from '../../tests/support/chaos-ingest.ts';
import { mulberry32 } from '../synthetic/random.ts';
import { generateCorpus } from '../synthetic-corpus.ts';

const DB = 'neo4j';

export interface CaseRow {
  group: string;
  name: string;
  outcome: string;
  figures: string;
  ok: boolean;
}

export interface CrashOptions {
  /** Talks of the synthetic corpus (≈0.8 notes per talk), besides the sample corpus. */
  talks: number;
  /** Kills at seeded random times. */
  randomKills: number;
  seed: number;
}

interface Context {
  engine: EmbeddedNeo4j;
  driver: Driver;
  dataDir: string;
  port: number;
  corpus: string;
  notes: string[];
  clean: GraphSnapshot;
  /** A whole load's time (the first was on a cold engine; a warm one replaces it). */
  cleanMs: number;
  lastRerunMs: number;
}

/** Runs every crash case on an engine of its own in `work`; the graph ends fully loaded (for the fuzz and the soak). */
export async function runCrashCases(
  work: string,
  options: CrashOptions,
  log: (line: string) => void,
): Promise<{ rows: CaseRow[]; engine: EmbeddedNeo4j; driver: Driver }> {
  const corpus = join(work, 'notes');
  writeCrashCorpus(corpus, 0);
  for (const note of generateCorpus({ talks: options.talks, seed: options.seed })) {
    writeFileSync(join(corpus, note.file), note.text);
  }
  const notes = notePaths(corpus);
  const dataDir = join(work, 'neo4j');
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '512m', purpose: 'load' });
  const driver = createDriver(engine.uri, 'neo4j', '');
  await applySchema(driver, DB);
  log(
    `crash: ${notes.length} notes, ${Math.ceil(notes.length / BATCH_NOTES)} batches, engine at ${engine.uri}`,
  );

  const first = await cli(engine, [corpus]);
  const clean = await graphSnapshot(driver, DB);
  const ctx: Context = {
    engine,
    driver,
    dataDir,
    port,
    corpus,
    notes,
    clean,
    cleanMs: first.ms,
    lastRerunMs: first.ms,
  };
  const rows: CaseRow[] = [
    {
      group: 'crash',
      name: 'clean load (reference)',
      outcome: first.code === 0 ? 'ok' : `exit ${first.code}`,
      figures: `${fmtCounts(clean)}; ${(first.ms / 1000).toFixed(1)} s`,
      ok: first.code === 0 && invariantsHold(clean),
    },
  ];
  const cases: [string, (c: Context) => Promise<Omit<CaseRow, 'group' | 'name'>>][] = [
    ['ingest kill -9 while extracting (nothing committed)', killWhileExtracting],
    ...[1, 2, 3]
      .filter((k) => k * BATCH_NOTES < notes.length)
      .map(
        (k) =>
          [`ingest kill -9 after batch ${k} of ${Math.ceil(notes.length / BATCH_NOTES)}`, afterBatch(k)] as [
            string,
            (c: Context) => Promise<Omit<CaseRow, 'group' | 'name'>>,
          ],
      ),
    ['ingest kill -9 in the related-talks pass', killInRelatedPass('ingest')],
    ...randomKills(options),
    ['engine kill -9 after batch 1', engineAfterBatch],
    ['engine kill -9 in the related-talks pass', killInRelatedPass('engine')],
    ['two ingests of the folder at once', concurrentLoads],
  ];
  const code = ingestCodeHash();
  for (const [name, run] of cases) {
    log(`crash: ${name}`);
    try {
      await wipeGraph(ctx.driver, DB);
      const row = { group: 'crash', name, ...(await run(ctx)) };
      // Each CLI run reads the working tree: an edit to the ingest since the clean load changes
      // what a correct load gives, and the comparison no longer says anything about the crash.
      if (ingestCodeHash() !== code) {
        row.outcome = `${row.outcome} (ingest code changed since the clean load: not comparable)`;
      }
      rows.push(row);
    } catch (error) {
      rows.push({
        group: 'crash',
        name,
        outcome: 'FAILED TO RUN',
        figures: messageOf(error).slice(0, 160),
        ok: false,
      });
    }
  }
  return { rows, engine: ctx.engine, driver: ctx.driver };
}

function cli(engine: EmbeddedNeo4j, paths: string[], extra: IngestRunOptions = {}): Promise<IngestRun> {
  return runIngestCli(['--json', ...paths], { uri: engine.uri, timeoutMs: 600_000, ...extra });
}

/** Reruns the whole folder and compares with the clean load. */
async function rerunAndCompare(ctx: Context, killed: string): Promise<Omit<CaseRow, 'group' | 'name'>> {
  const rerun = await cli(ctx.engine, [ctx.corpus]);
  ctx.lastRerunMs = rerun.ms;
  const after = await graphSnapshot(ctx.driver, DB);
  const diff = snapshotDiff(ctx.clean, after, { sample: 1 });
  const same = diff.length === 0 && rerun.code === 0 && invariantsHold(after);
  const figures = [
    killed,
    `rerun exit ${rerun.code} in ${(rerun.ms / 1000).toFixed(1)} s`,
    `related ${after.related.length}/${ctx.clean.related.length}`,
    `dup ids ${after.duplicateIds}, dup related ${after.duplicateRelated}, orphan decisions ${after.orphanDecisions}`,
    ...(same ? [] : diff.slice(0, 2)),
  ].join('; ');
  return { outcome: same ? 'rerun = clean' : 'DIFFERS', figures, ok: same };
}

async function killWhileExtracting(ctx: Context) {
  const started = Date.now();
  const crashed = await cli(ctx.engine, [ctx.corpus], {
    trigger: async () => Date.now() - started > 1_500 && (await storedSources(ctx.driver, DB)) === 0,
  });
  const stored = await storedSources(ctx.driver, DB);
  const row = await rerunAndCompare(ctx, `killed: ${crashed.killed ?? 'no'}, stored ${stored}`);
  // That rerun was a whole load on a warm engine: random kill times are drawn within it.
  ctx.cleanMs = Math.min(ctx.cleanMs, ctx.lastRerunMs);
  return row;
}

function afterBatch(k: number) {
  return async (ctx: Context) => {
    const release = await holdLock(ctx.driver, DB, 'CREATE (:Source {id: $id})', {
      id: storedSourceId(ctx.notes[k * BATCH_NOTES] ?? ''),
    });
    let crashed: IngestRun;
    try {
      crashed = await cli(ctx.engine, [ctx.corpus], {
        trigger: firesAfter(async () => (await storedSources(ctx.driver, DB)) >= k * BATCH_NOTES),
      });
    } finally {
      await release();
    }
    const stored = await storedSources(ctx.driver, DB);
    const partial = await graphSnapshot(ctx.driver, DB);
    return rerunAndCompare(
      ctx,
      `killed: ${crashed.killed ?? 'no'}, stored ${stored}/${ctx.notes.length}, partial ok: ${invariantsHold(partial)}`,
    );
  };
}

function killInRelatedPass(what: 'ingest' | 'engine') {
  return async (ctx: Context) => {
    const prior = await cli(ctx.engine, ctx.notes.slice(0, 10));
    if (prior.code !== 0) {
      throw new Error(`prior load: exit ${prior.code}`);
    }
    const release = await holdLock(
      ctx.driver,
      DB,
      'MATCH (:Talk)-[r:RELATED_TO]->(:Talk) SET r.chaosLock = true RETURN count(r) AS n',
      {},
    );
    let crashed: IngestRun;
    try {
      crashed = await cli(ctx.engine, [ctx.corpus], {
        trigger: firesAfter(async () => (await storedSources(ctx.driver, DB)) === ctx.notes.length),
        ...(what === 'engine' ? { onTrigger: () => killEngine(ctx) } : {}),
      });
    } finally {
      await release();
    }
    let killed = `killed: ${crashed.killed ?? 'no'}`;
    if (what === 'engine') {
      killed = `ingest exit ${crashed.code}, ${errorsFigure(crashed)}`;
      ctx.engine = await restart(ctx);
    }
    const related = await relatedCount(ctx.driver, DB);
    return rerunAndCompare(ctx, `${killed}, related at kill ${related}/${ctx.clean.related.length}`);
  };
}

function randomKills(
  options: CrashOptions,
): [string, (c: Context) => Promise<Omit<CaseRow, 'group' | 'name'>>][] {
  const random = mulberry32(options.seed);
  return Array.from({ length: options.randomKills }, () => {
    const fraction = 0.1 + 0.85 * random();
    return [
      `ingest kill -9 at ${Math.round(fraction * 100)} % of a clean load's time`,
      async (ctx: Context) => {
        const started = Date.now();
        const crashed = await cli(ctx.engine, [ctx.corpus], {
          trigger: () => Date.now() - started >= fraction * ctx.cleanMs,
        });
        const stored = await storedSources(ctx.driver, DB);
        return rerunAndCompare(
          ctx,
          `killed: ${crashed.killed ?? 'no (finished)'}, stored ${stored}/${ctx.notes.length}`,
        );
      },
    ];
  });
}

async function engineAfterBatch(ctx: Context) {
  const release = await holdLock(ctx.driver, DB, 'CREATE (:Source {id: $id})', {
    id: storedSourceId(ctx.notes[BATCH_NOTES] ?? ''),
  });
  let run: IngestRun;
  try {
    run = await cli(ctx.engine, [ctx.corpus], {
      trigger: firesAfter(async () => (await storedSources(ctx.driver, DB)) >= BATCH_NOTES),
      onTrigger: () => killEngine(ctx),
    });
  } finally {
    await release();
  }
  ctx.engine = await restart(ctx);
  const stored = await storedSources(ctx.driver, DB);
  return rerunAndCompare(
    ctx,
    `ingest exit ${run.code} in ${(run.ms / 1000).toFixed(1)} s, ${errorsFigure(run)}, stored ${stored}/${ctx.notes.length}`,
  );
}

async function concurrentLoads(ctx: Context) {
  const [a, b] = await Promise.all([cli(ctx.engine, [ctx.corpus]), cli(ctx.engine, [ctx.corpus])]);
  const both = await graphSnapshot(ctx.driver, DB);
  const diff = snapshotDiff(ctx.clean, both, { sample: 1 });
  const ok = diff.length === 0 && a.code === 0 && b.code === 0 && invariantsHold(both);
  return {
    outcome: ok ? 'same as one clean load' : 'DIFFERS',
    figures: [
      `exits ${a.code}/${b.code}`,
      `related ${both.related.length}/${ctx.clean.related.length}, duplicated pairs ${both.duplicateRelated}`,
      `dup ids ${both.duplicateIds}`,
      ...(ok ? [] : diff.slice(0, 2)),
    ].join('; '),
    ok,
  };
}

/** A hash of the code the CLI runs (ingest/ and graph/, recursively). */
function ingestCodeHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'launcher') {
        walk(path);
      } else if (entry.isFile()) {
        hash.update(path).update(readFileSync(path));
      }
    }
  };
  for (const dir of ['ingest', 'graph']) {
    walk(join(import.meta.dirname, '..', '..', dir));
  }
  return hash.digest('hex');
}

function killEngine(ctx: Context): void {
  process.kill(ctx.engine.pid, 'SIGKILL');
}

async function restart(ctx: Context): Promise<EmbeddedNeo4j> {
  const started = Date.now();
  const engine = await startEmbeddedNeo4j({
    dataDir: ctx.dataDir,
    port: ctx.port,
    pageCache: '512m',
    purpose: 'load',
  });
  ctx.engine = engine;
  restarts.push(Date.now() - started);
  return engine;
}

/** Engine restart times after a kill -9 (store recovery included), in ms. */
export const restarts: number[] = [];

function errorsFigure(run: IngestRun): string {
  const errors = jsonReport(run)?.errors ?? [];
  const named = errors.filter(
    (e) => e.source.endsWith('.md') || e.source.endsWith('.txt') || e.source.endsWith('.html'),
  );
  const stacks = stackLines(run.stderr).length;
  return `${errors.length} errors (${named.length} name a note)${stacks > 0 ? `, ${stacks} STACK LINES` : ''}`;
}

function invariantsHold(s: GraphSnapshot): boolean {
  return s.duplicateIds === 0 && s.duplicateRelated === 0 && s.orphanDecisions === 0 && s.orphanTalks === 0;
}

function fmtCounts(s: GraphSnapshot): string {
  const c = s.counts;
  return `${c[':Talk'] ?? 0} talks, ${c[':Entity'] ?? 0} entities, ${c[':CareerDecision'] ?? 0} decisions, ${c['[RELATED_TO]'] ?? 0} related`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
