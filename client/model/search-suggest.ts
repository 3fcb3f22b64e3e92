/** A part of a suggestion's text, marked when the query matched it. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits a text at the matched spans (UTF-16 offsets, as the API gives them) so the view can mark
 * them; overlapping or out-of-range spans are clipped rather than trusted.
 */
export function highlightSegments(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (start > at) {
      segments.push({ text: text.slice(at, start), match: false });
    }
    if (end > start) {
      segments.push({ text: text.slice(start, end), match: true });
    }
    at = end;
  }
  if (at < text.length) {
    segments.push({ text: text.slice(at), match: false });
  }
  return segments;
}

/** The active suggestion after an arrow key: wraps around; -1 (none) when there is nothing. */
export function moveActive(current: number, delta: number, count: number): number {
  if (count <= 0) {
    return -1;
  }
  if (current < 0) {
    return delta > 0 ? 0 : count - 1;
  }
  return (((current + delta) % count) + count) % count;
}

/** What to ask the server while typing: trimmed, bounded, and nothing for one Latin letter. */
export function searchText(input: string): string | null {
  const text = input.trim().slice(0, 200);
  // One Hangul syllable is a meaningful prefix (a family name); one Latin letter matches everything.
  if (!text || (text.length < 2 && /^[\x20-\x7e]$/.test(text))) {
    return null;
  }
  return text;
}
