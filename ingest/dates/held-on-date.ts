import { parseDateText, parseDayWithYear } from './resolve-talk-date.ts';

/**
 * The date a note says its talk was held on, as opposed to the date the note was posted:
 * "지난 1월 27일 토요일에 있었던 커리어 토크", "2023년 5월 3일 열린 세미나", "the talk was held on
 * March 3". A month and day without a year take the post's year — the one before when that day
 * falls after the post ("지난 12월 20일" in a January post).
 */

const TALK_NOUN =
  '(?:토크|특강|강연|세미나|웨비나|발표|밋업|모임|행사|강의|마스터\\s?클래스|컨퍼런스|콘퍼런스|세션|인터뷰|대담)';
const KOREAN_HELD = new RegExp(
  `(?:((?:19|20)\\d{2})\\s*년\\s*)?(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일[^.\\n]{0,20}?(?:있었던|열린|열렸던|진행된|진행됐던|진행한|개최된|했던|들은|들었던)\\s*(?:[^\\s.]+\\s+){0,3}?[^\\s.]*?${TALK_NOUN}`,
  'u',
);
const ENGLISH_HELD =
  /\b(?:talk|lecture|seminar|webinar|session|meetup|event|keynote|masterclass)\b[^.\n]{0,40}?\b(?:was held|was given|took place|happened)\s+on\s+([^.;\n]{3,40})/i;

export function heldOnDate(text: string, posted: string | null): string | null {
  const postedYear = posted ? Number(/^(\d{4})/.exec(posted)?.[1] ?? Number.NaN) : Number.NaN;
  const korean = KOREAN_HELD.exec(text);
  if (korean) {
    const [month, day] = [Number(korean[2]), Number(korean[3])];
    const year = korean[1] ? Number(korean[1]) : yearBefore(postedYear, month, day, posted);
    return year === null ? null : parseDateText(`${year}-${month}-${day}`);
  }
  const english = ENGLISH_HELD.exec(text)?.[1];
  if (!english) {
    return null;
  }
  const full = parseDateText(english);
  if (full) {
    return full;
  }
  const guess = parseDayWithYear(english, Number.isNaN(postedYear) ? null : postedYear);
  return guess && posted && isAfter(guess, posted) ? parseDayWithYear(english, postedYear - 1) : guess;
}

/** Whether an ISO date falls after `posted`, compared at the precision `posted` has (2024, 2024-02…). */
function isAfter(date: string, posted: string): boolean {
  return date.slice(0, posted.length) > posted;
}

/** The year of a month and day told in a post of `posted`: that year, or the one before. */
function yearBefore(postedYear: number, month: number, day: number, posted: string | null): number | null {
  if (Number.isNaN(postedYear) || !posted) {
    return null;
  }
  const sameYear = `${postedYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isAfter(sameYear, posted.slice(0, 10)) ? postedYear - 1 : postedYear;
}
