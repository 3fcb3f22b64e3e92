/**
 * Across sentences: tellings of one step merged, grad school abroad folded into study abroad,
 * service linked to the job it was served at, moves chained to the employer they left.
 */
import type { DecisionKind } from '../../graph/model.ts';
import { firstIndex } from './binary-search.ts';
import { checkDeadline } from './deadline.ts';
import { FACULTY_WORDS, GRAD_WORDS, UNIVERSITY } from './decision-cues.ts';
import { previousMajor } from './decision-places.ts';
import type { Candidate, Context } from './decision-types.ts';
import type { ExtractedDecision, Place } from './types.ts';

const WINDOW = 6;
const ONCE = new Set<DecisionKind>(['military_service', 'major_change']);

export function finishCandidates(ctx: Context, candidates: Candidate[]): Candidate[] {
  // Undated résumé lines come last: a story's telling of the same step keeps its place in the
  // story (moves chain to the post before them) and takes the line's details.
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(a.tag === 'cv-line') - Number(b.tag === 'cv-line') ||
      a.decision.offset - b.decision.offset ||
      a.cueStart - b.cueStart,
  );
  const settled = sorted.map(settleUniversity).filter((c): c is Candidate => c !== null);
  const merged = dropVagueRetellings(settleDepartures(absorbGradIntoAbroad(mergeDuplicates(settled))));
  linkMilitaryService(merged);
  chainMoves(merged);
  // After merging, so that a retelling of the change does not take the first telling's goal as its origin.
  return merged.map((c) => {
    if (c.decision.kind !== 'major_change' || c.decision.from !== null) {
      return c;
    }
    const from = previousMajor(ctx, c.sentences[0] ?? 0, c.cueStart, c.decision.to);
    return { ...c, decision: { ...c.decision, from } };
  });
}

/**
 * A job at a university (이직, 옮기다, 입사) is moving to academia; an internship stays a job.
 * Merely entering a university ("카이스트에 들어갔다") is grad school when the sentence says so,
 * academia when it names a post, and too vague to keep otherwise (it may be an undergraduate).
 */
function settleUniversity(candidate: Candidate): Candidate | null {
  const { decision } = candidate;
  // A known kind decides; the name's shape only when the kind is unknown.
  const university = candidate.toKind
    ? candidate.toKind === 'university'
    : UNIVERSITY.test(decision.to?.name ?? '');
  if (
    decision.kind !== 'joined' ||
    decision.to?.type !== 'Institution' ||
    !university ||
    candidate.tag === 'intern'
  ) {
    return candidate;
  }
  if (candidate.tag !== 'enter' || FACULTY_WORDS.test(decision.evidence)) {
    return { ...candidate, decision: { ...decision, kind: 'moved_to_academia' } };
  }
  return GRAD_WORDS.test(decision.evidence)
    ? { ...candidate, decision: { ...decision, kind: 'grad_school' } }
    : null;
}

function samePlace(a: Place | null, b: Place | null): boolean {
  return a === null || b === null || (a.type === b.type && a.name === b.name);
}

/**
 * How many sentences apart the closest tellings of two candidates are. Sorted copies are walked
 * side by side: a step retold a thousand times has a thousand sentences, and every pair of them
 * was too many (and too many arguments for Math.min).
 */
function distance(a: Candidate, b: Candidate, sortedA = sortedCopy(a.sentences)): number {
  return closest(sortedA, sortedCopy(b.sentences));
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((x, y) => x - y);
}

/** The least difference between a value of one sorted list and one of the other. */
function closest(a: readonly number[], b: readonly number[]): number {
  // Each value of the shorter list is looked up in the longer one: a new telling (one sentence)
  // against a step told thousands of times costs a binary search, not a walk.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let best = Number.POSITIVE_INFINITY;
  for (const value of short) {
    const low = firstIndex(long.length, (i) => (long[i] as number) >= value);
    for (const near of [long[low - 1], long[low]]) {
      if (near !== undefined) {
        best = Math.min(best, Math.abs(near - value));
      }
    }
  }
  return best;
}

/** Two tellings of one step: same kind, person and places, told close together or in the same year. */
function sameStep(a: Candidate, b: Candidate, sortedA?: number[]): boolean {
  const x = a.decision;
  const y = b.decision;
  if (x.kind !== y.kind || x.person !== y.person || (x.kind === 'other' && a.tag !== b.tag)) {
    return false;
  }
  if (!samePlace(x.to, y.to) || !samePlace(x.from, y.from)) {
    return false;
  }
  const gap = distance(a, b, sortedA);
  if (gap <= 1) {
    // Neighbouring sentences each writing a different year tell two steps ("17년 인턴 … 2018년 입사").
    return x.year === null || y.year === null || x.year === y.year || !(a.anchored && b.anchored);
  }
  const yearsAgree = x.year === null || y.year === null || x.year === y.year;
  const sameYear = x.year !== null && x.year === y.year;
  // An undated telling naming the same place as a dated one ("게스트: X (스튜디오OO 공동창업자)" and
  // "작년에 스튜디오OO를 차렸어요") retells it, however far apart the two are.
  const samePlaceUndated = x.to !== null && y.to !== null && (x.year === null || y.year === null);
  // Military service and a change of major come once in a life: two tellings are one step.
  return ONCE.has(x.kind) || samePlaceUndated || (yearsAgree && (gap <= WINDOW || sameYear));
}

function strength(c: Candidate): number {
  return (c.anchored ? 4 : 0) + (c.decision.year !== null ? 2 : 0) + (c.decision.to ? 1 : 0);
}

/** Keeps the best-dated telling and fills what it lacks from the other. */
export function combine(a: Candidate, b: Candidate, sentences = [...a.sentences, ...b.sentences]): Candidate {
  const [best, other] = strength(b) > strength(a) ? [b, a] : [a, b];
  const decision: ExtractedDecision = {
    ...best.decision,
    year: best.decision.year ?? other.decision.year,
    from: best.decision.from ?? other.decision.from,
    to: best.decision.to ?? other.decision.to,
  };
  return {
    ...best,
    // A résumé line names the place; the story's telling says how the step was taken (a move).
    tag: best.tag === 'cv-line' ? other.tag : best.tag,
    decision,
    toKind: best.toKind ?? other.toKind,
    role: best.role ?? other.role,
    sentences,
    anchored: best.anchored,
    linked: a.linked || b.linked,
  };
}

/**
 * A job step told with neither place nor year ("관심이 옮겨 가면서 이직" in a summary, "인턴 한 번으로
 * 인생이 바뀌었어요") says nothing a placed telling of the same person does not: it is a retelling
 * far from the first (past the merge window) or a remark, and alone it would be a step of its own.
 */
function dropVagueRetellings(candidates: Candidate[]): Candidate[] {
  const vague = (c: Candidate) =>
    c.decision.kind === 'joined' &&
    c.decision.to === null &&
    c.decision.from === null &&
    c.decision.year === null;
  return candidates.filter(
    (c) =>
      !vague(c) ||
      !candidates.some(
        (o) =>
          o !== c &&
          o.decision.kind === c.decision.kind &&
          o.decision.person === c.decision.person &&
          o.decision.to !== null,
      ),
  );
}

function mergeDuplicates(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  // A kept step owns its sentence list and grows it in place, with a sorted copy beside it: a
  // step told thousands of times would otherwise be copied, and sorted, for each telling.
  const sorted = new Map<Candidate, number[]>();
  for (const candidate of candidates) {
    checkDeadline();
    const index = kept.findLastIndex((k) => sameStep(k, candidate, sorted.get(k)));
    const known = kept[index];
    if (known) {
      const order = sorted.get(known) as number[];
      sorted.delete(known);
      known.sentences.push(...candidate.sentences);
      for (const sentence of candidate.sentences) {
        insertSorted(order, sentence);
      }
      const merged = combine(known, candidate, known.sentences);
      kept[index] = merged;
      sorted.set(merged, order);
    } else {
      const own = { ...candidate, sentences: [...candidate.sentences] };
      kept.push(own);
      sorted.set(own, sortedCopy(own.sentences));
    }
  }
  return kept;
}

function insertSorted(values: number[], value: number): void {
  let at = values.length;
  while (at > 0 && (values[at - 1] as number) > value) {
    at -= 1;
  }
  values.splice(at, 0, value);
}

/** "대학원에 진학함" then "보스턴에서 대학원 과정을 시작": one step, study abroad. */
function absorbGradIntoAbroad(candidates: Candidate[]): Candidate[] {
  const result = [...candidates];
  for (const abroad of candidates.filter((c) => c.decision.kind === 'study_abroad' && c.tag === 'abroad')) {
    checkDeadline();
    const grad = result.find(
      (c) =>
        c.decision.kind === 'grad_school' &&
        c.decision.person === abroad.decision.person &&
        distance(c, abroad) <= WINDOW &&
        samePlace(c.decision.to, abroad.decision.to) &&
        (c.decision.year === null ||
          abroad.decision.year === null ||
          c.decision.year === abroad.decision.year),
    );
    if (grad) {
      const at = result.indexOf(abroad);
      const merged = combine(abroad, { ...grad, decision: { ...grad.decision, kind: 'study_abroad' } });
      result[at] = { ...merged, decision: { ...merged.decision, kind: 'study_abroad' } };
      result.splice(result.indexOf(grad), 1);
    }
  }
  return result;
}

/**
 * A departure from the country ("2009년에 출국") dates the study abroad told beside it and was merged
 * into it; alone it may be any trip, so it is dropped.
 */
function settleDepartures(candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.tag !== 'depart') {
      return [c];
    }
    return c.sentences.length > 1 ? [{ ...c, tag: 'abroad' as const }] : [];
  });
}

/** 전문연구요원 and the like are served at an employer: the job told with it gives place and year. */
function linkMilitaryService(candidates: Candidate[]): void {
  for (const [i, service] of candidates.entries()) {
    checkDeadline();
    if (service.decision.kind !== 'military_service' || service.decision.to !== null) {
      continue;
    }
    const job = candidates.find(
      (c) =>
        c.decision.kind === 'joined' &&
        c.decision.person === service.decision.person &&
        (shareASentence(service, c) || (service.linked && distance(c, service) <= 2)),
    );
    if (job) {
      // Served during the job: it starts when the job does, whatever year the offer was told with.
      const year = job.decision.year ?? service.decision.year;
      candidates[i] = { ...service, decision: { ...service.decision, to: job.decision.to, year } };
    }
  }
}

function shareASentence(a: Candidate, b: Candidate): boolean {
  const mine = new Set(a.sentences);
  return b.sentences.some((s) => mine.has(s));
}

/**
 * A move (이직, 옮기다) leaves the previous employer: that is its "from" when the sentence names
 * none; so does a departure that names no place ("회사를 그만두고").
 */
function chainMoves(candidates: Candidate[]): void {
  // Each person's steps so far (as chained), newest last: lookups walk back from the newest
  // instead of filtering every earlier step of the talk for every move.
  const steps = new Map<string | null, Candidate[]>();
  for (const [i, move] of candidates.entries()) {
    checkDeadline();
    const mine = steps.get(move.decision.person) ?? [];
    steps.set(move.decision.person, mine);
    const moving = move.tag === 'move' && move.decision.to !== null;
    const leaving = move.decision.kind === 'left' && move.decision.to === null;
    if ((moving || leaving) && move.decision.from === null) {
      const previous = leaving ? lastPost(mine) : lastEmployerOtherThan(mine, move.decision.to?.name);
      if (previous) {
        candidates[i] = { ...move, decision: { ...move.decision, from: previous } };
      }
    }
    mine.push(candidates[i] as Candidate);
  }
}

function lastEmployerOtherThan(steps: readonly Candidate[], name: string | undefined): Place | null {
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const place = employer(steps[i] as Candidate);
    if (place !== null && place.name !== name) {
      return place;
    }
  }
  return null;
}

const POSTS_AND_STUDIES = ['joined', 'moved_to_academia', 'founded', 'grad_school', 'study_abroad'];

/** Where the person last took a post; null when their last step was a study (then they left a school). */
function lastPost(steps: readonly Candidate[]): Place | null {
  const last = steps.findLast((c) => POSTS_AND_STUDIES.includes(c.decision.kind));
  return last && last.decision.kind !== 'grad_school' && last.decision.kind !== 'study_abroad'
    ? employer(last)
    : null;
}

/** The institution a step leaves the narrator at (joined X) or takes them from (left X). */
export function employer(candidate: Candidate): Place | null {
  const { kind, to, from } = candidate.decision;
  if (['joined', 'moved_to_academia', 'founded'].includes(kind) && to?.type === 'Institution') {
    return to;
  }
  return kind === 'left' && from?.type === 'Institution' ? from : null;
}
