/**
 * `npm run bench [-- --quick]`: ingest, API (talkgraph beside @neo4j/graphql) and start-up
 * figures on a synthetic corpus, printed as tables and written as JSON. Measures, never asserts.
 *
 * Options: --quick (300 talks, fewer runs, 5 s load windows), --sizes 1000,10000, --seed 42,
 * --duration <s>, --connections 1,8, --only big-notes,ingest,api,start,client, --out <file.json>.
 * The client (headless Chromium) is measured by bench/client-render.ts (the bare map) and
 * bench/client-explorer.ts (the app at 1k and 10k talks: first picture, suggestions, pan fps),
 * run as children.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ApiFigures, runApiBench } from './api-bench.ts';
import { runEndToEnd, writeSyntheticCorpus } from './ingest-bench.ts';
import { type BigNoteRun, runBigNotes } from './ingest-big-notes.ts';
import { type IngestSize, runIngestPhase } from './ingest-phase.ts';
import { apiTables, bigNotesTable, ingestTables, startTable } from './report.ts';
import { runStartBench, type StartFigures } from './start-bench.ts';
import { renderTable, type Table } from './table.ts';

const ROOT = join(import.meta.dirname, '..');
const CLIENT_BENCH = join(ROOT, 'bench', 'client-render.ts');
const EXPLORER_BENCH = join(ROOT, 'bench', 'client-explorer.ts');
const PHASES = ['big-notes', 'ingest', 'api', 'start', 'client'] as const;

interface Plan {
  quick: boolean;
  seed: number;
  sizes: number[];
  durationSec: number;
  connections: number[];
  phases: Set<string>;
  out: string;
}

function readPlan(): Plan {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      sizes: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string', default: PHASES.join(',') },
      // Outside the repository: a results file inside it would fail `biome check .` (npm test).
      out: { type: 'string', default: join(tmpdir(), 'talkgraph-bench', 'latest.json') },
    },
  });
  const quick = values.quick ?? false;
  return {
    quick,
    seed: Number(values.seed),
    sizes: (values.sizes ?? (quick ? '300' : '1000,10000')).split(',').map(Number),
    durationSec: Number(values.duration ?? (quick ? 5 : 15)),
    connections: (values.connections ?? (quick ? '8' : '1,8')).split(',').map(Number),
    phases: new Set((values.only ?? '').split(',')),
    out: resolve(values.out ?? ''),
  };
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface Results {
  quick: boolean;
  machine: { cpus: number; memoryGiB: number; node: string; loadAverageAtStart: number[] };
  bigNotes?: BigNoteRun[];
  ingest?: IngestSize[];
  api?: ApiFigures & { talks: number; durationSec: number };
  start?: StartFigures;
  client?: unknown;
  errors: { phase: string; message: string }[];
}

async function main(): Promise<void> {
  const plan = readPlan();
  const results: Results = {
    quick: plan.quick,
    machine: {
      cpus: cpus().length,
      memoryGiB: totalmem() / 2 ** 30,
      node: process.version,
      loadAverageAtStart: loadavg(),
    },
    errors: [],
  };
  const tables: Table[] = [];
  // The loaded graph outlives the ingest phase (the API reads it) and is removed at the very end.
  const graph: { dir?: string } = {};
  try {
    await attempt(results, 'big-notes', plan, async () => {
      results.bigNotes = await runBigNotes(plan.quick ? 1 : 3, log);
      tables.push(bigNotesTable(results.bigNotes));
    });
    await attempt(results, 'ingest', plan, async () => {
      const quickRuns = (talks: number) => (plan.quick ? 2 : talks >= 5_000 ? 1 : 3);
      const ingest = await runIngestPhase({ ...plan, extractionRuns: 3, loadRuns: quickRuns, log });
      graph.dir = ingest.graph;
      results.ingest = ingest.sizes;
      tables.push(...ingestTables(ingest.sizes));
    });
    await attempt(results, 'api', plan, async () => {
      graph.dir ??= await loadGraph(plan, Math.max(...plan.sizes));
      await runApi(plan, graph.dir, results, tables);
    });
    await attempt(results, 'start', plan, async () => {
      log('start: npm start on a warm data folder');
      results.start = await runStartBench(plan.quick ? 3 : 5);
      tables.push(startTable(results.start, results.api));
    });
    await attempt(results, 'client', plan, async () => {
      results.client = { render: runClientBench(plan), explorer: runExplorerBench(plan) };
    });
  } finally {
    if (graph.dir) {
      rmSync(graph.dir, { recursive: true, force: true });
    }
  }
  report(plan, results, tables);
}

/** Runs a phase when it was asked for; a failing phase is reported and the others still run. */
async function attempt(results: Results, phase: string, plan: Plan, run: () => Promise<void>): Promise<void> {
  if (!plan.phases.has(phase)) {
    return;
  }
  try {
    await run();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${phase} failed: ${message}`);
    results.errors.push({ phase, message: message.split('\n')[0] ?? '' });
  }
}

async function runApi(plan: Plan, graph: string, results: Results, tables: Table[]): Promise<void> {
  const talks = Math.max(...plan.sizes);
  log(
    `api: ${plan.durationSec} s windows, ${plan.connections.join(' and ')} connections, on the ${talks}-talk graph`,
  );
  const options = {
    durationSec: plan.durationSec,
    connections: plan.connections,
    sample: plan.quick ? 20 : 50,
  };
  const api = await runApiBench(graph, options);
  results.api = { ...api, talks, durationSec: plan.durationSec };
  tables.push(...apiTables(api, talks, plan.durationSec));
}

/** A loaded graph for the API alone (`--only api`): one end-to-end load of the largest corpus. */
async function loadGraph(plan: Plan, talks: number): Promise<string> {
  log(`api: loading ${talks} talks first`);
  const corpus = writeSyntheticCorpus(talks, plan.seed);
  try {
    const run = await runEndToEnd(corpus, { keep: true });
    if (!run.dataDir) {
      throw new Error('the load kept no data folder');
    }
    return run.dataDir;
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

/**
 * The client's figures come from bench/client-render.ts:
 * it is run with `--quick` when this run is quick, prints its own table, and may write its
 * figures as JSON to the file named by BENCH_CLIENT_JSON, which is merged into the results.
 */
function runClientBench(plan: Plan): unknown {
  const jsonFile = join(tmpdir(), `talkgraph-bench-client-${process.pid}.json`);
  log('client: bench/client-render.ts');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', CLIENT_BENCH, ...(plan.quick ? ['--quick'] : [])],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CLIENT_JSON: jsonFile },
    },
  );
  if (!existsSync(jsonFile)) {
    return { exitCode: run.status };
  }
  const figures: unknown = JSON.parse(readFileSync(jsonFile, 'utf8'));
  rmSync(jsonFile, { force: true });
  return figures;
}

/**
 * The explorer row: bench/client-explorer.ts at 1k and 10k talks (always both: 10k is the
 * target's size), canvas and WebGL; quick, canvas only. It prints its own table.
 */
function runExplorerBench(plan: Plan): unknown {
  const jsonFile = join(tmpdir(), `talkgraph-bench-explorer-${process.pid}.json`);
  log('client: bench/client-explorer.ts');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      EXPLORER_BENCH,
      '--talks',
      '1000,10000',
      ...(plan.quick ? ['--renderers', 'canvas', '--timeout', '120'] : []),
    ],
    { stdio: 'inherit', env: { ...process.env, BENCH_CLIENT_EXPLORER_JSON: jsonFile } },
  );
  if (!existsSync(jsonFile)) {
    return { exitCode: run.status };
  }
  const figures: unknown = JSON.parse(readFileSync(jsonFile, 'utf8'));
  rmSync(jsonFile, { force: true });
  return figures;
}

function report(plan: Plan, results: Results, tables: Table[]): void {
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(
    `# talkgraph bench${plan.quick ? ' (quick)' : ''}: ${results.machine.cpus} cores, Node ${process.version}`,
  );
  console.log(
    `load average at start ${results.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')}, at end ${load.join(' ')}`,
  );
  console.log('Shared machine: figures are noisy; compare ratios within one run rather than runs.\n');
  for (const table of tables) {
    console.log(renderTable(table));
  }
  for (const error of results.errors) {
    console.log(`Phase ${error.phase} failed: ${error.message}`);
  }
  mkdirSync(dirname(plan.out), { recursive: true });
  writeFileSync(plan.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Figures as JSON: ${plan.out}`);
}

await main();
