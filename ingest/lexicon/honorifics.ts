/**
 * Honorifics written after a Korean name ("윤OO 교수님", "도OO 님"). What belongs here: a word that
 * marks respect or a role of address right after a name, and that the name is read without.
 * Job titles written after "name + organisation" are in job-titles.ts. Longest first, so 마스터님
 * is not read as 마스터 + 님.
 */
export const HONORIFICS = [
  '교수님',
  '교수',
  '마스터님',
  '마스터',
  '박사님',
  '박사',
  '선생님',
  '대표님',
  '상무님',
  '이사님',
  '연구원님',
  '멘토님',
  '강사님',
  '님',
] as const;

/** The honorifics of someone who teaches or researches: a title naming one alone is a talk's. */
export const ACADEMIC_HONORIFICS = ['교수님', '교수', '마스터님', '마스터', '박사님'] as const;

export const HONORIFIC_SOURCE = `(?:${HONORIFICS.join('|')})`;
