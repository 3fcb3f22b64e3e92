/**
 * The ingest phase of `npm run bench`: per corpus size, extraction alone and end to end, repeated
 * and reduced to medians, plus one look at where the time goes on the last load.
 */
import { rmSync } from 'node:fs';
import { defaultWorkers } from '../ingest/run/extract-pool.ts';
import {
  type CorpusOnDisk,
  extractionPhases,
  type LoadRun,
  runEndToEnd,
  runExtraction,
  writeSyntheticCorpus,
} from './ingest-bench.ts';
import { relatedInputs, timeRelated } from './ingest-related.ts';
import { median, repeat } from './lib/stats.ts';

export interface IngestSize {
  talks: number;
  notes: number;
  megabytes: number;
  /** On the main thread: the first run (ontology matcher built) and the median of the rest. */
  extraction: { coldMs: number; warmMs: number; talksFound: number; errors: number; runs: number };
  /** On worker threads, as a large load runs (worker start-up included): median. */
  pooled: { ms: number; workers: number; runs: number };
  phases: { readMs: number; extractMs: number };
  /** In-memory related-talks scoring over the extraction's output. */
  related: { ms: number; edges: number };
  endToEnd: {
    ms: number;
    notesMs: number;
    relatedMs: number;
    runs: number;
    errors: number;
    /** CPU seconds per run (medians): Node (main thread and workers) and Neo4j. */
    cpu: { node: number; neo4j: number };
  };
  /** The last end-to-end run in full: statements, deciles, profiles. */
  last: Omit<LoadRun, 'dataDir'>;
}

export interface IngestPlan {
  sizes: number[];
  seed: number;
  extractionRuns: number;
  loadRuns: (talks: number) => number;
  log: (line: string) => void;
}

/** Returns the figures and the data folder of the largest graph, kept for the API phase. */
export async function runIngestPhase(
  plan: IngestPlan,
): Promise<{ sizes: IngestSize[]; graph: string | undefined }> {
  const sizes: IngestSize[] = [];
  let graph: string | undefined;
  for (const talks of plan.sizes) {
    const corpus = writeSyntheticCorpus(talks, plan.seed);
    try {
      const keep = talks === Math.max(...plan.sizes);
      const { size, dataDir } = await measureSize(corpus, plan, keep);
      sizes.push(size);
      graph = dataDir ?? graph;
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  }
  return { sizes, graph };
}

async function measureSize(corpus: CorpusOnDisk, plan: IngestPlan, keep: boolean) {
  plan.log(`ingest: ${corpus.talks} talks in ${corpus.notes} notes (${corpus.megabytes.toFixed(1)} MB)`);
  const extraction = await repeat(plan.extractionRuns, () => runExtraction(corpus, 0));
  const workers = defaultWorkers(corpus.notes);
  const pooled = await repeat(plan.extractionRuns - 1, () => runExtraction(corpus, workers));
  const phases = await extractionPhases(corpus);
  const related = timeRelated(await relatedInputs(corpus));
  const runs = plan.loadRuns(corpus.talks);
  const loads = await repeat(runs, (i) => {
    plan.log(`  end to end ${i + 1}/${runs}`);
    return runEndToEnd(corpus, { keep: keep && i === runs - 1, profile: i === runs - 1 });
  });
  const last = loads.at(-1);
  if (!last) {
    throw new Error('no end-to-end run');
  }
  const { dataDir, ...lastFigures } = last;
  const size: IngestSize = {
    talks: corpus.talks,
    notes: corpus.notes,
    megabytes: corpus.megabytes,
    extraction: {
      coldMs: extraction[0]?.ms ?? Number.NaN,
      warmMs: median(extraction.slice(1).map((r) => r.ms)),
      talksFound: extraction[0]?.talks ?? 0,
      errors: extraction[0]?.errors ?? 0,
      runs: extraction.length,
    },
    pooled: { ms: median(pooled.map((r) => r.ms)), workers, runs: pooled.length },
    phases,
    related,
    endToEnd: {
      ms: median(loads.map((l) => l.ms)),
      notesMs: median(loads.map((l) => l.notesMs)),
      relatedMs: median(loads.map((l) => l.relatedMs)),
      runs,
      errors: last.errors,
      cpu: { node: median(loads.map((l) => l.cpu.node)), neo4j: median(loads.map((l) => l.cpu.neo4j)) },
    },
    last: lastFigures,
  };
  return { size, dataDir };
}
