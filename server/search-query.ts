/**
 * Turns what someone types into a Lucene query for the full-text index, and finds what to
 * highlight in a hit. Pure, so it is unit tested.
 *
 * Nothing the user types reaches Lucene's syntax: the text is cut into words the way the
 * index's standard analyzer cuts it (letters and digits of any script, Hangul included), each
 * word is escaped, and becomes "the word, or a word starting with it" so suggestions work
 * while typing (서민 finds 서민준, bert finds BERT). All words must match.
 */
const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** More words than this add nothing to a name search and only cost time. */
export const MAX_WORDS = 8;

export function searchWords(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The Lucene query for `text`, or null when it has no words to look for. */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) {
    return null;
  }
  return words
    .map((word) => {
      // Lower case keeps AND/OR/NOT plain words: Lucene only reads them as operators in capitals.
      const escaped = escapeLucene(word);
      return `(${escaped}^2 OR ${escaped}*)`;
    })
    .join(' AND ');
}

export interface Highlight {
  /** The name, title or alias that matched. */
  text: string;
  field: 'name' | 'title' | 'alias';
  /** Matched parts of `text`, as UTF-16 offsets (what `text.slice(start, end)` returns). */
  spans: { start: number; end: number }[];
}

export interface Highlightable {
  name: string | null;
  title: string | null;
  aliases: string[] | null;
}

/**
 * The field that shows best why a node matched: the one where most words start a word,
 * the name or title before an alias when they tie.
 */
export function highlight(node: Highlightable, text: string): Highlight {
  const words = searchWords(text);
  const candidates: Omit<Highlight, 'spans'>[] = [
    ...(node.title ? [{ text: node.title, field: 'title' as const }] : []),
    ...(node.name && node.name !== node.title ? [{ text: node.name, field: 'name' as const }] : []),
    ...(node.aliases ?? []).map((alias) => ({ text: alias, field: 'alias' as const })),
  ];
  let best: Highlight | null = null;
  for (const candidate of candidates) {
    const spans = matchSpans(candidate.text, words);
    if (!best || spans.length > best.spans.length) {
      best = { ...candidate, spans };
    }
  }
  return best ?? { text: node.name ?? node.title ?? '', field: 'name', spans: [] };
}

/** Where a word of the query starts a word of `text`, case-insensitively. */
function matchSpans(text: string, words: string[]): Highlight['spans'] {
  const spans: Highlight['spans'] = [];
  const lower = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths (e.g. ligatures); offsets are only exact when it does not.
  if (lower.length !== text.length) {
    return spans;
  }
  for (const match of lower.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = words.find((w) => match[0].startsWith(w));
    if (word) {
      spans.push({ start, end: start + word.length });
    }
  }
  return spans;
}
