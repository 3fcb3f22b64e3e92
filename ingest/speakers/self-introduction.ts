import { cleanPersonName } from '../text/person-name.ts';
import { HANGUL_NAME, LATIN_NAME } from './speaker-patterns.ts';

/**
 * The name a first-person author gives themselves: "저는 김OO입니다", "안녕하세요, 김OO입니다",
 * "제 이름은 김OO", "I'm Jane Doe", "My name is Jane Doe", "김OO의 블로그", "Jane Doe's blog".
 * Only the opening of a note counts: a name said later is someone the author talks about.
 */

/**
 * The greeting formula ("안녕하세요, <소속> 김OO입니다") or a stated name ("제 이름은 김OO", "김OO라고
 * 합니다"); a bare "저는 X입니다" is not enough, X is as often a role (저는 주니어입니다).
 */
const KOREAN_SELF = new RegExp(
  `(?:안녕하세요[,.!~]*\\s*(?:[^.!?\\n]{0,40}?\\s)?${HANGUL_NAME}\\s*(?:입니다|이에요|예요|이라고\\s*합니다|라고\\s*합니다)|제\\s*이름은\\s*${HANGUL_NAME}(?=\\s*(?:입니다|이에요|예요|이고|이며|[,.\\s]|$))|(?<![가-힣])${HANGUL_NAME}(?:이)?라고\\s*합니다)`,
  'u',
);
const ENGLISH_SELF = new RegExp(
  `\\b(?:I['’]m|I\\s+am|[Mm]y\\s+name\\s+is|[Mm]y\\s+name['’]s)\\s+${LATIN_NAME}(?=\\s*(?:[,.;!:(—–-]|$|\\s+(?:and|from|a|an|the|at|here)\\b))`,
  'u',
);
const BLOG_OF = new RegExp(
  `(?<![가-힣])${HANGUL_NAME}\\s*의\\s*(?:블로그|기술\\s?블로그|개발\\s?블로그|공부\\s?노트|기록)|${LATIN_NAME}['’]s\\s+(?:[Bb]log|[Nn]otes|[Hh]omepage)`,
  'u',
);

/** How far into a note an author introduces themselves. */
const OPENING = 600;

export function authorFromSelfIntroduction(text: string): string | null {
  return selfIntroducedName(text.slice(0, OPENING));
}

/** The name someone gives themselves anywhere in `text` (a greeting, "제 이름은", "I'm Jane Doe"). */
export function selfIntroducedName(text: string): string | null {
  for (const pattern of [KOREAN_SELF, ENGLISH_SELF, BLOG_OF]) {
    const match = pattern.exec(text);
    const name = match ? cleanPersonName(match.slice(1).find(Boolean) ?? '') : null;
    if (name) {
      return name;
    }
  }
  return null;
}
