import { sha256 } from '../../graph/ids.ts';
import {
  decodeText,
  htmlCharset,
  htmlText,
  MAX_SOURCE_BYTES,
  SourceError,
  type SourceText,
} from './read-file.ts';

export interface ReadUrlOptions {
  /** Whole request, body included. @default 15000 */
  timeoutMs?: number;
  /** Largest body accepted; the download stops as soon as it is passed. @default MAX_SOURCE_BYTES */
  maxBytes?: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);

export function isHttpUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/**
 * Fetches a note over HTTP(S): HTML pages come back as their readable text, plain text and
 * Markdown as they are. Every failure is a SourceError naming the URL: timeout, HTTP status,
 * a body over the limit, a type that is not text, or a server that cannot be reached.
 */
export async function readUrl(url: string, options: ReadUrlOptions = {}): Promise<SourceText> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { accept: 'text/html, text/markdown, text/plain;q=0.9', 'user-agent': 'talkgraph-ingest' },
    });
    const type = checkResponse(url, response);
    const bytes = await readBody(url, response, maxBytes);
    const charset = charsetOf(response) ?? (HTML_TYPES.has(type) ? htmlCharset(bytes) : 'utf-8');
    const text = decodeText(url, bytes, charset);
    return { path: url, text: HTML_TYPES.has(type) ? htmlText(url, text) : text, sha256: sha256(bytes) };
  } catch (error) {
    throw asSourceError(url, error, timeoutMs);
  }
}

/** The media type, once status and type are acceptable. */
function checkResponse(url: string, response: Response): string {
  if (!response.ok) {
    void response.body?.cancel();
    throw new SourceError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const type =
    (response.headers.get('content-type') ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!HTML_TYPES.has(type) && !TEXT_TYPES.has(type)) {
    void response.body?.cancel();
    throw new SourceError(url, `has content type "${type}", not an HTML page or a text note`);
  }
  return type;
}

/** Streams the body, stopping at the limit instead of buffering whatever the server sends. */
async function readBody(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    void response.body?.cancel();
    throw new SourceError(url, `is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new SourceError(url, `is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function charsetOf(response: Response): string | undefined {
  const header = response.headers.get('content-type') ?? '';
  return /charset\s*=\s*"?([\w-]+)/i.exec(header)?.[1]?.toLowerCase();
}

function asSourceError(url: string, error: unknown, timeoutMs: number): SourceError {
  if (error instanceof SourceError) {
    return error;
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new SourceError(url, `timed out after ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const reason = error instanceof Error ? error.message : String(error);
  return new SourceError(url, `cannot be reached (${cause || reason})`);
}
