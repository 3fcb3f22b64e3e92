/**
 * The bench's figures as tables: what `npm run bench` prints. Ratios are computed here, never
 * judged: targets are shown beside the figures for the reader, nothing is asserted.
 */
import { cpus } from 'node:os';
import type { ApiFigures } from './api-bench.ts';
import type { BigNoteRun } from './ingest-big-notes.ts';
import type { IngestSize } from './ingest-phase.ts';
import { TRANSACTIONS } from './lib/cypher-clock.ts';
import type { LoadFigures } from './lib/load-test.ts';
import { describeProfile } from './lib/profile.ts';
import { median, ratio } from './lib/stats.ts';
import type { StartFigures, StartRun } from './start-bench.ts';
import type { Table } from './table.ts';

const perSecond = (count: number, ms: number) => (count * 1000) / ms;

export function ingestTables(sizes: IngestSize[]): Table[] {
  const tables = throughputTables(sizes);
  const growth = growthTable(sizes);
  if (growth) {
    tables.push(growth);
  }
  for (const s of sizes) {
    tables.push(statementTable(s), decileTable(s), profileTable(s));
  }
  return tables;
}

/** One long note: extraction time by size and shape, and how far from linear it grows. */
export function bigNotesTable(runs: BigNoteRun[]): Table {
  return {
    title: 'Extraction of one long note (ms; medians)',
    head: ['size', 'shape', 'ms', 'ratio to 100 kB × size', 'talks', 'entities', 'decisions', 'runs'],
    rows: runs.map((r) => [
      r.bytes >= 1e6 ? `${r.bytes / 1e6} MB` : `${r.bytes / 1e3} kB`,
      r.shape,
      r.ms,
      r.linearRatio,
      r.talks,
      r.entities,
      r.decisions,
      r.runs,
    ]),
    leftColumns: [1],
    notes: [
      'Synthetic talk text in one note, read, split and extracted as the ingest does (budget lifted). Ratio = ms over',
      'the 100 kB note of that shape scaled linearly to this size: 1 is linear. Target: 1 MB in ≤ 5 s (the per-note',
      'budget is 20 s, TALKGRAPH_EXTRACT_TIMEOUT_MS; notes over 2 MiB of text are refused, TALKGRAPH_EXTRACT_MAX_BYTES).',
    ],
  };
}

function throughputTables(sizes: IngestSize[]): Table[] {
  return [
    {
      title: 'Ingest throughput (talks/s; medians)',
      head: [
        'talks',
        'notes',
        'MB',
        'extract cold',
        'extract warm',
        'extract workers',
        'end to end',
        'e2e ms/talk',
        'notes s',
        'related s',
      ],
      rows: sizes.map((s) => [
        s.talks,
        s.notes,
        s.megabytes,
        perSecond(s.extraction.talksFound, s.extraction.coldMs),
        perSecond(s.extraction.talksFound, s.extraction.warmMs),
        perSecond(s.extraction.talksFound, s.pooled.ms),
        perSecond(s.talks, s.endToEnd.ms),
        s.endToEnd.ms / s.talks,
        s.endToEnd.notesMs / 1000,
        s.endToEnd.relatedMs / 1000,
      ]),
      notes: [
        'extract = `ingest --dry-run` on the main thread (cold: first run, ontology matcher built; warm: median of the rest);',
        `extract workers = the same on ${sizes[0]?.pooled.workers ?? '?'} worker threads, as a large load runs (start-up included).`,
        'end to end = ingestPaths into a fresh embedded Neo4j; notes s = loading notes, related s = RELATED_TO pass. Target: ≥ 300 talks/s at 10k.',
      ],
    },
    {
      title: 'Ingest end to end: CPU time (ms per talk; medians)',
      head: ['talks', 'Node (main + workers)', 'Neo4j', 'total', 'wall', 'CPU-bound ceiling talks/s'],
      rows: sizes.map((s) => {
        const node = (s.endToEnd.cpu.node * 1000) / s.talks;
        const neo4j = (s.endToEnd.cpu.neo4j * 1000) / s.talks;
        return [
          s.talks,
          node,
          neo4j,
          node + neo4j,
          s.endToEnd.ms / s.talks,
          (cpus().length * 1000) / (node + neo4j),
        ];
      }),
      notes: [
        'CPU time barely moves when other jobs share the machine, unlike wall time. The ceiling is what the',
        'cores could do if the load kept them all busy: cores × 1000 / total; wall > total / cores means they waited.',
      ],
    },
    {
      title: 'Ingest: CPU phases (ms per talk, one warm pass)',
      head: ['talks', 'read+split', 'extract', 'related scoring (in memory)', 'RELATED_TO edges'],
      rows: sizes.map((s) => [
        s.talks,
        s.phases.readMs / s.talks,
        s.phases.extractMs / s.talks,
        s.related.ms / s.talks,
        s.related.edges,
      ]),
    },
  ];
}

/** Cost per talk at the largest size over the smallest: 1 is linear, 10 at 10×N is quadratic. */
function growthTable(sizes: IngestSize[]): Table | undefined {
  const small = sizes[0];
  const big = sizes.at(-1);
  if (!small || !big || small === big) {
    return undefined;
  }
  const per = (s: IngestSize, ms: number) => ms / s.talks;
  const row = (name: string, f: (s: IngestSize) => number): [string, number, number, number] => [
    name,
    per(small, f(small)),
    per(big, f(big)),
    ratio(per(big, f(big)), per(small, f(small))),
  ];
  return {
    title: `Ingest: cost growth, ms per talk at ${big.talks} vs ${small.talks}`,
    head: ['phase', `${small.talks}`, `${big.talks}`, 'ratio'],
    rows: [
      row('extract (warm)', (s) => s.extraction.warmMs),
      row('end to end', (s) => s.endToEnd.ms),
      row('load notes', (s) => s.endToEnd.notesMs),
      row('RELATED_TO pass', (s) => s.endToEnd.relatedMs),
      row('related scoring (in memory)', (s) => s.related.ms),
    ],
    notes: ['ratio 1 = linear in N; a ratio that grows with N means a super-linear step.'],
  };
}

function statementTable(s: IngestSize): Table {
  const statements = s.last.statements;
  const total = statements.find((t) => t.statement === TRANSACTIONS)?.ms ?? Number.NaN;
  return {
    title: `Ingest at ${s.talks}: Neo4j time by statement (last run)`,
    head: ['statement', 'calls', 'total s', 'ms/call', 'share of tx time'],
    rows: statements.map((t) => [
      t.statement,
      t.calls,
      t.ms / 1000,
      t.ms / t.calls,
      `${((100 * t.ms) / total).toFixed(0)}%`,
    ]),
    notes: [
      'Statement times run from send to last record (round trip included). Transactions minus their statements ≈ BEGIN/COMMIT cost.',
    ],
  };
}

function decileTable(s: IngestSize): Table {
  return {
    title: `Ingest at ${s.talks}: ms per note by tenth of the load (last run)`,
    head: ['tenth', ...s.last.deciles.map((_, i) => `${i + 1}`)],
    rows: [['ms/note', ...s.last.deciles]],
    notes: [
      'A rising row means each note costs more as the graph grows (work proportional to what is loaded).',
    ],
  };
}

function profileTable(s: IngestSize): Table {
  return {
    title: `Ingest at ${s.talks}: PROFILE of the costliest statements (last note's parameters, rolled back)`,
    head: ['statement', 'profile'],
    leftColumns: [1],
    rows: s.last.profiles.map((p) => [
      p.statement,
      typeof p.profile === 'string' ? `failed: ${p.profile}` : describeProfile(p.profile),
    ]),
  };
}

const TARGET_P95: Record<string, number> = {
  talk: 25,
  careerPath: 25,
  relatedTalks: 25,
  'neighborhood(depth: 2)': 60,
};

export function apiTables(api: ApiFigures, talks: number, durationSec: number): Table[] {
  const notes = new Set(api.cases.flatMap((c) => (c.note ? [`${c.name}: ${c.note}`] : [])));
  const figures = (f: LoadFigures) => [f.p50, f.p95, f.p99, f.rps, f.errors];
  const latency: Table = {
    title: `API on the ${talks}-talk graph: ${durationSec} s of load per server, field and concurrency`,
    head: ['field', 'conn', 'server', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'p95 target'],
    leftColumns: [2],
    rows: api.cases.flatMap((c) => [
      [c.name, c.connections, 'talkgraph', ...figures(c.talkgraph), TARGET_P95[c.name] ?? null],
      ['', '', '@neo4j/graphql', ...figures(c.peer), null],
      ['', '', 'ratio talkgraph/peer', ...ratios(c.talkgraph, c.peer), null],
    ]),
    notes: [
      'ratio rows: latency < 1 and req/s > 1 mean talkgraph is faster than @neo4j/graphql on the same read.',
      ...notes,
    ],
  };
  return [latency, costTable(api)];
}

function ratios(a: LoadFigures, b: LoadFigures): (number | null)[] {
  return [ratio(a.p50, b.p50), ratio(a.p95, b.p95), ratio(a.p99, b.p99), ratio(a.rps, b.rps), null];
}

function costTable(api: ApiFigures): Table {
  const hits = (n: number | undefined) => n ?? Number.NaN;
  return {
    title: 'API: what one read of a hub costs Neo4j (PROFILE)',
    head: [
      'field',
      'talkgraph queries',
      'db hits',
      'hottest operator',
      'peer queries',
      'db hits',
      'hottest operator',
    ],
    rows: api.cases
      .filter((c, i) => api.cases.findIndex((d) => d.name === c.name) === i)
      .map((c) => [
        c.name,
        c.cost?.talkgraph.queries,
        hits(c.cost?.talkgraph.dbHits),
        c.cost?.talkgraph.hotspot,
        c.cost?.peer.queries,
        hits(c.cost?.peer.dbHits),
        c.cost?.peer.hotspot,
      ]),
  };
}

export function startTable(start: StartFigures, api: ApiFigures | undefined): Table {
  const { runs } = start;
  const m = (f: (r: StartRun) => number) => median(runs.map(f));
  const rows: (string | number)[][] = [
    ['embedded Neo4j first start, new data folder (ms)', start.newFolderMs],
    ['npm start → /ready, warm data folder (ms)', m((r) => r.readyMs)],
    ['  of which Neo4j start + schema, as logged (ms)', m((r) => r.neo4jMs)],
    ['stop on SIGTERM (ms)', m((r) => r.stopMs)],
    ['peak RSS at ready: Node server (MiB)', m((r) => r.serverMiB)],
    ['peak RSS at ready: Neo4j JVM (MiB)', m((r) => r.neo4jMiB)],
  ];
  if (api) {
    rows.push(
      ['peak RSS after API load: talkgraph server (MiB)', api.memory.talkgraph],
      ['peak RSS after API load: @neo4j/graphql server (MiB)', api.memory.peer],
      ['peak RSS after API load: Neo4j JVM, both servers (MiB)', api.memory.neo4j],
    );
  }
  return {
    title: `Start and memory (medians of ${runs.length} starts)`,
    head: ['figure', 'value'],
    rows,
    notes: [
      'Start = app/start.ts under tsx (what `npm start` runs after `vite build`), sample corpus loaded.',
    ],
  };
}
