/**
 * Words that sit inside an organisation's written name without being a name themselves.
 * SCHOOL_FIELD_WORDS: the subject of a graduate school or department, written glued between a
 * school's name and 대학원 ("예시공대AI대학원"). What belongs here: a field of study, never a name.
 */
export const SCHOOL_FIELD_WORDS = [
  'AI',
  '인공지능',
  '데이터사이언스',
  '정보',
  '전기',
  '컴퓨터',
  '소프트웨어',
  '반도체',
] as const;
