/**
 * The year a sentence talks about: written in it (2019년, '19년, 19년 12월, in 2019), given by the
 * section heading above it ("## 2019년", "2018 회고"), or a relative word (작년, 올해, last year)
 * resolved against the talk's date. Never guessed: null when the text does not say.
 * Ages and grades (3학년때, 4학년 2학기, 20년차) are not years.
 */

import { firstIndex } from './binary-search.ts';
import type { Sentence } from './sentences.ts';

export interface YearMention {
  /** null when the expression is relative and its reference (talk date, anchor year) is unknown. */
  year: number | null;
  /** Offsets into the string that was scanned. */
  start: number;
  end: number;
  kind: 'explicit' | 'relative' | 'anchored';
}

export interface ResolvedYear {
  year: number | null;
  /** Where it came from; 'none' when nothing in the text gives a year. */
  source: 'clause' | 'sentence' | 'heading' | 'none';
  /** True when the year is written in the very clause of the fact (the strongest evidence). */
  anchored: boolean;
}

/** Each pattern with how it reads its match; `thisYear` places a two-digit year in its century. */
const EXPLICIT: ReadonlyArray<[RegExp, (m: RegExpExecArray, thisYear: number) => number]> = [
  [/((?:19|20)\d{2})\s*년/g, (m) => Number(m[1])],
  [/['’‘](\d{2})\s*년?/g, (m, thisYear) => twoDigitYear(m[1], thisYear)],
  [
    /(?<![\d'’‘.])(\d{2})\s*년\s*(?:도\s*)?(?:\d{1,2}\s*월|도)/g,
    (m, thisYear) => twoDigitYear(m[1], thisYear),
  ],
  // "16년에 입사", "18년부터": a bare two-digit year with a time particle, unless it is a span
  // ("10년에 걸쳐", "20년에 한 번", "15년 동안").
  [
    /(?<![\d'’‘.,~-])(\d{2})\s*년\s*(?:에|부터|까지|말|초|봄|여름|가을|겨울)(?![가-힣]*\s*(?:걸쳐|한\s?번|동안))/g,
    (m, thisYear) => twoDigitYear(m[1], thisYear),
  ],
  [/(?<![\d.])((?:19|20)\d{2})[-./](?:0?[1-9]|1[0-2])(?![\d])/g, (m) => Number(m[1])],
  [
    /\b(?:in|since|until|till|by|from|during|early|late|mid|around|circa|spring|summer|fall|autumn|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s-]+((?:19|20)\d{2})\b/gi,
    (m) => Number(m[1]),
  ],
  [/\(((?:19|20)\d{2})\)/g, (m) => Number(m[1])],
  // A CV-style line that opens with a bare year ("2015 고려대학교 교수로 부임").
  [/^((?:19|20)\d{2})(?=\s*[~\-–:.)]?\s)/g, (m) => Number(m[1])],
  // A table cell holding only a year or a year range ("| 2017 |", "| 2018–2020 |").
  [/(?:^|\|)\s*((?:19|20)\d{2})(?:\s*[-–~]\s*(?:19|20)?\d{2,4})?\s*(?=\||$)/g, (m) => Number(m[1])],
];

/** Relative to the talk's date; 재작년 before 작년 so the longer word wins. */
const RELATIVE: ReadonlyArray<[RegExp, number]> = [
  [/재작년|the year before last/gi, -2],
  [/작년|지난\s?해|last year|previous year/gi, -1],
  [
    /올해|올\s해|금년|이번\s?해|(?<![가-힣])올\s?(?:봄|여름|가을|겨울)|this year|earlier this year|this (?:spring|summer|fall|autumn|winter)/gi,
    0,
  ],
  [/내년|next year/gi, 1],
];
const YEARS_AGO = /(\d{1,2})\s*년\s*전(?![공자체문략통])|\b(\d{1,2}) years? ago\b/gi;
/** Relative to a year written just before (same or previous sentence of the block). */
const AFTER =
  /(\d{1,2}|한|두|세|네|다섯|몇)\s*년\s*(?:후|뒤|만에)|(\d{1,2}|one|two|three|four|five|a few|several) years? later/gi;
/** 해 must end the word (그해에, 그 해는) so that 그 해결 is not read as "that year". */
const SAME_OR_NEXT =
  /(?:이듬\s?|그\s?다음\s?|다음\s|그\s?|같은\s?)해(?=[\s,.에는의도부까]|$)|the (?:following|next) year|that (?:same )?year/gi;
const WORD_NUMBERS: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

/** '18 is 2018; only a year past this one ('98) can be of the last century. */
function twoDigitYear(digits: string | undefined, thisYear: number): number {
  const value = Number(digits);
  return value <= thisYear % 100 ? 2000 + value : 1900 + value;
}

/** The year of an ISO-like date ("2021-02-17", "2021.02", "2021"); null when unknown. */
export function talkYearOf(date: string | null): number | null {
  const match = date ? /^\s*((?:19|20)\d{2})(?:[-./]|\s|$)/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/**
 * Years written explicitly in `text`, in text order, overlaps removed. The clock is passed in
 * (`thisYear`, read when not given) so that what '27 means is a choice a caller and a test can make.
 */
export function explicitYears(text: string, thisYear = new Date().getFullYear()): YearMention[] {
  const found: YearMention[] = [];
  for (const [pattern, read] of EXPLICIT) {
    for (const match of text.matchAll(pattern)) {
      const exec = match as RegExpExecArray;
      found.push({
        year: read(exec, thisYear),
        start: match.index,
        end: match.index + match[0].length,
        kind: 'explicit',
      });
    }
  }
  return withoutOverlaps(found);
}

/**
 * Every year expression in `text`: explicit years, words relative to the talk year, and
 * "N년 후"-style offsets from `anchor` (a year written just before). Unresolvable ones have year null.
 */
export function findYears(
  text: string,
  talkYear: number | null,
  anchor: number | null = null,
): YearMention[] {
  const found = explicitYears(text);
  for (const [pattern, delta] of RELATIVE) {
    for (const match of text.matchAll(pattern)) {
      found.push(relative(match, talkYear === null ? null : talkYear + delta));
    }
  }
  for (const match of text.matchAll(YEARS_AGO)) {
    const years = Number(match[1] ?? match[2]);
    found.push(relative(match, talkYear === null ? null : talkYear - years));
  }
  found.push(...anchoredYears(text, found, anchor));
  return withoutOverlaps(found);
}

function relative(match: RegExpMatchArray, year: number | null): YearMention {
  return { year, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, kind: 'relative' };
}

/** "2년 후", "이듬해", "그해": offsets from the nearest explicit year before them, else unknown. */
function anchoredYears(text: string, known: YearMention[], anchor: number | null): YearMention[] {
  const found: YearMention[] = [];
  // Explicit years do not overlap, so their ends are in text order: the last one ending by `at`
  // is found by binary search (a long sentence may hold thousands).
  const explicit = known.filter((m) => m.kind === 'explicit' && m.year !== null);
  const anchorBefore = (at: number): number | null => {
    const low = firstIndex(explicit.length, (i) => (explicit[i] as YearMention).end > at);
    return explicit[low - 1]?.year ?? anchor;
  };
  for (const match of text.matchAll(AFTER)) {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    // Vague counts (몇 년 후, a few years later) are no year at all.
    const years = WORD_NUMBERS[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
    const base = anchorBefore(match.index);
    const year = base === null || years === null ? null : base + years;
    found.push({ ...relative(match, year), kind: 'anchored' });
  }
  for (const match of text.matchAll(SAME_OR_NEXT)) {
    const next = /이듬|다음|following|next/i.test(match[0]) ? 1 : 0;
    const base = anchorBefore(match.index);
    found.push({ ...relative(match, base === null ? null : base + next), kind: 'anchored' });
  }
  return found;
}

/** Keeps the earliest (then longest) of overlapping mentions. */
function withoutOverlaps(mentions: YearMention[]): YearMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: YearMention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) {
      kept.push(mention);
    }
  }
  return kept;
}

/**
 * The section year of every sentence: the year of the nearest enclosing heading that has one.
 * A heading of the same or a higher level closes the sections below it, so "맺으면서." after
 * "2021년" ends the 2021 section even though it has no year of its own.
 */
export function sectionYears(sentences: readonly Sentence[]): Array<number | null> {
  const stack: Array<{ level: number; year: number | null }> = [];
  return sentences.map((sentence) => {
    if (sentence.heading !== null) {
      const level = sentence.heading;
      while ((stack.at(-1)?.level ?? 0) >= level) {
        stack.pop();
      }
      stack.push({ level, year: explicitYears(sentence.text)[0]?.year ?? null });
    }
    return [...stack].reverse().find((entry) => entry.year !== null)?.year ?? null;
  });
}

/** What may stand beside the year in a bare time answer: a season, a part of the year, a copula. */
const TIME_ANSWER_REST =
  /^(?:[\s.,!~]|봄|여름|가을|겨울|초|말|중반|중순|쯤|경|무렵|즈음|이요|요|입니다|이었어요|였어요|이었죠|였죠|이에요|예요|에|\b(?:the|in|around|early|late|mid|spring|summer|fall|autumn|winter|that was)\b)*$/i;
const TIME_ANSWER_MAX = 30;
const ANSWER_LABEL = /^\s*[\p{L}]{1,10}\s*[:：]\s*/u;

/**
 * The year of a sentence that is a bare time answer ("작년 가을이요.", "2019년 봄이었어요.", "In 2019."):
 * it dates the sentence that follows it in the same block. Null when the sentence says more.
 */
export function timeAnswer(text: string, talkYear: number | null): number | null {
  if (text.length > TIME_ANSWER_MAX) {
    return null;
  }
  const years = findYears(text, talkYear);
  const only = years.length === 1 ? years[0] : undefined;
  if (!only || only.year === null) {
    return null;
  }
  // An answer may carry its speaker's label ("A: 작년 가을이요.").
  const rest = (text.slice(0, only.start) + text.slice(only.end)).replace(ANSWER_LABEL, '');
  return TIME_ANSWER_REST.test(rest) ? only.year : null;
}

export interface YearQuery {
  sentence: Sentence;
  /** The clause holding the fact, as absolute offsets inside the sentence. */
  clause: { start: number; end: number };
  /** The words stating the fact: of several years in the clause, the one nearest to them wins. */
  cue?: { start: number; end: number };
  /** The sentence before, for "2년 후", "그해" (anchored to its last written year, else the section's). */
  previous: Sentence | null;
  sectionYear: number | null;
  talkYear: number | null;
  /** False for background clauses (~하던): the section year does not date them. */
  useSection: boolean;
}

/**
 * The year of a fact stated in a clause: a year in the clause itself (the nearest to the cue); else the year(s) written
 * earlier in the sentence when they agree; else the section heading's year; else null.
 * A relative word that cannot be resolved (no talk date) yields null rather than a fallback.
 */
export function resolveYear(query: YearQuery): ResolvedYear {
  const { sentence, clause } = query;
  const written = query.previous ? (explicitYearsOf(query.previous).at(-1)?.year ?? null) : null;
  const anchor = written ?? query.sectionYear;
  const { years, before } = sentenceYears(sentence, query.talkYear, anchor);
  const inClause = years.slice(
    firstIndex(years.length, (i) => (years[i] as YearMention).start >= clause.start),
    firstIndex(years.length, (i) => (years[i] as YearMention).end > clause.end),
  );
  const cue = query.cue ?? { start: clause.start, end: clause.start };
  const gap = (m: YearMention) => (m.end <= cue.start ? cue.start - m.end : Math.max(0, m.start - cue.end));
  const nearest = [...inClause].sort((a, b) => gap(a) - gap(b))[0];
  if (nearest) {
    return { year: nearest.year, source: 'clause', anchored: nearest.year !== null };
  }
  const agreed = before[firstIndex(years.length, (i) => (years[i] as YearMention).end > clause.start)];
  if (agreed?.distinct === 1) {
    return { year: agreed.year, source: 'sentence', anchored: false };
  }
  const leadIn =
    query.previous?.block === sentence.block ? timeAnswer(query.previous.text, query.talkYear) : null;
  if (leadIn !== null) {
    return { year: leadIn, source: 'sentence', anchored: false };
  }
  if (query.useSection && query.sectionYear !== null) {
    return { year: query.sectionYear, source: 'heading', anchored: false };
  }
  return { year: null, source: 'none', anchored: false };
}

interface SentenceYears {
  /** Every year expression of the sentence, absolute offsets, in text order (ends in order too). */
  years: YearMention[];
  /** For each count n of leading years: how many distinct years they hold (capped at 2), and which. */
  before: Array<{ distinct: number; year: number | null }>;
}

/**
 * A sentence's years are asked for each cue in it with the same talk year and anchor: found once.
 * On a note with no sentence breaks, one sentence is the whole note and holds every cue.
 */
const yearsBySentence = new WeakMap<
  Sentence,
  SentenceYears & { talkYear: number | null; anchor: number | null }
>();

function sentenceYears(sentence: Sentence, talkYear: number | null, anchor: number | null): SentenceYears {
  const known = yearsBySentence.get(sentence);
  if (known && known.talkYear === talkYear && known.anchor === anchor) {
    return known;
  }
  const years = findYears(sentence.text, talkYear, anchor).map((m) => ({
    ...m,
    start: m.start + sentence.start,
    end: m.end + sentence.start,
  }));
  const before: SentenceYears['before'] = [{ distinct: 0, year: null }];
  for (const m of years) {
    const last = before.at(-1) as SentenceYears['before'][number];
    before.push(
      last.distinct === 0
        ? { distinct: 1, year: m.year }
        : { distinct: last.distinct === 1 && last.year === m.year ? 1 : 2, year: last.year },
    );
  }
  const found = { years, before, talkYear, anchor };
  yearsBySentence.set(sentence, found);
  return found;
}

const explicitBySentence = new WeakMap<Sentence, YearMention[]>();

function explicitYearsOf(sentence: Sentence): YearMention[] {
  let years = explicitBySentence.get(sentence);
  if (!years) {
    years = explicitYears(sentence.text);
    explicitBySentence.set(sentence, years);
  }
  return years;
}
