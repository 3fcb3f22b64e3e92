import { relative, sep } from 'node:path';
import { extractTalk } from './extract-talk.ts';
import { parseFrontMatter } from './front-matter.ts';
import { type GraphRows, toGraphRows } from './graph-rows.ts';
import { isNonFileSource, readAnySource } from './read-any-source.ts';
import { type NoteDocument, splitTalks } from './split-talks.ts';

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

/** Paths relative to the working folder, with forward slashes, so ids survive a checkout move. */
function portablePath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}
