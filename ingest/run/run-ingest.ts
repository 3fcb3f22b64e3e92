/**
 * The entry of run/ and of the whole ingest: paths → notes read, split and extracted (by the rules,
 * on worker threads for large loads, or by the rules then a model when one is set) → written to
 * Neo4j in batches (load/), each write refreshing the careers it touched → then the prune, missing
 * moves and the related-talks pass. Without a graph it is the dry run: the report alone.
 * cli.ts and app/ call it.
 */
import type { Driver } from 'neo4j-driver';
import { fillMissingMoves } from '../careers/fill-missing-moves.ts';
import { ModelExtractor } from '../llm/model-extractor.ts';
import { type LlmSettings, llmSettingsFromEnv } from '../llm/settings.ts';
import { BatchWriter, type Settle } from '../load/batch-writer.ts';
import { pruneFolders, pruneSources } from '../load/prune-sources.ts';
import { writeRelatedTalks } from '../related/write-related.ts';
import { collectFiles } from '../sources/collect-files.ts';
import { defaultWorkers, extractInOrder } from './extract-pool.ts';
import { extractWithModel } from './extract-with-model.ts';
import { addToReport, emptyReport, type IngestReport } from './report.ts';

export type { IngestReport } from './report.ts';

export interface IngestOptions {
  /** Absent → a dry run: nothing is written. */
  graph?: { driver: Driver; database: string };
  /** Called after each source with how many are done; the run waits for a returned promise. */
  onProgress?: (done: number, total: number, source: string) => unknown;
  /** Notes written per transaction. @default BATCH_NOTES */
  batchSize?: number;
  /** Worker threads extracting notes; 0 extracts on this thread. @default defaultWorkers(sources) */
  workers?: number;
  /**
   * After loading, remove the notes that are gone from the folders among `paths` (moved notes
   * keep their talks either way). @default false
   */
  prune?: boolean;
  /**
   * The optional model extractor (ingest/llm/); null → the rules alone. With a model, notes are
   * extracted on this thread (`workers` is ignored). @default llmSettingsFromEnv()
   */
  llm?: LlmSettings | null;
}

export interface IngestResult {
  report: IngestReport;
  loaded: number;
  unchanged: number;
  /** RELATED_TO edges after the load (0 on a dry run). */
  related: number;
  /** Sources removed by `prune`, with their talks. */
  pruned: number;
  prunedTalks: number;
}

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const llm = options.llm === undefined ? llmSettingsFromEnv() : options.llm;
  const { files, errors } = await collectFiles(paths);
  const report = emptyReport();
  report.errors.push(...errors.map((e) => ({ source: e.source, message: e.message })));
  const result: IngestResult = { report, loaded: 0, unchanged: 0, related: 0, pruned: 0, prunedTalks: 0 };
  const entityIndex = new Map<string, IngestReport['entities'][number]>();
  let done = 0;
  const progress = async (file: string) => {
    done += 1;
    await options.onProgress?.(done, files.length, file);
  };
  // Every message names its file, whatever stage failed (a batch write, a stack overflow).
  const fail = (file: string, error: unknown) => {
    const message = messageOf(error);
    report.errors.push({ source: file, message: message.includes(file) ? message : `${file}: ${message}` });
  };
  const settle: Settle = async (note, outcome) => {
    if ('error' in outcome) {
      fail(note.file, outcome.error);
    } else {
      result[outcome.outcome] += 1;
      addToReport(report, note.rows, entityIndex);
    }
    await progress(note.file);
  };
  // A load reports each note once its batch is written; a dry run reports it at once.
  const writer = options.graph ? new BatchWriter(options.graph, settle, options.batchSize) : undefined;
  const model = llm ? new ModelExtractor(llm) : null;
  const notes = model
    ? extractWithModel(files, model)
    : extractInOrder(files, options.workers ?? defaultWorkers(files.length));
  for await (const extracted of notes) {
    const { file } = extracted;
    if ('error' in extracted) {
      fail(file, extracted.error);
    } else if (writer) {
      await writer.add(extracted);
      continue;
    } else {
      addToReport(report, extracted.rows, entityIndex);
    }
    await progress(file);
  }
  await writer?.finish();
  if (model) {
    report.llm = model.report();
  }
  if (options.graph && !writer?.unreachable) {
    await finishLoad(
      options.graph,
      paths,
      options.prune ? [...files, ...errors.map((e) => e.source)] : null,
      result,
    );
  }
  return result;
}

/**
 * What follows the notes: the prune, then the related pass whenever a write marked the related
 * talks stale, this run's or an earlier one that died before its pass.
 */
async function finishLoad(
  graph: { driver: Driver; database: string },
  paths: string[],
  seen: string[] | null,
  result: IngestResult,
): Promise<void> {
  if (seen) {
    try {
      const pruned = await pruneSources(graph, await pruneFolders(paths), seen);
      result.pruned = pruned.sources.length;
      result.prunedTalks = pruned.talks;
    } catch (error) {
      result.report.errors.push({ source: '(prune)', message: `could not prune: ${messageOf(error)}` });
    }
  }
  try {
    // A graph loaded before career moves existed gets them, whatever this run touched.
    await fillMissingMoves(graph);
  } catch (error) {
    result.report.errors.push({
      source: '(career moves)',
      message: `could not fill moves: ${messageOf(error)}`,
    });
  }
  try {
    result.related = await writeRelatedTalks(graph.driver, graph.database, { onlyIfStale: true });
  } catch (error) {
    // Derived data: the notes are stored, and the stale mark stays for the next ingest.
    result.report.errors.push({
      source: '(related talks)',
      message: `could not update related talks: ${messageOf(error)}`,
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
