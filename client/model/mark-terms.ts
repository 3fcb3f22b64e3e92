import type { Segment } from './search-suggest.ts';

/**
 * Marks where any of the terms (a name and its aliases) occurs in a snippet, ignoring case, so
 * the evidence shows the reader where the entity is. Longer terms win where two overlap.
 */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const lower = text.toLowerCase();
  const taken: { start: number; end: number }[] = [];
  for (const term of wanted) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!taken.some((t) => at < t.end && end > t.start)) {
        taken.push({ start: at, end });
      }
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of taken) {
    if (span.start > at) {
      segments.push({ text: text.slice(at, span.start), match: false });
    }
    segments.push({ text: text.slice(span.start, span.end), match: true });
    at = span.end;
  }
  if (at < text.length) {
    segments.push({ text: text.slice(at), match: false });
  }
  return segments;
}
