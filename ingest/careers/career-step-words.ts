/**
 * Whether an `other` decision is a step of a career. The rules file it (a first place, a plan, a
 * paper accepted) when a sentence sounds like a step but is none of the named kinds; only a step
 * that takes the person somewhere (an institution named as where they went) becomes a move.
 * Word lists are data, kept here once; matched case-insensitively anywhere in the sentence.
 */

/** Results, not steps: competitions, rankings, prizes. */
const RESULT_WORDS = [
  '대회',
  '경진',
  '리더보드',
  '1위',
  '2위',
  '1등',
  '입상',
  '수상',
  '챌린지',
  'leaderboard',
  'competition',
  'challenge',
  'award',
  'prize',
  'kaggle',
  'ranked',
  'first place',
];

/** Plans and offers not taken: what did not happen (yet). */
const PLAN_WORDS = [
  '목표',
  '예정',
  '계획',
  '하려고',
  '생각이',
  '거절',
  'plan',
  'planning',
  'aim to',
  'hope to',
  'want to',
  'will ',
  'turned it down',
  'turned down',
  'declined',
  'no plans',
];

/** Papers and conference trips: work, not a step of the career itself. */
const PAPER_WORDS = [
  '논문',
  '학회',
  '워크숍',
  '게재',
  'paper',
  'workshop',
  'published',
  'accepted at',
  'conference',
];

const NOT_A_STEP = [...RESULT_WORDS, ...PLAN_WORDS, ...PAPER_WORDS];

export interface OtherDecision {
  evidence: string;
  to: { type: string } | null;
}

export function isCareerStep(decision: OtherDecision): boolean {
  if (decision.to?.type !== 'Institution') {
    return false;
  }
  const text = decision.evidence.normalize('NFKC').toLowerCase();
  return !NOT_A_STEP.some((word) => text.includes(word));
}
