/**
 * From a sentence to cue hits: clauses split at commas and connective endings, the cue table
 * matched in each, plus the hits that need mentions (a move to a named place, a study visit
 * abroad, a conference trip); the checks of fact-checks.ts drop what states no decision.
 */
import type { DecisionKind } from '../../graph/model.ts';
import { FILLER, isUniversity, mentionsIn } from './decision-context.ts';
import { CUES, FOREIGN, PRIORITY, VISIT } from './decision-cues.ts';
import type { Clause, Context, Cue, Hit } from './decision-types.ts';
import { rejected } from './fact-checks.ts';
import type { Sentence } from './sentences.ts';

const CLAUSE_BREAK =
  /[,;→⇒]\s*|\s+(?:->|=>)\s+|(?<=[가-힣](?:는데|은데|인데|지만|면서|으며|니까|어서|아서|해서|와서|여서|워서|고)|[\s가-힣](?:후|뒤)|(?:[을를]|에서)\s*(?:떠나|나와))\s+(?![싶있계말나보버놓두주])|\s+(?:because|but|while|although|whereas|and then)\s+|\s+and\s+(?=(?:then\s+)?(?:did|joined|founded|co-founded|cofounded|moved|became|left|earned|received|worked|started|spent|served|was|went|got|took)\s)|\s+(?=(?:before|after|prior to|since) (?:joining|leaving|moving|starting|founding|co-founding)\s)/g;

/** Clauses of a sentence (split at commas and Korean connective endings), absolute offsets. */
export function splitClauses(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  // A comma inside brackets ("(Neurips, 뉴립스)") lists names; it does not end a clause.
  const depth = bracketDepth(sentence.text);
  const cuts = [...sentence.text.matchAll(CLAUSE_BREAK)]
    .filter((m) => depth(m.index) === 0)
    .map((m) => [m.index, m.index + m[0].length] as const);
  for (const [cut, next] of [...cuts, [sentence.text.length, sentence.text.length] as const]) {
    const text = sentence.text.slice(from, cut);
    if (text.trim().length > 0) {
      clauses.push({ start: sentence.start + from, end: sentence.start + cut, text });
    }
    from = next;
  }
  return clauses;
}

/**
 * The bracket depth before an offset, asked for offsets in increasing order: counted on from the
 * last one asked rather than from the start, which a long sentence with many commas made quadratic.
 */
function bracketDepth(text: string): (at: number) => number {
  let depth = 0;
  let counted = 0;
  return (at) => {
    for (; counted < at; counted += 1) {
      const char = text[counted];
      depth = Math.max(0, depth + (char === '(' || char === '[' ? 1 : char === ')' || char === ']' ? -1 : 0));
    }
    return depth;
  };
}

/**
 * The cues of a clause that survive the checks, one per kind, by priority. Some kinds hide others
 * in the same clause: "joined a PhD program" is grad school, not a job; a plan is nothing else.
 */
export function clauseHits(ctx: Context, sentence: Sentence, clause: Clause): Hit[] {
  const hits = [
    ...cueHits(clause),
    ...movementHits(ctx, clause),
    ...visitHits(ctx, clause),
    ...conferenceHits(ctx, sentence, clause),
  ]
    .map(promoteAbroad)
    .filter((hit) => !rejected(ctx, sentence, clause, hit))
    .sort((a, b) => rank(a.cue) - rank(b.cue));
  if (hits[0]?.cue.tag === 'plan') {
    return hits.slice(0, 1);
  }
  const kinds = new Set(hits.map((hit) => hit.cue.kind));
  const seen = new Set<DecisionKind>();
  return hits.filter((hit) => {
    const hidden = (HIDDEN_BY[hit.cue.kind] ?? []).some((kind) => kinds.has(kind));
    const first = !seen.has(hit.cue.kind);
    seen.add(hit.cue.kind);
    return first && !hidden;
  });
}

const HIDDEN_BY: Partial<Record<DecisionKind, DecisionKind[]>> = {
  joined: ['grad_school', 'study_abroad', 'moved_to_academia', 'founded'],
  grad_school: ['study_abroad'],
  other: [
    'major_change',
    'grad_school',
    'joined',
    'left',
    'founded',
    'moved_to_academia',
    'military_service',
    'study_abroad',
  ],
};

/** Whether a clause words a step at all, kept or rejected: then it is no verbless CV item. */
export function statesAStep(ctx: Context, clause: Clause): boolean {
  return cueHits(clause).length > 0 || movementHits(ctx, clause).length > 0;
}

export function rank(cue: Cue): number {
  return PRIORITY.get(cue.tag) ?? CUES.indexOf(cue) + 1;
}

/** A clause is asked twice (statesAStep, clauseHits) and there are ~50 cues: match once. */
const cueHitsByClause = new WeakMap<Clause, readonly Hit[]>();

/**
 * All cues as one alternation per flag set: most clauses hold no cue, and one scan of the clause
 * says so where ~50 separate scans did (an alternation matches wherever one of its cues would).
 */
const ANY_CUE = [...new Set(CUES.map((cue) => cue.pattern.flags))].map(
  (flags) =>
    new RegExp(
      CUES.filter((cue) => cue.pattern.flags === flags)
        .map((cue) => `(?:${cue.pattern.source})`)
        .join('|'),
      flags,
    ),
);

function cueHits(clause: Clause): readonly Hit[] {
  const known = cueHitsByClause.get(clause);
  if (known) {
    return known;
  }
  const hits: Hit[] = [];
  if (!ANY_CUE.some((pattern) => pattern.test(clause.text))) {
    cueHitsByClause.set(clause, hits);
    return hits;
  }
  for (const cue of CUES) {
    const match = cue.pattern.exec(clause.text);
    if (match) {
      const start = clause.start + match.index;
      hits.push({ cue, clause, start, end: start + match[0].length });
    }
  }
  cueHitsByClause.set(clause, hits);
  return hits;
}

/** Entering a named place ("네이버로 오게 되었음"): a job, unless the place is a university (settled later). */
const ENTER: Cue = { kind: 'joined', tag: 'enter', pattern: /$^/ };
const WORK_AT = CUES.find((cue) => cue.tag === 'join' && cue.kind === 'joined') as Cue;
const MOVE = CUES.find((cue) => cue.tag === 'move' && cue.kind === 'joined') as Cue;
export const LEAVE = CUES.find((cue) => cue.tag === 'leave') as Cue;
const MOVE_AFTER = new RegExp(
  `^${FILLER}(?:에|로|으로)\\s*(?:(?:다시|바로|자리를)\\s*)?(들어가|들어갔|들어와|들어오게|들어온|오게|왔|와서|온|가게|갔|가서|다니게|옮기|옮겼|옮겨|옮긴|옮김|이동)`,
);
const WORK_AFTER = new RegExp(
  `^${FILLER}에서\\s*(?:[^\\s,]{1,12}(?:으로|로)\\s*)?(?:일하게|근무하게|일을\\s*하게|일을\\s*시작|근무를\\s*시작|커리어를\\s*시작|일했|근무했|재직했)`,
);
const LEAVE_AFTER = new RegExp(
  `^${FILLER}(?:을|를|에서)\\s*(?:나와|나왔|나오게|나온|나가|나갔|떠나게|떠났|떠나서|그만)`,
);

/** "네이버로 오게 되었음", "카이스트로 자리를 옮겼다", "네이버를 나와서": a move needs a named place. */
function movementHits(ctx: Context, clause: Clause): Hit[] {
  const hits: Hit[] = [];
  for (const mention of mentionsIn(ctx, clause, 'Institution')) {
    const after = ctx.text.slice(mention.end, clause.end);
    const move = MOVE_AFTER.exec(after);
    const work = WORK_AFTER.exec(after);
    const leave = LEAVE_AFTER.exec(after);
    const found = move ?? work ?? leave;
    if (found) {
      const cue = move ? (/옮|이동/.test(found[1] ?? '') ? MOVE : ENTER) : work ? WORK_AT : LEAVE;
      hits.push({ cue, clause, start: mention.start, end: mention.end + found[0].length });
    }
  }
  return hits;
}

const ABROAD_GRAD: Cue = { kind: 'study_abroad', tag: 'abroad', pattern: /$^/ };
const ABROAD_VISIT: Cue = { kind: 'study_abroad', tag: 'abroad-visit', pattern: /$^/ };

const CONFERENCE_TRIP: Cue = { kind: 'other', tag: 'conference', pattern: /$^/ };
const ATTENDED = /다녀왔|다녀온|다녀오게|참석했|참석하게|참가했|참가하게|\battended\b|\bwent to\b/i;

/** Going to a conference oneself ("내 돈으로 다녀왔다" after "… 학회가 열려서"): a step of its own. */
function conferenceHits(ctx: Context, sentence: Sentence, clause: Clause): Hit[] {
  const verb = ATTENDED.exec(clause.text);
  if (!verb) {
    return [];
  }
  const start = clause.start + verb.index;
  const named = mentionsIn(ctx, { start: sentence.start, end: clause.end }, 'Conference').length > 0;
  return named ? [{ cue: CONFERENCE_TRIP, clause, start, end: start + verb[0].length }] : [];
}

/** Grad school in a foreign place is study abroad (보스턴에서 대학원 과정, a PhD in the US). */
function promoteAbroad(hit: Hit): Hit {
  return hit.cue.kind === 'grad_school' && FOREIGN.test(hit.clause.text) ? { ...hit, cue: ABROAD_GRAD } : hit;
}

/** A study visit to a university abroad ("영국 옥스퍼드 대학교에 다녀온", "visiting student at …"). */
function visitHits(ctx: Context, clause: Clause): Hit[] {
  const visit = VISIT.exec(clause.text);
  const university = mentionsIn(ctx, clause, 'Institution').find(isUniversity);
  if (!visit || !university || !FOREIGN.test(clause.text)) {
    return [];
  }
  const end = clause.start + visit.index + visit[0].length;
  return [{ cue: ABROAD_VISIT, clause, start: Math.min(university.start, end - visit[0].length), end }];
}
