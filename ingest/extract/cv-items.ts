/**
 * CV items and timeline rows: "2016 ~ 2020 네이버 클로바 연구원", "2015: KAIST 석사", "| 2017 | LG전자 |"
 * — a step stated by a date and a place, with no verb.
 */
import type { DecisionKind } from '../../graph/model.ts';
import {
  alternation,
  CURRENT_PREFIXES,
  DEGREE_WORDS,
  DROPOUT_WORDS,
  ENGLISH_PROSE_WORDS,
  FOUNDER_WORDS,
  PAST_PREFIXES,
  POST_WORDS,
} from '../lexicon/cv-words.ts';
import { JOB_TITLE_SOURCE } from '../lexicon/job-titles.ts';
import { checkDeadline } from './deadline.ts';
import { isUniversity, mentionsIn, toPlace } from './decision-context.ts';
import { FACULTY_WORDS, GRAD_WORDS } from './decision-cues.ts';
import { personsFor } from './decision-persons.ts';
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

// ——— verbless CV lines with no date ———

const CURRENT = new RegExp(`^${alternation(CURRENT_PREFIXES)}$`, 'i');
const PAST = new RegExp(`^${alternation(PAST_PREFIXES)}$`, 'i');
/** What may stand before the place on its item: a bullet or number, then a 현/전 prefix. */
const ITEM_PREFIX = new RegExp(
  `^(?:[-*•·▶►→>]|\\d{1,2}[.)])?\\s*(${alternation([...CURRENT_PREFIXES, ...PAST_PREFIXES])})?\\s*$`,
  'i',
);
const DEGREE = new RegExp(alternation(DEGREE_WORDS), 'i');
const DROPOUT = new RegExp(alternation(DROPOUT_WORDS), 'i');
const FOUNDER = new RegExp(`(?<![A-Za-z])${alternation(FOUNDER_WORDS)}(?![A-Za-z])`, 'i');
const POST = new RegExp(`(?<![A-Za-z])(?:${JOB_TITLE_SOURCE}|${alternation(POST_WORDS)})(?![a-z])`, 'i');
/** "Org / what was done there": a résumé bullet naming the place, a slash, then the work. */
const SLASH_ITEM = /^\s*\/\s*\S/;
/**
 * Words of prose, not of a résumé line: a particle or a verb ending closing a Korean word (의, 을,
 * 에서, 했다…), an honorific (님), a sentence end.
 */
const PROSE = new RegExp(
  `[가-힣](?:의|을|를|에서|에게|으로|께서|이라는|라는|님|다|요|하고|하며|면서)(?=\\s|$|[.,!?])|[가-힣a-z]{2}[.!?]\\s+\\S|\\b${alternation(ENGLISH_PROSE_WORDS)}\\b`,
  'i',
);
/** A unit glued to its place ("예시대전산학부", "예시랩팀", "예시대AI대학원"): still the résumé item. */
const GLUED_UNIT = /^[가-힣A-Za-z]{0,10}?(?:팀|랩|연구소|연구실|학과|학부|대학원|본부|센터)(?:\s|$)/;
/** How long the rest of an item may be after its place ("AI모델 팀 리서치 엔지니어"). */
const TAIL_MAX = 40;
/** How long a résumé line may be. */
const LINE_MAX = 100;

interface CvItem {
  prefix: string;
  tail: string;
  /** The item sits in an apposition's parentheses: "이름 (현 A CEO, 전 B 연구원)". */
  inParens: boolean;
  /** The whole line, for a dropout note written after the item ("박사과정 (중퇴)"). */
  line: string;
  /** The item runs on into "/ what was done there" (maybe naming a team of the place). */
  slash: boolean;
}

/** A job ad ("X 채용 중: 연구원", "X is hiring") or a "label: value" line is no step of anyone's. */
const HIRING = /채용|모집|구인|공고|hiring|recruit|opening|:/i;
/** An award or a grant named after the place ("Example PhD Fellowship") is no post there. */
const AWARD = /fellowship|scholarship|award|prize|grant|장학|수상|선정/i;

/**
 * A résumé line with no date and no verb ("현 예시랩 CTO", "전 가나다전자 연구원", "예시대 교수",
 * "예시대 박사과정 (중퇴)", "Example Inc. / 추천 시스템", "이름 (현 A CEO, 전 B 헤드)") records a
 * step at the place it opens with: 전 a place left, a degree grad school (중퇴: and left), a founder
 * founded, a professor at a university academia, a post held now (현, or a role word) a job.
 * A place in the middle of prose, or an item with no such word, is no step.
 */
export function cvLineCandidates(ctx: Context, index: number, clauses: Clause[]): Candidate[] {
  const sentence = ctx.sentences[index] as Sentence;
  if (itemYear(sentence.text) !== null) {
    return [];
  }
  return clauses.flatMap((clause) =>
    mentionsIn(ctx, clause, 'Institution').flatMap((place) => {
      const item = cvItem(ctx, place);
      const kinds = item ? cvLineKinds(item, place) : [];
      if (kinds.length === 0) {
        return [];
      }
      const hit = { start: place.start, end: place.end, clause, cue: CV_CUE };
      const persons = personsFor(ctx, sentence, hit);
      // An apposition to someone no rule could name is not the narrator's step.
      if (item?.inParens && persons.every((p) => p === null) && ctx.speakers.length === 0) {
        return [];
      }
      return kinds.flatMap((kind) =>
        persons.map((person) => {
          const candidate = cvCandidate(sentence, index, place, kind, 0, null);
          return {
            ...candidate,
            tag: 'cv-line' as const,
            // A place left is where the step came from, as the verb cues record it.
            decision:
              kind === 'left'
                ? {
                    ...candidate.decision,
                    person,
                    year: leftYear(ctx, index, place),
                    from: toPlace(place),
                    to: null,
                  }
                : { ...candidate.decision, person, year: toldYear(ctx, index, place) },
            anchored: false,
            role: POST.exec(item?.tail ?? '')?.[0] ?? null,
          };
        }),
      );
    }),
  );
}

/** What a talk tells of each place, worked out once per talk (a long résumé asks for every line). */
interface PlaceYears {
  /** The end of the first dated period naming the place ("2017.03 ~ 2019.12: X"). */
  periodEnds: Map<string, number>;
  /** The clauses bringing someone to the place with one year, by place: sentence index and year. */
  arrivals: Map<string, Array<{ index: number; year: number }>>;
}

const placeYearsByContext = new WeakMap<Context, PlaceYears>();

function placeYears(ctx: Context): PlaceYears {
  const known = placeYearsByContext.get(ctx);
  if (known) {
    return known;
  }
  const found: PlaceYears = { periodEnds: new Map(), arrivals: new Map() };
  ctx.sentences.forEach((sentence, index) => {
    checkDeadline();
    const places = mentionsIn(ctx, sentence, 'Institution');
    if (places.length === 0) {
      return;
    }
    if (CV_PERIOD.test(sentence.text) || PERIOD_TAIL.test(sentence.text)) {
      const until = yearRange(sentence.text).until;
      for (const m of until === null ? [] : places) {
        if (!found.periodEnds.has(m.name)) {
          found.periodEnds.set(m.name, until as number);
        }
      }
    }
    if (sentence.heading !== null) {
      return;
    }
    for (const m of places) {
      if (!ARRIVED_AFTER.test(ctx.text.slice(m.end, m.end + 40))) {
        continue;
      }
      const year = arrivalYear(sentence, m);
      if (year !== null) {
        const list = found.arrivals.get(m.name) ?? [];
        found.arrivals.set(m.name, list);
        list.push({ index, year });
      }
    }
  });
  placeYearsByContext.set(ctx, found);
  return found;
}

/** The one year written in the clause of an arrival, or null (none, or several). */
function arrivalYear(sentence: Sentence, m: Mention): number | null {
  const at = m.start - sentence.start;
  const start = Math.max(...[',', ';'].map((d) => sentence.text.lastIndexOf(d, at))) + 1;
  const ends = [',', ';'].map((d) => sentence.text.indexOf(d, at)).filter((i) => i >= 0);
  const clause = sentence.text.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
  const years = [...new Set(explicitYears(clause).map((y) => y.year))];
  return years.length === 1 ? (years[0] ?? null) : null;
}

/** A place with a goal particle and a verb of arriving: "2020년에 예시대로 왔어요", "예시랩에 합류". */
const ARRIVED_AFTER =
  /^[^\s,.]{0,12}?(?:으로|로|에)\s*(?:[^\s,.]+\s+){0,2}?[^\s,.]*?(?:왔|갔|옮|오게|가게|들어|합류|입사|부임|임용)/;

/**
 * The year a résumé line's step is told with elsewhere in the talk: a clause that brings the
 * person to the same place and writes one year ("現 예시대 조교수" and "2020년에 예시대로 왔어요").
 */
function toldYear(ctx: Context, item: number, place: Mention): number | null {
  return (
    placeYears(ctx)
      .arrivals.get(place.name)
      ?.find((a) => a.index !== item)?.year ?? null
  );
}

/**
 * When a "전 X" place was left: the end of a dated period of X (the text ties that year to it),
 * else the year the résumé's current post ("현 Y" a few lines away) was taken, when the talk tells it.
 */
function leftYear(ctx: Context, item: number, place: Mention): number | null {
  const end = placeYears(ctx).periodEnds.get(place.name);
  if (end !== undefined) {
    return end;
  }
  // The résumé's lines sit together: its current post is a few lines away at most.
  for (let at = Math.max(0, item - NEARBY); at <= item + NEARBY && at < ctx.sentences.length; at += 1) {
    const current = ctx.sentences[at] as Sentence;
    if (at !== item && CURRENT_LINE.test(current.text)) {
      const next = mentionsIn(ctx, current, 'Institution')[0];
      return next ? toldYear(ctx, at, next) : null;
    }
  }
  return null;
}

const NEARBY = 6;
const CURRENT_LINE = new RegExp(`^\\s*(?:[-*•·]\\s*)?${alternation(CURRENT_PREFIXES)}\\s`, 'i');

const CV_CUE = { kind: 'joined', tag: 'cv', pattern: /$^/ } as const;

/** The item of a résumé line a place opens, or null when the place sits in prose. */
function cvItem(ctx: Context, place: Mention): CvItem | null {
  const lineStart = ctx.lines.lineStart(place.start);
  const lineEnd = ctx.lines.lineEnd(place.start);
  const line = ctx.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const plain = line.replace(/<[^>]*>/g, ' ').trim();
  if (plain.length > LINE_MAX || plain.length === 0) {
    return null;
  }
  const before = ctx.text.slice(lineStart, place.start).replace(/<[^>]*>/g, '\n');
  // A dash set off by spaces ends a talk title before its speaker's "org role name" ("제목 - 소속 직함 이름").
  const dash = Math.max(before.lastIndexOf(' - '), before.lastIndexOf(' – '), before.lastIndexOf(' — ')) + 2;
  const cut = Math.max(
    dash > 1 ? dash : -1,
    ...['\n', '|', '(', ',', '·', '•', ';'].map((d) => before.lastIndexOf(d)),
  );
  const opener = cut >= 0 ? before[cut] : '';
  const inParens = before.lastIndexOf('(') > before.lastIndexOf(')');
  const prefix = before.slice(cut + 1).trim();
  const after = ctx.text.slice(place.end, lineEnd < 0 ? undefined : lineEnd);
  const stop = after.search(inParens ? /<|\||\)|,|;/ : /<|\||;|\(/);
  const tail = (stop < 0 ? after : after.slice(0, stop)).trimEnd();
  const next = mentionsIn(ctx, { start: place.end, end: place.end + tail.length }, 'Institution')[0];
  const own = next ? tail.slice(0, next.start - place.end) : tail;
  if (!ITEM_PREFIX.test(prefix) || (opener === ',' && !inParens && prefix === '') || own.length > TAIL_MAX) {
    return null;
  }
  const slash = SLASH_ITEM.test(tail);
  if (AWARD.test(own) || HIRING.test(own)) {
    return null;
  }
  if (PROSE.test(own) || /^[가-힣]/.test(own)) {
    // "예시랩의 CTO", "예시대에서": a particle glued to the place makes it prose.
    return GLUED_UNIT.test(own) && !PROSE.test(own)
      ? { prefix, tail: own, inParens, line: plain, slash }
      : null;
  }
  return { prefix, tail: own, inParens, line: plain, slash };
}

function cvLineKinds(item: CvItem, place: Mention): DecisionKind[] {
  const prefix = item.prefix.replace(/^(?:[-*•·▶►→>]|\d{1,2}[.)])\s*/, '');
  if (PAST.test(prefix)) {
    return ['left'];
  }
  const tail = item.tail;
  if (DEGREE.test(tail)) {
    return DROPOUT.test(item.line) ? ['grad_school', 'left'] : ['grad_school'];
  }
  if (FOUNDER.test(tail)) {
    return ['founded'];
  }
  if (isUniversity(place)) {
    return FACULTY_WORDS.test(tail) && !/학생|student/i.test(tail) ? ['moved_to_academia'] : [];
  }
  return CURRENT.test(prefix) || POST.test(tail) || item.slash ? ['joined'] : [];
}
