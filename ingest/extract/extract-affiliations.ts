/**
 * AFFILIATED_WITH facts: from the decisions (joining X since a year, leaving it until one) and from
 * what a sentence states outright (현) / 전) lists, CV periods, "X 소속", "X에서 근무", "a professor at X").
 */
import { CV_PERIOD, yearRange } from './cv-items.ts';
import { checkDeadline } from './deadline.ts';
import { LEAVE } from './decision-clauses.ts';
import { FILLER, lastMentionIn, mentionsIn } from './decision-context.ts';
import { asNarrator, personsFor } from './decision-persons.ts';
import type { Candidate, Context } from './decision-types.ts';
import { isQuestion } from './fact-checks.ts';
import { ROLE } from './roles.ts';
import { evidenceOf, type Sentence } from './sentences.ts';
import type { ExtractedAffiliation, Mention } from './types.ts';

/** A résumé list item: "현) KAIST 교수", "(전) 네이버 연구원". */
const CURRENT_OR_FORMER = /^\s*[([]?\s*(?:현|전|現|前)\s*[)\]]/;
/** "X에서 근무", "X에서 연구원으로 일했다": the narrator works or worked at X. */
const WORKS_AT = /^[)\]]*\s*에서\s*(?:(\S{1,12}?)(?:으로|로)\s*)?(?:근무|재직|일하|일했|일을\s*(?:하|했))/;
/** "네이버에서 일하는 사람들": people in general, not the narrator. */
const GENERIC_AFTER = /^[가-힣]{0,3}\s*(?:사람|분들?|친구|지인|동료|이들)/;
const MEMBER_OF = new RegExp(`^${FILLER}소속`);
const ROLE_AFTER = new RegExp(
  `^\\s*(?:[^\\s,()]{0,12}(?:학부|학과|연구소|대학원|팀|센터|랩)\\s*)?(${ROLE.source})(?:(?:으로|로)\\s*(?:재직|근무|일하|일했|있))?`,
  'i',
);
/**
 * How far back ROLE_AT reads: "was a senior research scientist at" is ~40 characters; only white
 * space runs of over a hundred characters inside such a phrase would reach further.
 */
const ROLE_AT_REACH = 200;
const ROLE_AT = new RegExp(
  `\\b(?:as|is|was|am|became|an?)\\s+(?:(?:an?|the)\\s+)?(?:senior\\s+|junior\\s+|lead\\s+|principal\\s+)?(${ROLE.source})\\s+(?:at|@)\\s*$`,
  'i',
);

/** Affiliations from the decisions and from every sentence, one per person and institution. */
export function extractAffiliations(ctx: Context, candidates: Candidate[]): ExtractedAffiliation[] {
  const found = [...affiliationsFromDecisions(candidates)];
  ctx.sentences.forEach((sentence) => {
    checkDeadline();
    found.push(...statedAffiliations(ctx, sentence));
  });
  return mergeAffiliations(found);
}

/** Joining gives an affiliation since that year; a move or a departure ends the previous one. */
function affiliationsFromDecisions(candidates: Candidate[]): ExtractedAffiliation[] {
  const result: ExtractedAffiliation[] = [];
  for (const { decision, role } of candidates) {
    const { person, year, evidence } = decision;
    if (
      ['joined', 'moved_to_academia', 'founded'].includes(decision.kind) &&
      decision.to?.type === 'Institution'
    ) {
      result.push({ person, institution: decision.to.name, role, since: year, until: null, evidence });
    }
    const from = decision.from;
    if (from?.type === 'Institution' && (decision.kind === 'left' || year !== null)) {
      const previous = result.find((a) => a.person === person && a.institution === from.name);
      if (previous) {
        previous.until = previous.until ?? year;
      } else {
        result.push({ person, institution: from.name, role: null, since: null, until: year, evidence });
      }
    }
  }
  return result;
}

/** "현) KAIST 교수", "X 소속", "X에서 근무", "(업스테이지 CTO)", "a professor at X". */
function statedAffiliations(ctx: Context, sentence: Sentence): ExtractedAffiliation[] {
  if (
    isQuestion(sentence.text) ||
    /라면|다면|려면|싶|추천(?:하|해|합|할|함|드리|드립|드려)|\bif\b/i.test(sentence.text)
  ) {
    return [];
  }
  const listed = CURRENT_OR_FORMER.test(sentence.text) || CV_PERIOD.test(sentence.text);
  const result: ExtractedAffiliation[] = [];
  for (const mention of mentionsIn(ctx, sentence, 'Institution')) {
    const after = ctx.text.slice(mention.end, Math.min(sentence.end, mention.end + 40));
    // What precedes the mention in its sentence, read from its end: from the sentence start each
    // time, a sentence with thousands of institutions (no sentence breaks) was read thousands of times.
    const before = ctx.text.slice(Math.max(sentence.start, mention.start - ROLE_AT_REACH), mention.start);
    const open = ctx.lines.lastIndexOf('(', mention.start - 1);
    const inParens = open >= sentence.start && ctx.lines.lastIndexOf(')', mention.start - 1) < open;
    const roleAfter = ROLE_AFTER.exec(after);
    const works = WORKS_AT.exec(after);
    if (works && GENERIC_AFTER.test(after.slice(works[0].length))) {
      continue;
    }
    const roleAt = ROLE_AT.exec(before);
    if (
      !(
        listed ||
        MEMBER_OF.test(after) ||
        works ||
        roleAt ||
        (roleAfter && (inParens || roleAfter[0] !== roleAfter[1]))
      )
    ) {
      continue;
    }
    const role = roleAfter?.[1] ?? roleAt?.[1] ?? (works?.[1] && ROLE.test(works[1]) ? works[1] : null);
    const person = inParens
      ? personBeforeParens(ctx, sentence, open)
      : affiliationPerson(ctx, sentence, mention);
    if (person !== undefined) {
      result.push({
        person,
        institution: mention.name,
        role,
        ...yearRangeOf(sentence),
        evidence: evidenceOf(sentence),
      });
    }
  }
  return result;
}

/** "연사: 이활석 (업스테이지 CTO)": the person named right before the parenthesis; else the narrator. */
function personBeforeParens(ctx: Context, sentence: Sentence, open: number): string | null {
  const person = lastMentionIn(ctx, { start: sentence.start, end: open }, 'Person');
  if (!person || !/^\s*(?:님|씨|교수님?|마스터님?|대표님?)?\s*$/.test(ctx.text.slice(person.end, open))) {
    return null;
  }
  return asNarrator(ctx, person);
}

function affiliationPerson(ctx: Context, sentence: Sentence, mention: Mention): string | null | undefined {
  const clause = { start: sentence.start, end: sentence.end, text: sentence.text };
  const persons = personsFor(ctx, sentence, { cue: LEAVE, clause, start: mention.start, end: mention.end });
  return persons.length === 0 ? undefined : (persons[0] ?? null);
}

const yearRanges = new WeakMap<Sentence, ReturnType<typeof yearRange>>();

/** yearRange(sentence.text), once per sentence: each institution of the sentence asks for it. */
function yearRangeOf(sentence: Sentence): ReturnType<typeof yearRange> {
  let range = yearRanges.get(sentence);
  if (!range) {
    range = yearRange(sentence.text);
    yearRanges.set(sentence, range);
  }
  return { ...range };
}

function mergeAffiliations(list: ExtractedAffiliation[]): ExtractedAffiliation[] {
  const byKey = new Map<string, ExtractedAffiliation>();
  for (const item of list) {
    const key = `${item.person ?? ''}\u0000${item.institution}`;
    const known = byKey.get(key);
    if (known) {
      known.role = known.role ?? item.role;
      known.since = known.since ?? item.since;
      known.until = known.until ?? item.until;
    } else {
      byKey.set(key, { ...item });
    }
  }
  return [...byKey.values()];
}
