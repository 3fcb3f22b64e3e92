import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { sha256 } from '../../graph/ids.ts';
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
 * Reads a note file as text, refusing what is not a regular file, or is empty, binary,
 * mis-encoded or too large. HTML files come back as their readable text; the hash is always of
 * the bytes on disk.
 */
export async function readSource(path: string, maxBytes = MAX_SOURCE_BYTES): Promise<SourceText> {
  const bytes = await readNoteBytes(path, maxBytes);
  // Saved pages often keep a .txt or .md name: the markup, not the extension, decides.
  const named = HTML_EXTENSIONS.has(extname(path).toLowerCase());
  const isHtml = named || looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
  const text = decodeText(path, bytes, isHtml ? htmlCharset(bytes) : 'utf-8');
  return { path, text: isHtml ? htmlText(path, text) : text, sha256: sha256(bytes) };
}

/**
 * Opening a FIFO for reading waits for a writer: non-blocking, the open returns at once and
 * the handle's own stat refuses it. Reads of a regular file ignore the flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The first read asks for this much when the file's size says nothing (0, as in /proc). */
const FIRST_READ = 64 * 1024;

/**
 * The bytes of a regular file, at most `maxBytes`. The limit is kept while reading, not taken
 * from fstat, which reports 0 for /proc files and cannot see a file that grows as it is read.
 * One open serves the type check and the read: a separate stat by path was ~13 % of the time
 * spent reading and splitting a note.
 */
async function readNoteBytes(path: string, maxBytes: number): Promise<Buffer> {
  const file = await open(path, OPEN_FLAGS).catch(async (error: unknown) => {
    // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
    const kind = await stat(path).then(nonRegularKind, () => undefined);
    throw new SourceError(
      path,
      kind ? `is ${kind}, not a regular file` : `cannot be read (${errnoReason(error)})`,
    );
  });
  try {
    const info = await file.stat();
    const kind = nonRegularKind(info);
    if (kind) {
      throw new SourceError(path, `is ${kind}, not a regular file`);
    }
    if (info.size > maxBytes) {
      throw new SourceError(path, `is ${info.size} bytes, over the limit of ${maxBytes}`);
    }
    // One byte past the limit is enough to know the file is over it.
    let buffer = Buffer.allocUnsafe(Math.min(info.size > 0 ? info.size + 1 : FIRST_READ, maxBytes + 1));
    let size = 0;
    for (;;) {
      if (size === buffer.length) {
        if (size > maxBytes) {
          throw new SourceError(path, `is over the limit of ${maxBytes} bytes`);
        }
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, size);
        buffer = grown;
      }
      const { bytesRead } = await file.read(buffer, size, buffer.length - size, null);
      if (bytesRead === 0) {
        return buffer.subarray(0, size);
      }
      size += bytesRead;
    }
  } catch (error) {
    throw error instanceof SourceError
      ? error
      : new SourceError(path, `cannot be read (${errnoReason(error)})`);
  } finally {
    await file.close();
  }
}

/** What fs.Stats and fs.Dirent both tell of a file's type. */
export type FileKind = Pick<
  Stats,
  'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'
>;

/** What a file is when it is not a regular one ("a FIFO"), else undefined. */
export function nonRegularKind(info: FileKind): string | undefined {
  if (info.isFile()) {
    return undefined;
  }
  if (info.isDirectory()) {
    return 'a folder';
  }
  if (info.isFIFO()) {
    return 'a FIFO';
  }
  if (info.isSocket()) {
    return 'a socket';
  }
  if (info.isCharacterDevice()) {
    return 'a character device';
  }
  if (info.isBlockDevice()) {
    return 'a block device';
  }
  return 'a special file';
}

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'missing',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symlink loop',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
};

/** A file-system error as its errno code and, for the common ones, what it means. */
export function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) {
    return error instanceof Error ? error.message : String(error);
  }
  const reason = ERRNO_REASONS[code];
  return reason ? `${reason}: ${code}` : code;
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
  let text: string;
  try {
    text = htmlToPlainText(html);
  } catch (error) {
    // The converter's own errors ("Maximum call stack size exceeded") do not say which page.
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(source, `is an HTML page that cannot be converted to text (${reason})`);
  }
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
