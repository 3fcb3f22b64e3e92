import { cleanPersonName, isLatinFullName } from '../text/person-name.ts';
import { stripHeadingMarks } from './title-speakers.ts';

/**
 * A speaker card: seminar pages and event posts head the speaker's bio with the name in Hangul
 * and in its romanised form, "## 정OO Yuna Jung", "표OO (Seoyun Pyo)", "Mina Park 박민아". Two
 * spellings of one full name side by side, alone on a line, is a name heading and nothing else
 * (a title mixing Korean and English words fails the name-shape test of either half).
 */
const HANGUL_FIRST = /^([가-힣]{2,4})\s*[(/|·]?\s*([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})\s*\)?$/u;
const LATIN_FIRST = /^([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})\s*[(/|·]?\s*([가-힣]{2,4})\s*\)?$/u;

/** The Hangul name of the first bilingual name line among a talk's lead lines, or null. */
export function speakerFromNameCard(lines: readonly string[]): string | null {
  for (const line of lines) {
    const text = stripHeadingMarks(line);
    if (text.length > 60) {
      continue;
    }
    const hangulFirst = HANGUL_FIRST.exec(text);
    const latinFirst = LATIN_FIRST.exec(text);
    const hangul = hangulFirst?.[1] ?? latinFirst?.[2];
    const latin = hangulFirst?.[2] ?? latinFirst?.[1];
    if (hangul && latin && isLatinFullName(latin) && isFullHangulName(hangul)) {
      return hangul;
    }
  }
  return null;
}

/** Three syllables (or a compound surname): a two-syllable word is as likely a common noun. */
function isFullHangulName(word: string): boolean {
  return cleanPersonName(word) === word && word.length >= 3;
}
