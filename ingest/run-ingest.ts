import { relative, sep } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { entityId } from '../graph/ids.ts';
import { collectFiles } from './collect-files.ts';
import { parseFrontMatter } from './front-matter.ts';
import { loadDocument } from './load-document.ts';
import { readSource } from './read-source.ts';
import { type NoteDocument, splitTalks } from './split-talks.ts';

/** The JSON contract of `ingest --dry-run --json` (DESIGN.md); other tools rely on its shape. */
export interface IngestReport {
  talks: { id: string; title: string; speakers: string[]; date: string | null; source: string }[];
  entities: { id: string; type: string; name: string; aliases: string[]; mentions: number }[];
  decisions: {
    id: string;
    person: string;
    kind: string;
    year: number | null;
    from: string | null;
    to: string | null;
    evidence: string;
    talk: string;
  }[];
  errors: { source: string; message: string }[];
}

export interface IngestOptions {
  /** Absent → a dry run: nothing is written. */
  graph?: { driver: Driver; database: string };
  /** Called after each source with how many are done. */
  onProgress?: (done: number, total: number, source: string) => void;
}

export interface IngestResult {
  report: IngestReport;
  loaded: number;
  unchanged: number;
}

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, errors } = await collectFiles(paths);
  const report: IngestReport = {
    talks: [],
    entities: [],
    decisions: [],
    errors: errors.map((e) => ({ source: e.source, message: e.message })),
  };
  const result: IngestResult = { report, loaded: 0, unchanged: 0 };
  for (const [index, file] of files.entries()) {
    try {
      const doc = await readDocument(file);
      if (options.graph) {
        const outcome = await loadDocument(options.graph.driver, options.graph.database, doc);
        result[outcome] += 1;
      }
      addToReport(report, doc);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.errors.push({ source: file, message });
    }
    options.onProgress?.(index + 1, files.length, file);
  }
  return result;
}

export async function readDocument(file: string): Promise<NoteDocument> {
  const source = await readSource(file);
  const { meta, body } = parseFrontMatter(file, source.text);
  return splitTalks({ ...source, path: portablePath(file) }, meta, body);
}

/** Paths relative to the working folder, with forward slashes, so ids survive a checkout move. */
function portablePath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}

function addToReport(report: IngestReport, doc: NoteDocument): void {
  for (const talk of doc.talks) {
    report.talks.push({
      id: talk.id,
      title: talk.title,
      speakers: talk.speakers,
      date: talk.date,
      source: doc.source.path,
    });
    for (const name of talk.speakers) {
      const id = entityId('Person', name);
      const entity = report.entities.find((e) => e.id === id);
      if (entity) {
        entity.mentions += 1;
      } else {
        report.entities.push({ id, type: 'Person', name, aliases: [name], mentions: 1 });
      }
    }
  }
}
