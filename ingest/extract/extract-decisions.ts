/**
 * Career decisions (전과, 대학원, 입사, 창업, 군복무, 유학…) and affiliations, from sentence-level
 * rules over a talk's text and the entity mentions found in it. Deterministic and explainable:
 * every decision keeps the sentence it came from. Precision over recall: a question, a condition,
 * advice to students, a wish or someone else's step is not the narrator's decision.
 *
 * One idea per module: the cue table (decision-cues), clauses and their hits (decision-clauses),
 * what is no fact (fact-checks), places (decision-places), persons (decision-persons), verbless CV
 * items (cv-items), tellings merged across sentences (merge-decisions), affiliations
 * (extract-affiliations).
 */
import type { DecisionKind } from '../../graph/model.ts';
import { isOthersTurn } from '../text/chat-turns.ts';
import { cvCandidates, cvLineCandidates, itemYear } from './cv-items.ts';
import { checkDeadline } from './deadline.ts';
import { clauseHits, splitClauses, statesAStep } from './decision-clauses.ts';
import { makeContext, normalizeName, squeeze } from './decision-context.ts';
import { personsFor } from './decision-persons.ts';
import { placeLeftBefore, placesFor } from './decision-places.ts';
import type { Candidate, Context, DecisionInput, Hit } from './decision-types.ts';
import { extractAffiliations } from './extract-affiliations.ts';
import { DATED_LINK_ROW, isQuestion } from './fact-checks.ts';
import { finishCandidates } from './merge-decisions.ts';
import { NOTE_TAKER, NoteTakersAsides } from './note-taker.ts';
import { type ResolvedYear, resolveYear } from './resolve-year.ts';
import { roleOf } from './roles.ts';
import { evidenceOf, type Sentence } from './sentences.ts';
import type { ExtractedAffiliation, ExtractedDecision } from './types.ts';

export type { DecisionInput } from './decision-types.ts';

export interface DecisionOutput {
  decisions: ExtractedDecision[];
  affiliations: ExtractedAffiliation[];
}

/** Career decisions and affiliations stated in a talk's text. */
export function extractDecisions(input: DecisionInput): DecisionOutput {
  const ctx = makeContext(input);
  const candidates = ctx.sentences.flatMap((_, index) => sentenceCandidates(ctx, index));
  const finished = finishCandidates(ctx, candidates);
  return { decisions: finished.map((c) => c.decision), affiliations: extractAffiliations(ctx, finished) };
}

// ——— one sentence ———

function sentenceCandidates(ctx: Context, index: number): Candidate[] {
  checkDeadline();
  const sentence = ctx.sentences[index];
  if (
    !sentence ||
    sentence.heading !== null ||
    isQuestion(sentence.text) ||
    DATED_LINK_ROW.test(sentence.text) ||
    isTheTitle(ctx, sentence) ||
    inOthersTurn(ctx, sentence)
  ) {
    return [];
  }
  const clauses = splitClauses(sentence);
  const hits = clauses.flatMap((clause) => clauseHits(ctx, sentence, clause));
  // A dated item may hold a verbless step beside a stated one ("'19년 | A 퇴사 → B 대학원 석사").
  const verbless = clauses.filter((clause) => !statesAStep(ctx, clause));
  return [
    ...groupSteps(ctx, hits).flatMap((group) => buildCandidates(ctx, index, group)),
    ...cvCandidates(ctx, index, verbless),
    ...cvLineCandidates(ctx, index, verbless),
  ];
}

/**
 * The talk's title repeated as its first line names themes ("…, 그리고 창업"), not a step taken;
 * unless it tells the narrator's own story in the first person ("Why I left my job to …").
 */
function isTheTitle(ctx: Context, sentence: Sentence): boolean {
  return (
    ctx.title.length > 0 && squeeze(sentence.text) === ctx.title && !FIRST_PERSON_TITLE.test(sentence.text)
  );
}

const FIRST_PERSON_TITLE = /\bI\b|(?:^|\s)(?:나는|내가|저는|제가)(?=\s)/;

/** Whose turn each line is, by line start: the sentences of one line share it. */
const othersTurnByLine = new WeakMap<Context, Map<number, boolean>>();

/** The sentence sits in a transcript or chat turn of someone who is not a speaker of the talk. */
function inOthersTurn(ctx: Context, sentence: Sentence): boolean {
  if (ctx.speakers.length === 0) {
    return false;
  }
  const lineStart = ctx.lines.lineStart(sentence.start);
  let byLine = othersTurnByLine.get(ctx);
  if (!byLine) {
    byLine = new Map();
    othersTurnByLine.set(ctx, byLine);
  }
  let others = byLine.get(lineStart);
  if (others === undefined) {
    const lineEnd = ctx.lines.lineEnd(sentence.start);
    const line = ctx.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    others = isOthersTurn(line, (name) => ctx.speakers.includes(normalizeName(name)));
    byLine.set(lineStart, others);
  }
  return others;
}

/**
 * Hits of one sentence grouped into steps: one per kind, except that clauses naming different
 * places are different steps ("2016년 카카오 입사, 2019년 네이버로 이직"). A clause without a place
 * belongs to the step before it ("네이버로 와서 2018년에 일을 시작했음").
 */
function groupSteps(ctx: Context, hits: Hit[]): Hit[][] {
  const groups: Array<{ kind: DecisionKind; to: string | null; hits: Hit[] }> = [];
  for (const hit of hits) {
    const to = placesFor(ctx, hit).to?.name ?? null;
    const same = groups.filter((g) => g.kind === hit.cue.kind);
    const group = same.find((g) => to === null || g.to === null || g.to === to);
    if (group) {
      group.to = group.to ?? to;
      group.hits.push(hit);
    } else {
      groups.push({ kind: hit.cue.kind, to, hits: [hit] });
    }
  }
  return groups.map((g) => g.hits);
}

// ——— from hits to a decision ———

function buildCandidates(ctx: Context, index: number, hits: Hit[]): Candidate[] {
  const sentence = ctx.sentences[index] as Sentence;
  const first = hits[0] as Hit;
  const placed = hits.map((hit) => placesFor(ctx, hit)).find((p) => p.to !== null) ?? placesFor(ctx, first);
  if (
    (first.cue.needsPlace && placed.to === null && placed.from === null) ||
    (first.cue.needsTo && placed.to === null)
  ) {
    return [];
  }
  const years = hits.map((hit) => yearFor(ctx, index, hit));
  const year = first.cue.ended
    ? UNDATED
    : first.cue.tag === 'plan'
      ? planYear(ctx, index)
      : datedByItem(sentence, years.find((y) => y.anchored) ?? years[0]);
  const from =
    placed.from ??
    (LEAVES_BEHIND.has(first.cue.kind)
      ? placeLeftBefore(ctx, { start: sentence.start, end: first.start })
      : null);
  // In notes of a talk, a step told in the writer's aside is the writer's, not the speaker's.
  const persons =
    ctx.reported && asidesOf(ctx).covers(sentence.start) ? [NOTE_TAKER] : personsFor(ctx, sentence, first);
  return persons.map((person) => ({
    decision: {
      kind: first.cue.kind,
      person,
      year: year?.year ?? null,
      from,
      to: placed.to,
      evidence: evidenceOf(sentence),
      offset: sentence.start,
    },
    tag: first.cue.tag,
    cueStart: first.start,
    sentences: [index],
    anchored: year?.anchored ?? false,
    toKind: placed.toKind,
    role: roleOf(first.clause.text),
    linked: /전문\s*연구\s*요원|산업\s*기능\s*요원|같이|함께|병행|동시에|alongside|covered|counted as/i.test(
      sentence.text,
    ),
  }));
}

const asides = new WeakMap<Context, NoteTakersAsides>();

function asidesOf(ctx: Context): NoteTakersAsides {
  let found = asides.get(ctx);
  if (!found) {
    found = new NoteTakersAsides(ctx.text, ctx.lines);
    asides.set(ctx, found);
  }
  return found;
}

const UNDATED: ResolvedYear = { year: null, source: 'none', anchored: false };

/** Steps that take the narrator away from where they were: "A에서 일하다가 나와서 창업" is from A. */
const LEAVES_BEHIND = new Set<DecisionKind>([
  'joined',
  'founded',
  'grad_school',
  'study_abroad',
  'moved_to_academia',
]);

/**
 * A CV period or timeline row dates every step on its line by its first year ("2017.03 ~ 2019.12:
 * …, 병역 대체 복무" was served from 2017), unless the clause itself says otherwise.
 */
function datedByItem(sentence: Sentence, year: ResolvedYear | undefined): ResolvedYear | undefined {
  if (year && (year.source === 'clause' || year.source === 'sentence')) {
    return year;
  }
  const item = itemYear(sentence.text);
  return item === null ? year : { year: item, source: 'sentence', anchored: true };
}

/** A plan is dated by when it was told (its section, else the talk), not by the year it aims at. */
function planYear(ctx: Context, index: number): ResolvedYear {
  const year = ctx.sections[index] ?? ctx.talkYear;
  return { year, source: year === null ? 'none' : 'heading', anchored: false };
}

function yearFor(ctx: Context, index: number, hit: Hit): ResolvedYear {
  const sentence = ctx.sentences[index] as Sentence;
  const previous = ctx.sentences[index - 1];
  const hitText = ctx.text.slice(hit.start, hit.end);
  // "부전공하던 경제학과": a background state (~던) is not dated by the section it is told in.
  const background = /던$/.test(hitText) || /^[가-힣]?던/.test(ctx.text.slice(hit.end, hit.clause.end));
  return resolveYear({
    sentence,
    clause: hit.clause,
    cue: hit,
    previous: previous && previous.heading === null ? previous : null,
    sectionYear: ctx.sections[index] ?? null,
    talkYear: ctx.talkYear,
    useSection: !background,
  });
}
