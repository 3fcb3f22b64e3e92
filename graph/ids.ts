import { createHash } from 'node:crypto';

/**
 * Readable, stable node ids: `person:seo-minjoon`, `model:gpt-3`, `talk:<hash>`.
 * Hangul and other letters are kept so Korean names stay readable in URLs.
 */
export function slug(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.+]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityId(type: string, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A talk is identified by where it comes from and its position in that source. */
export function talkId(sourcePath: string, position: number): string {
  return `talk:${sha256(`${sourcePath}#${position}`).slice(0, 16)}`;
}

export function sourceId(sourcePath: string): string {
  return `source:${sha256(sourcePath).slice(0, 16)}`;
}
