import { sha256 } from '../../graph/ids.ts';
import {
  decodeText,
  errnoReason,
  htmlText,
  looksLikeHtml,
  MAX_SOURCE_BYTES,
  SourceError,
  type SourceText,
} from './read-file.ts';

/** How a note read from standard input is named in errors. */
export const STDIN_SPEC = '-';

/**
 * Reads one note piped on standard input (`-`), HTML sniffed from its first tag. Its path is
 * `stdin:<hash>`: piped notes have no name, and two different ones must not replace each other.
 */
export async function readStdin(
  input: AsyncIterable<Uint8Array | string> = process.stdin,
  maxBytes = MAX_SOURCE_BYTES,
): Promise<SourceText> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      size += bytes.byteLength;
      if (size > maxBytes) {
        throw new SourceError('stdin', `is over the limit of ${maxBytes} bytes`);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    throw error instanceof SourceError
      ? error
      : new SourceError('stdin', `cannot be read (${errnoReason(error)})`);
  }
  const bytes = Buffer.concat(chunks);
  const text = decodeText('stdin', bytes);
  const hash = sha256(bytes);
  return {
    path: `stdin:${hash.slice(0, 12)}`,
    text: looksLikeHtml(text) ? htmlText('stdin', text) : text,
    sha256: hash,
  };
}
