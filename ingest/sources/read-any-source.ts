/**
 * The entry of sources/: a note's text from wherever it is (a file, an http(s) URL, `-` for stdin),
 * HTML turned into text, with its path and hash. collect-files.ts finds the notes of a folder;
 * front-matter.ts reads a note's header. Gives SourceText; refuses what is not a readable note.
 */
import { readSource, type SourceText } from './read-file.ts';
import { readStdin, STDIN_SPEC } from './read-stdin.ts';
import { isHttpUrl, type ReadUrlOptions, readUrl } from './read-url.ts';

export interface ReadAnySourceOptions extends ReadUrlOptions {
  /** Where `-` reads from. @default process.stdin */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** True for what names a source that is not a file: an http(s) URL or `-` (standard input). */
export function isNonFileSource(spec: string): boolean {
  return spec === STDIN_SPEC || isHttpUrl(spec);
}

/** One entry point for every kind of source: a file path, an http(s) URL, or `-` for stdin. */
export async function readAnySource(spec: string, options: ReadAnySourceOptions = {}): Promise<SourceText> {
  if (spec === STDIN_SPEC) {
    return readStdin(options.stdin ?? process.stdin, options.maxBytes);
  }
  if (isHttpUrl(spec)) {
    return readUrl(spec, options);
  }
  return readSource(spec, options.maxBytes);
}
