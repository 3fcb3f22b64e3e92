import { disassemble } from 'es-hangul';

/**
 * Turns what someone types into a Lucene query for the full-text index, judges how well a hit
 * matches, and finds what to highlight in it. Pure, so it is unit tested.
 *
 * Nothing the user types reaches Lucene's syntax: the text is cut into words the way the
 * index's standard analyzer cuts it (letters and digits of any script, Hangul included), each
 * word is escaped, and becomes "the word, a word starting with it, a word containing it
 * (Korean given names: 민준 in 서민준), or a word one typo away (minjon, 서민쥰)". All words
 * must match; a year among them (`upstage 2020`) is a filter, not a word to find.
 *
 * Lucene's typo tolerance counts Hangul syllables, where 준 and 쥰 are as far apart as 준 and
 * 김: every hit is checked again letter by letter (jamo, via es-hangul) and ranked by how it
 * matched, exact before prefix before infix before typo.
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

const YEAR = /^(19|20)\d\d$/;
const HANGUL = /\p{Script=Hangul}/u;

/** What a search asks for: words to find in names and titles, and years to keep. */
export interface SearchTerms {
  words: string[];
  years: number[];
}

/** Years are filters only beside other words: `2020` alone is looked for as text. */
export function searchTerms(text: string): SearchTerms {
  const all = searchWords(text);
  const words = all.filter((w) => !YEAR.test(w));
  if (words.length === 0) {
    return { words: all, years: [] };
  }
  return { words, years: all.filter((w) => YEAR.test(w)).map(Number) };
}

/** The Lucene clause of one word: exact, prefix, and (long enough) infix and one typo away. */
function wordClause(word: string): string {
  // Lower case keeps AND/OR/NOT plain words: Lucene only reads them as operators in capitals.
  const escaped = escapeLucene(word);
  const parts = [`${escaped}^4`, `${escaped}*^2`];
  const hangul = HANGUL.test(word);
  if ((hangul && word.length >= 2) || word.length >= 4) {
    parts.push(`*${escaped}*`);
  }
  if ((hangul && word.length >= 3) || (!hangul && word.length >= 4)) {
    parts.push(`${escaped}~${!hangul && word.length >= 8 ? 2 : 1}`);
  }
  return `(${parts.join(' OR ')})`;
}

/** The Lucene query for `text`, or null when it has no words to look for. */
export function luceneQuery(text: string): string | null {
  const { words } = searchTerms(text);
  if (words.length === 0) {
    return null;
  }
  return words.map(wordClause).join(' AND ');
}

/** How a query word met a word of the text: higher is closer; 0 is not at all. */
export const MATCH = { none: 0, typo: 1, infix: 2, prefix: 3, exact: 4 } as const;

/** Typos forgiven in a word of `letters` jamo or Latin letters: none under 4, two from 10. */
function typosAllowed(letters: number): number {
  return letters < 4 ? 0 : letters < 10 ? 1 : 2;
}

/**
 * How `query` (one word) matches `word` (one word of a name): exactly, as its start, inside it,
 * or within a typo or two counted in jamo (서민쥰 ~ 서민준: ㅠ for ㅜ) — compared with the whole
 * word and with its start, so a typo while still typing counts too.
 */
export function wordMatch(query: string, word: string): number {
  if (word === query) {
    return MATCH.exact;
  }
  if (word.startsWith(query)) {
    return MATCH.prefix;
  }
  if (query.length >= 2 && word.includes(query)) {
    return MATCH.infix;
  }
  const q = disassemble(query);
  const w = disassemble(word);
  const allowed = typosAllowed(q.length);
  if (allowed === 0) {
    return MATCH.none;
  }
  const whole = editDistance(q, w, allowed);
  const start = w.length > q.length ? editDistance(q, w.slice(0, q.length), allowed) : whole;
  return Math.min(whole, start) <= allowed ? MATCH.typo : MATCH.none;
}

/** Levenshtein distance, given up (returns limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) {
      return limit + 1;
    }
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * How well a node's names match every query word: the sum of each word's best match over the
 * words of its name, title and aliases; 0 when some word matches nothing (Lucene's syllable
 * typo found it, the jamo say it is another name).
 */
export function matchQuality(node: Highlightable, words: readonly string[]): number {
  const texts = [node.name, node.title, ...(node.aliases ?? [])].filter((t): t is string => Boolean(t));
  const tokens = texts.flatMap((t) => t.normalize('NFKC').toLowerCase().match(WORD) ?? []);
  let total = 0;
  for (const query of words) {
    let best: number = MATCH.none;
    for (const token of tokens) {
      best = Math.max(best, wordMatch(query, token));
      if (best === MATCH.exact) {
        break;
      }
    }
    if (best === MATCH.none) {
      return 0;
    }
    total += best;
  }
  return total;
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
  const { words } = searchTerms(text);
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

/** Where a word of the query starts, sits in or nearly is a word of `text`, case-insensitively. */
function matchSpans(text: string, words: string[]): Highlight['spans'] {
  const spans: Highlight['spans'] = [];
  const lower = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths (e.g. ligatures); offsets are only exact when it does not.
  if (lower.length !== text.length) {
    return spans;
  }
  for (const match of lower.matchAll(WORD)) {
    const start = match.index ?? 0;
    const token = match[0];
    let best: { quality: number; word: string } | null = null;
    for (const word of words) {
      const quality = wordMatch(word, token);
      if (quality > MATCH.none && (!best || quality > best.quality)) {
        best = { quality, word };
      }
    }
    if (!best) {
      continue;
    }
    if (best.quality >= MATCH.prefix) {
      spans.push({ start, end: start + best.word.length });
    } else if (best.quality === MATCH.infix) {
      const at = start + token.indexOf(best.word);
      spans.push({ start: at, end: at + best.word.length });
    } else {
      spans.push({ start, end: start + token.length });
    }
  }
  return spans;
}
