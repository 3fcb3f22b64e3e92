import { relative, sep } from 'node:path';
import { type Driver, Neo4jError } from 'neo4j-driver';
import { collectFiles } from './collect-files.ts';
import { extractTalk } from './extract-talk.ts';
import { parseFrontMatter } from './front-matter.ts';
import { type GraphRows, toGraphRows } from './graph-rows.ts';
import { loadDocument } from './load-document.ts';
import { isNonFileSource, readAnySource } from './read-any-source.ts';
import { addToReport, emptyReport, type IngestReport } from './report.ts';
import { type NoteDocument, splitTalks } from './split-talks.ts';
import { writeRelatedTalks } from './write-related.ts';

export type { IngestReport } from './report.ts';

export interface IngestOptions {
  /** Absent → a dry run: nothing is written. */
  graph?: { driver: Driver; database: string };
  /** Called after each source with how many are done; the run waits for a returned promise. */
  onProgress?: (done: number, total: number, source: string) => unknown;
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
  let unreachable: string | undefined;
  for (const [index, file] of files.entries()) {
    try {
      if (unreachable) {
        throw new Error(`not loaded: Neo4j became unreachable earlier in this run (${unreachable})`);
      }
      const rows = extractDocument(await readDocument(file));
      if (options.graph) {
        const outcome = await loadDocument(options.graph.driver, options.graph.database, rows);
        result[outcome] += 1;
      }
      addToReport(report, rows, entityIndex);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The driver already retried; every later note would wait as long again to fail the same way.
      if (isUnavailable(error)) {
        unreachable = message;
      }
      report.errors.push({ source: file, message });
    }
    await options.onProgress?.(index + 1, files.length, file);
  }
  if (options.graph && result.loaded > 0 && !unreachable) {
    try {
      result.related = await writeRelatedTalks(options.graph.driver, options.graph.database);
    } catch (error) {
      // Derived data: the notes are stored; the next load that changes something recomputes it.
      const message = error instanceof Error ? error.message : String(error);
      report.errors.push({
        source: '(related talks)',
        message: `could not update related talks: ${message}`,
      });
    }
  }
  return result;
}

/** A file, an http(s) URL, or `-` for stdin, read and split into talks. */
export async function readDocument(spec: string): Promise<NoteDocument> {
  const source = await readAnySource(spec);
  const { meta, body } = parseFrontMatter(spec, source.text);
  const path = isNonFileSource(spec) ? source.path : portablePath(spec);
  return splitTalks({ ...source, path }, meta, body);
}

export function extractDocument(doc: NoteDocument): GraphRows {
  return toGraphRows(doc.source, doc.talks.map(extractTalk));
}

function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code);
}

/** Paths relative to the working folder, with forward slashes, so ids survive a checkout move. */
function portablePath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}
