/**
 * Words of verbless CV lines ("현 예시랩 CTO", "전 가나다전자 연구원", "예시대 박사과정 (중퇴)",
 * "Example Inc. / Co-founder"): what a line's prefix or role word says about the step it records.
 * What belongs here: a word that, next to an organisation on a résumé line, tells whether the post
 * is held now, was held before, is a degree being taken, was left unfinished, or was founded.
 * Regular-expression sources, matched case-insensitively.
 */

/** A line prefix for a post held now: 현, 현), 現, "current". */
export const CURRENT_PREFIXES = ['현\\)?', '現\\)?', 'current(?:ly)?:?', 'now:?'] as const;

/** A line prefix for a post held before: 전, 전), 前, "former", "ex-". */
export const PAST_PREFIXES = ['전\\)?', '前\\)?', 'former', 'ex-', 'previously:?'] as const;

/** A degree being taken at the place: a CV line's grad-school words. */
export const DEGREE_WORDS = [
  '박사\\s*과정',
  '석사\\s*과정',
  '석박사\\s*통합\\s*과정',
  '통합\\s*과정',
  'Ph\\.?\\s?D',
  'doctoral\\s+(?:student|candidate)',
  'M\\.S\\.?',
  "master['’]?s\\s+student",
] as const;

/** A degree left unfinished: the line is also a step away from the place. */
export const DROPOUT_WORDS = ['중퇴', '자퇴', 'dropped\\s+out', 'drop-?out'] as const;

/** The person founded the place. */
export const FOUNDER_WORDS = [
  '공동\\s*창업자',
  '창업자',
  '공동\\s*설립자',
  '설립자',
  'co-?\\s?founder',
  'founder',
] as const;

/** Extra post words a CV line uses beside the job titles (job-titles.ts) and ROLE (roles.ts). */
export const POST_WORDS = [
  '책임',
  '헤드',
  '테크\\s*리더',
  '테크리드',
  '자문위원',
  'postdoc(?:toral)?(?:\\s+(?:associate|fellow|researcher))?',
  'fellow',
  'intern',
  '인턴',
] as const;

/**
 * English words that make a line prose rather than a résumé item ("Example CTO said…"): verbs and
 * auxiliaries a résumé line leaves out.
 */
export const ENGLISH_PROSE_WORDS = [
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'said',
  'says',
  'told',
  'announced',
  'did',
  'does',
] as const;

export function alternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * Headings that open a career list ("1) 이력", "## Experience"): the bullets under one name a
 * place each, written "Org / what was done there" or "Org role". What belongs here: a word that
 * titles a list of one person's posts, never a word that titles a talk's content.
 */
export const CV_HEADINGS = [
  '이력',
  '약력',
  '경력',
  '주요\\s*경력',
  'Career',
  'Experience',
  'Work\\s+experience',
] as const;
