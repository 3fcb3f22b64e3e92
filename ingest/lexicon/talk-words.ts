/**
 * Nouns that name a talk or a session ("특강", "keynote"). What belongs here: a word a title, a
 * heading or a sentence uses for the event someone speaks at, not for writing about it (후기,
 * 정리 and "notes" are note words, in NOTE_WORDS).
 */
export const KOREAN_TALK_WORDS = [
  '마스터\\s?클래스',
  '특강',
  '강연',
  '강의',
  '세미나',
  '웨비나',
  '토크',
  '발표',
  '세션',
  '인터뷰',
  '대담',
] as const;

export const ENGLISH_TALK_WORDS = [
  'talk',
  'lecture',
  'seminar',
  'webinar',
  'session',
  'keynote',
  'masterclass',
  'presentation',
  'interview',
  'fireside chat',
] as const;

/** What a note-taker appends to a talk word: "웨비나 후기", "특강 정리", "Talk notes". */
export const KOREAN_NOTE_WORDS = ['후기', '정리', '리뷰', '메모', '노트', '요약'] as const;
export const ENGLISH_NOTE_WORDS = ['recap', 'notes', 'review', 'summary'] as const;
