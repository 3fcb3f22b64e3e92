import { readFile, stat } from 'node:fs/promises';
import { sha256 } from '../graph/ids.ts';

/** Notes larger than this are refused: no talk note is that long, and it guards memory. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export interface SourceText {
  path: string;
  text: string;
  sha256: string;
}

export class SourceError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'SourceError';
  }
}

/** Reads a note as UTF-8 text, refusing what is empty, binary, mis-encoded or too large. */
export async function readSource(path: string, maxBytes = MAX_SOURCE_BYTES): Promise<SourceText> {
  const info = await stat(path).catch(() => {
    throw new SourceError(path, 'cannot be read (missing or not accessible)');
  });
  if (info.size > maxBytes) {
    throw new SourceError(path, `is ${info.size} bytes, over the limit of ${maxBytes}`);
  }
  const bytes = await readFile(path);
  return { path, text: decodeText(path, bytes), sha256: sha256(bytes) };
}

export function decodeText(source: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new SourceError(source, 'looks binary (contains NUL bytes), not a text note');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(source, 'is not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) {
    throw new SourceError(source, 'is empty');
  }
  return text;
}
