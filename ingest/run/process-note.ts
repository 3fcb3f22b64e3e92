import { relative, sep } from 'node:path';
import { checkDeadline, ExtractionTimeout, withDeadline } from '../extract/deadline.ts';
import { type ExtractedTalk, type GraphRows, toGraphRows } from '../load/graph-rows.ts';
import { parseFrontMatter } from '../sources/front-matter.ts';
import { isNonFileSource, readAnySource } from '../sources/read-any-source.ts';
import { SourceError, type SourceText } from '../sources/read-file.ts';
import { type NoteDocument, splitTalks } from '../split/split-talks.ts';
import { extractTalk } from './extract-with-rules.ts';

/** What one note may cost to extract; over it, the note fails by name and the load goes on. */
export interface ExtractBudget {
  /** UTF-8 bytes of the note's text (after HTML is turned into text). */
  maxTextBytes: number;
  /** Milliseconds of splitting and extraction (reading excluded: it has its own limits). */
  timeoutMs: number;
}

/**
 * 2 MiB of text: ten times the longest real note (a day of transcript is ~200 kB), ~4 s of
 * extraction at the measured ~1.5–3 s per MB, and well inside the time budget. The 5 MiB read
 * limit still applies to the file: an HTML page carries markup around its text.
 */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Room for a 2 MiB note on a slow, shared machine; a note past it no longer holds up the rest. */
export const EXTRACT_TIMEOUT_MS = 20_000;

/** The budget, from TALKGRAPH_EXTRACT_TIMEOUT_MS and TALKGRAPH_EXTRACT_MAX_BYTES when set. */
export function extractBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): ExtractBudget {
  return {
    maxTextBytes: wholeNumber(env, 'TALKGRAPH_EXTRACT_MAX_BYTES', MAX_TEXT_BYTES),
    timeoutMs: wholeNumber(env, 'TALKGRAPH_EXTRACT_TIMEOUT_MS', EXTRACT_TIMEOUT_MS),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') {
    return fallback;
  }
  if (!/^\d+$/.test(value)) {
    throw new Error(`${name}: expected a whole number ≥ 0, got "${value}"`);
  }
  return Number(value);
}

/** A second extractor's pass over a note's talks (ingest/llm/); it never throws. */
export type Enrich = (doc: NoteDocument, talks: ExtractedTalk[]) => Promise<ExtractedTalk[]>;

/**
 * A file, an http(s) URL, or `-` for stdin, read, split into talks and extracted within the budget;
 * then `enrich`, when given, outside the budget (it keeps its own time limits).
 */
export async function extractSource(
  spec: string,
  budget: ExtractBudget = extractBudgetFromEnv(),
  enrich?: Enrich,
): Promise<GraphRows> {
  const source = await readAnySource(spec);
  const bytes = Buffer.byteLength(source.text);
  if (bytes > budget.maxTextBytes) {
    throw new SourceError(
      spec,
      `has ${bytes} bytes of text, over the extraction limit of ${budget.maxTextBytes} (TALKGRAPH_EXTRACT_MAX_BYTES)`,
    );
  }
  let extracted: { doc: NoteDocument; talks: ExtractedTalk[] };
  try {
    extracted = withDeadline(budget.timeoutMs, () => extractTalks(toDocument(spec, source)));
  } catch (error) {
    throw error instanceof ExtractionTimeout ? overBudget(spec, budget) : error;
  }
  const { doc, talks } = extracted;
  return toGraphRows(doc.source, enrich ? await enrich(doc, talks) : talks);
}

/** The error of a note whose extraction ran past the budget (also when a worker is stopped). */
export function overBudget(spec: string, budget: ExtractBudget): SourceError {
  return new SourceError(
    spec,
    `${new ExtractionTimeout(budget.timeoutMs).message} (the budget per note, TALKGRAPH_EXTRACT_TIMEOUT_MS)`,
  );
}

/** A file, an http(s) URL, or `-` for stdin, read and split into talks (no budget). */
export async function readDocument(spec: string): Promise<NoteDocument> {
  return toDocument(spec, await readAnySource(spec));
}

function toDocument(spec: string, source: SourceText): NoteDocument {
  const { meta, body } = parseFrontMatter(spec, source.text);
  const path = isNonFileSource(spec) ? source.path : portablePath(spec);
  return splitTalks({ ...source, path }, meta, body);
}

export function extractDocument(doc: NoteDocument): GraphRows {
  return toGraphRows(doc.source, extractTalks(doc).talks);
}

function extractTalks(doc: NoteDocument): { doc: NoteDocument; talks: ExtractedTalk[] } {
  return {
    doc,
    talks: doc.talks.map((talk) => {
      checkDeadline();
      return extractTalk(talk);
    }),
  };
}

/** Paths relative to the working folder, with forward slashes, so ids survive a checkout move. */
function portablePath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}
