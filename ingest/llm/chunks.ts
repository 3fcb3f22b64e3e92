/**
 * A long talk cut into parts of at most `max` characters for the model, on section boundaries:
 * headings first (Markdown `#`, a year alone on its line), then blank lines, then line ends; a
 * single line longer than `max` is cut where it must. Parts keep their order and cover the text.
 */

const HEADING = /^\s{0,3}(?:#{1,6}\s|(?:19|20)\d{2}\s*(?:년도?)?\s*[.:]?\s*$)/;

export function chunkText(text: string, max: number): string[] {
  if (text.length <= max) {
    return [text];
  }
  return pack(splitAt(text, HEADING), max);
}

/** The text cut before each line matching `boundary` (the first piece may hold no match). */
function splitAt(text: string, boundary: RegExp): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (boundary.test(line) && current.length > 0) {
      pieces.push(`${current.join('\n')}\n`);
      current = [];
    }
    current.push(line);
  }
  pieces.push(current.join('\n'));
  return pieces.filter((piece) => piece.length > 0);
}

/** Pieces joined greedily up to `max`; a piece over it is cut finer first. */
function pack(pieces: readonly string[], max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces.flatMap((p) => (p.length > max ? finer(p, max) : [p]))) {
    if (current.length + piece.length > max && current.length > 0) {
      parts.push(current);
      current = '';
    }
    current += piece;
  }
  if (current.trim().length > 0) {
    parts.push(current);
  }
  return parts;
}

/** A section over `max`: by paragraphs, then by lines, then by length. */
function finer(piece: string, max: number): string[] {
  const paragraphs = piece.split(/(?<=\n\s*\n)/);
  if (paragraphs.length > 1) {
    return pack(paragraphs, max);
  }
  const lines = piece.split(/(?<=\n)/);
  if (lines.length > 1) {
    return pack(lines, max);
  }
  const cuts: string[] = [];
  for (let at = 0; at < piece.length; at += max) {
    cuts.push(piece.slice(at, at + max));
  }
  return cuts;
}
