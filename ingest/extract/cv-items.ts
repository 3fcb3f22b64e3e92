/**
 * CV items and timeline rows: "2016 ~ 2020 네이버 클로바 연구원", "2015: KAIST 석사", "| 2017 | LG전자 |"
 * — a step stated by a date and a place, with no verb.
 */
import type { DecisionKind } from '../../graph/model.ts';
import { isUniversity, mentionsIn, toPlace } from './decision-context.ts';
import { FACULTY_WORDS, GRAD_WORDS } from './decision-cues.ts';
import { placeLeftBefore } from './decision-places.ts';
import type { Candidate, Clause, Context } from './decision-types.ts';
import { explicitYears } from './resolve-year.ts';
import { ROLE } from './roles.ts';
import { evidenceOf, type Sentence } from './sentences.ts';
import type { Mention, Place } from './types.ts';

/** A CV item that opens with a period: "2015 ~ 2019: …", "2019.03 - 현재 …". */
export const CV_PERIOD =
  /^\s*(?:19|20)\d{2}(?:[./]\d{1,2})?\s*년?\s*[~\-–—]\s*(?:(?:19|20)\d{2}|현재|present|now)?/i;

/** "2015: KAIST 석사", "2019) 네이버": a single year set off like a list label. */
const YEAR_ITEM = /^\s*(?:19|20)\d{2}(?:[./]\d{1,2})?\s*년?도?\s*[:|)]\s*\S/;
/** A table row whose first cell is a year: "| 2017 | …", "| '19년 | …". */
const YEAR_ROW = /^\s*\|?\s*(?:['’‘]\d{2}|(?:19|20)\d{2})\s*년?도?\s*(?:[~\-–]\s*[^|]{1,12})?\|/;
/** What is left of an item that names its institution alone ("| 2018 | 네이버 |", "2019: 카카오"). */
const BARE_PLACE = /^[\s|:,()-]*$/;

/** A CV line that ends in its period: "Kakao — Data Scientist (2017–2020)", "KAIST, M.S., 2015 – 2017". */
const PERIOD_TAIL =
  /(?:\(|[,·|—–-]\s*)((?:19|20)\d{2})(?:[./]\d{1,2})?\s*[~\-–—]\s*(?:(?:19|20)\d{2}|present|now|current|현재)?\s*\)?\s*$/i;
const CV_LINE_MAX = 80;

/**
 * The year a dated item states for its step: the start of a CV period (opening or closing the
 * line), or the year of a year label or a table row's year cell; null when it is no dated item.
 */
export function itemYear(text: string): number | null {
  if (CV_PERIOD.test(text)) {
    return yearRange(text).since;
  }
  const tail = text.length <= CV_LINE_MAX ? PERIOD_TAIL.exec(text) : null;
  if (tail) {
    return Number(tail[1]);
  }
  return YEAR_ITEM.test(text) || YEAR_ROW.test(text) ? (explicitYears(text)[0]?.year ?? null) : null;
}

/**
 * A dated item with a place and no verb ("2016 ~ 2020 네이버 클로바 연구원", "| '19년 | … → 카이스트
 * AI대학원 석사 |") is a step taken in its first year: a degree is grad school, a post at a
 * university academia, anything else a job. An undergraduate period at a university is no step,
 * and a single year needs a role or the place alone to be a job ("| 2020 | 네이버 세미나 |" is not).
 * `clauses` are the item's clauses that state no step in words.
 */
export function cvCandidates(ctx: Context, index: number, clauses: Clause[]): Candidate[] {
  const sentence = ctx.sentences[index] as Sentence;
  const year = itemYear(sentence.text);
  if (year === null) {
    return [];
  }
  const period = CV_PERIOD.test(sentence.text) || PERIOD_TAIL.test(sentence.text);
  // One place on the line: its degree or role may sit in another clause ("KAIST, M.S., 2015 – 2017").
  const single = mentionsIn(ctx, sentence, 'Institution').length === 1;
  return clauses.flatMap((clause) => {
    const place = mentionsIn(ctx, clause, 'Institution')[0];
    const kind = place ? cvKind(ctx, single ? sentence : clause, place, period) : null;
    if (!place || !kind) {
      return [];
    }
    const from = placeLeftBefore(ctx, { start: sentence.start, end: place.start });
    return [cvCandidate(sentence, index, place, kind, year, from)];
  });
}

function cvKind(
  ctx: Context,
  clause: Clause | Sentence,
  place: Mention,
  period: boolean,
): DecisionKind | null {
  const text = clause.text;
  if (GRAD_WORDS.test(text) || /석박사|\bM\.?S\.?\b|\bPh\.?D\b/.test(text)) {
    return 'grad_school';
  }
  if (isUniversity(place)) {
    return FACULTY_WORDS.test(text) ? 'moved_to_academia' : null;
  }
  const rest = ctx.text.slice(clause.start, place.start) + ctx.text.slice(place.end, clause.end);
  return period || ROLE.test(text) || BARE_PLACE.test(rest.replace(/\d+\s*년?도?|['’‘]\d{2}/g, ''))
    ? 'joined'
    : null;
}

function cvCandidate(
  sentence: Sentence,
  index: number,
  place: Mention,
  kind: DecisionKind,
  year: number,
  from: Place | null,
): Candidate {
  return {
    decision: {
      kind,
      person: null,
      year,
      from,
      to: toPlace(place),
      evidence: evidenceOf(sentence),
      offset: sentence.start,
    },
    tag: 'cv',
    cueStart: place.start,
    sentences: [index],
    anchored: true,
    toKind: place.kind,
    role: ROLE.exec(sentence.text)?.[0] ?? null,
    linked: false,
  };
}

export function yearRange(text: string): { since: number | null; until: number | null } {
  const range = /((?:19|20)\d{2})(?:[./]\d{1,2})?\s*년?\s*[~\-–—]\s*((?:19|20)\d{2})?/.exec(text);
  if (range) {
    return { since: Number(range[1]), until: range[2] ? Number(range[2]) : null };
  }
  const since = /((?:19|20)\d{2})\s*년?\s*(?:부터|\bsince\b)|\bsince\s+((?:19|20)\d{2})/i.exec(text);
  const until = /((?:19|20)\d{2})\s*년?\s*까지|\buntil\s+((?:19|20)\d{2})/i.exec(text);
  return {
    since: since ? Number(since[1] ?? since[2]) : null,
    until: until ? Number(until[1] ?? until[2]) : null,
  };
}
