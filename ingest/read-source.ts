import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { sha256 } from '../graph/ids.ts';
import { htmlToPlainText } from './html-to-text.ts';

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

export const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/**
 * Reads a note file as text, refusing what is empty, binary, mis-encoded or too large.
 * HTML files come back as their readable text; the hash is always of the bytes on disk.
 */
export async function readSource(path: string, maxBytes = MAX_SOURCE_BYTES): Promise<SourceText> {
  // One open for the size check and the read: a separate stat by path was ~13 % of the time
  // spent reading and splitting a note.
  const file = await open(path).catch(() => {
    throw new SourceError(path, 'cannot be read (missing or not accessible)');
  });
  let bytes: Buffer;
  try {
    const info = await file.stat();
    if (info.size > maxBytes) {
      throw new SourceError(path, `is ${info.size} bytes, over the limit of ${maxBytes}`);
    }
    bytes = await file.readFile();
  } finally {
    await file.close();
  }
  // Saved pages often keep a .txt or .md name: the markup, not the extension, decides.
  const named = HTML_EXTENSIONS.has(extname(path).toLowerCase());
  const isHtml = named || looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
  const text = decodeText(path, bytes, isHtml ? htmlCharset(bytes) : 'utf-8');
  return { path, text: isHtml ? htmlText(path, text) : text, sha256: sha256(bytes) };
}

/**
 * Bytes → text in the given encoding (UTF-8 unless a page declares another, e.g. EUC-KR),
 * without a byte-order mark and with `\n` line ends.
 */
export function decodeText(source: string, bytes: Uint8Array, encoding = 'utf-8'): string {
  if (bytes.includes(0)) {
    throw new SourceError(source, 'looks binary (contains NUL bytes), not a text note');
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new SourceError(source, `declares an unknown text encoding "${encoding}"`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new SourceError(source, `is not valid ${decoder.encoding.toUpperCase()} text`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) {
    throw new SourceError(source, 'is empty');
  }
  return text;
}

/** The page's readable text; a page that is all furniture is refused like an empty note. */
export function htmlText(source: string, html: string): string {
  const text = htmlToPlainText(html);
  if (text.length === 0) {
    throw new SourceError(source, 'is an HTML page without readable text');
  }
  return text;
}

/** The charset a page declares in its first bytes (`<meta charset>`), UTF-8 when none. */
export function htmlCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/** Markup sniffed from the start of text whose type is not known (stdin). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}
