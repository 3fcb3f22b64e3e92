import type { Driver } from 'neo4j-driver';
import { BatchWriter, type Settle } from './batch-writer.ts';
import { collectFiles } from './collect-files.ts';
import { defaultWorkers, extractInOrder } from './extract-pool.ts';
import { addToReport, emptyReport, type IngestReport } from './report.ts';
import { writeRelatedTalks } from './write-related.ts';

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
}

export interface IngestResult {
  report: IngestReport;
  loaded: number;
  unchanged: number;
  /** RELATED_TO edges after the load (0 on a dry run). */
  related: number;
}

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, errors } = await collectFiles(paths);
  const report = emptyReport();
  report.errors.push(...errors.map((e) => ({ source: e.source, message: e.message })));
  const result: IngestResult = { report, loaded: 0, unchanged: 0, related: 0 };
  const entityIndex = new Map<string, IngestReport['entities'][number]>();
  let done = 0;
  const progress = async (file: string) => {
    done += 1;
    await options.onProgress?.(done, files.length, file);
  };
  const fail = (file: string, error: unknown) =>
    report.errors.push({ source: file, message: messageOf(error) });
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
  for await (const extracted of extractInOrder(files, options.workers ?? defaultWorkers(files.length))) {
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
  if (options.graph && result.loaded > 0 && !writer?.unreachable) {
    try {
      result.related = await writeRelatedTalks(options.graph.driver, options.graph.database);
    } catch (error) {
      // Derived data: the notes are stored; the next load that changes something recomputes it.
      report.errors.push({
        source: '(related talks)',
        message: `could not update related talks: ${messageOf(error)}`,
      });
    }
  }
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
