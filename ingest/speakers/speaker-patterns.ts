import { ENGLISH_TALK_WORDS, KOREAN_TALK_WORDS } from '../lexicon/talk-words.ts';

/**
 * Regular-expression pieces shared by the speaker finders: what a talk word, a Korean name and a
 * Latin full name look like in titles, headings and label lines.
 */

/** Case-insensitive letters without the `i` flag, which would make \\p{Lu} match lower case too. */
export function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

export const TALK_WORD = `(?:${KOREAN_TALK_WORDS.join('|')}|${ENGLISH_TALK_WORDS.map(anyCase).join('|')})`;
export const HANGUL_NAME = '([가-힣]{2,4})';
export const LATIN_NAME =
  "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:van|von|de|der|da|di|du|la|le)?\\s*\\p{Lu}[\\p{L}'’-]+){1,2})";
export const NAME = `(?:${HANGUL_NAME}|${LATIN_NAME})`;
/** What may follow a name in a title without making it an object (을/를/의… would). */
export const NAME_END = '(?=$|[\\s()[\\]\\-–—:|,.!?·\'"“‘]|\\d)';
/** Words for the one who talks, in label lines and before a name ("연사: X", "게스트 X 님"). */
export const ROLE_LABEL =
  '(?:speakers?|presenters?|lecturers?|guests?|interviewees?|panelists?|panel|초청\\s?연사|연사진|연사|강연자|발표자|강사|게스트|인터뷰이|패널리스트|패널)';
