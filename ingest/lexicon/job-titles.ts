/**
 * Job titles written right after a person's name, or after "name + organisation", in articles,
 * rosters and event pages ("김OO 예시랩 대표", "Jane Doe, CTO of Example"). What belongs here:
 * a word that names a position a person holds, never an honorific (those are in text/person-name.ts)
 * and never a word that also names an organisation. Longest first, so 대표이사 is not read as 대표.
 */
export const KOREAN_JOB_TITLES = [
  '대표이사',
  '공동대표',
  '공동창업자',
  '창업자',
  '대표',
  '부사장',
  '사장',
  '회장',
  '전무',
  '상무',
  '이사',
  '본부장',
  '센터장',
  '연구소장',
  '소장',
  '원장',
  '실장',
  '팀장',
  '리더',
  '책임연구원',
  '선임연구원',
  '수석연구원',
  '연구원',
  '연구위원',
  '연구교수',
  '조교수',
  '부교수',
  '교수',
  '박사과정생',
  '박사과정',
  '석사과정생',
  '석사과정',
  '박사',
  '엔지니어',
  '개발자',
  '매니저',
] as const;

export const ENGLISH_JOB_TITLES = [
  'CEO',
  'CTO',
  'CSO',
  'COO',
  'CPO',
  'VP',
  'Co-founder',
  'Cofounder',
  'Founder',
  'President',
  'Director',
  'Head',
  'Lead',
  'Principal',
  'Professor',
  'Researcher',
  'Scientist',
  'Engineer',
  'Specialist',
  'Architect',
  'Manager',
] as const;

/** A regular-expression alternation of every job title, Korean and English. */
export const JOB_TITLE_SOURCE = `(?:${[...KOREAN_JOB_TITLES, ...ENGLISH_JOB_TITLES].join('|')})`;

/**
 * Titles of the person who heads an organisation: "이름 조직 대표" names the organisation between
 * the person and the title. Only heads, since "이름 부서 교수" or "이름 팀 연구원" often puts a
 * department or team there. Longest first.
 */
export const HEAD_TITLES = [
  '대표이사',
  '공동대표',
  '공동창업자',
  '창업자',
  '대표',
  'CEO',
  'CTO',
  'Co-founder',
] as const;

/** Words that stand between a name and a title without naming an organisation (김OO 신임 대표). */
export const TITLE_MODIFIERS = [
  '전',
  '현',
  '前',
  '現',
  '신임',
  '공동',
  '각자',
  '초대',
  '당시',
  '전임',
  '현직',
  '임시',
] as const;
