/**
 * A talk's date as ISO text: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known,
 * or null. Read from front matter first, then from the text near the title. A month and day
 * without a year ("(02.17)") are completed only with a year the document states; never guessed.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const YEAR = '((?:19[5-9]|20\\d)\\d)';

/** Full dates, most specific first; each yields [year, month, day]. */
const FULL_DATES: { pattern: RegExp; read: (m: RegExpExecArray) => [string, string, string] }[] = [
  {
    pattern: new RegExp(`(?<!\\d)${YEAR}\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})(?!\\d)`),
    read: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''],
  },
  {
    pattern: new RegExp(`(?<!\\d)${YEAR}\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일`),
    read: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''],
  },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'i'),
    read: (m) => [m[3] ?? '', String(MONTHS[(m[1] ?? '').toLowerCase()] ?? 0), m[2] ?? ''],
  },
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+${YEAR}(?!\\d)`, 'i'),
    read: (m) => [m[3] ?? '', String(MONTHS[(m[2] ?? '').toLowerCase()] ?? 0), m[1] ?? ''],
  },
];

/** Year and month only: "2021년 2월", "February 2021", "2021-02" (not a range like 2018-2020). */
const MONTH_DATES: { pattern: RegExp; read: (m: RegExpExecArray) => [string, string] }[] = [
  { pattern: new RegExp(`(?<!\\d)${YEAR}\\s*년\\s*(\\d{1,2})\\s*월`), read: (m) => [m[1] ?? '', m[2] ?? ''] },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+${YEAR}(?!\\d)`, 'i'),
    read: (m) => [m[2] ?? '', String(MONTHS[(m[1] ?? '').toLowerCase()] ?? 0)],
  },
  {
    pattern: new RegExp(`(?<![\\d.-])${YEAR}[-./](\\d{1,2})(?![\\d.-])`),
    read: (m) => [m[1] ?? '', m[2] ?? ''],
  },
];

/** Month and day without a year, as headings write them: "(02.17)", "2월 17일", "Feb 17". */
const DAY_ONLY: { pattern: RegExp; read: (m: RegExpExecArray) => [string, string] }[] = [
  { pattern: /\((\d{1,2})[./](\d{1,2})\)/, read: (m) => [m[1] ?? '', m[2] ?? ''] },
  { pattern: /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/, read: (m) => [m[1] ?? '', m[2] ?? ''] },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?!\\d)`, 'i'),
    read: (m) => [String(MONTHS[(m[1] ?? '').toLowerCase()] ?? 0), m[2] ?? ''],
  },
];

const LABELLED_YEAR = /^\s*(?:date|when|일시|날짜|일자)\s*[:：]\s*.*?((?:19[5-9]|20\d)\d)\s*년?\s*$/i;

function iso(year: string, month?: string, day?: string): string | null {
  const y = Number(year);
  const m = month === undefined ? undefined : Number(month);
  const d = day === undefined ? undefined : Number(day);
  if (m !== undefined && (m < 1 || m > 12)) {
    return null;
  }
  if (m !== undefined && d !== undefined) {
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCMonth() !== m - 1 || d < 1) {
      return null;
    }
  }
  const parts = [String(y).padStart(4, '0')];
  if (m !== undefined) {
    parts.push(String(m).padStart(2, '0'));
  }
  if (m !== undefined && d !== undefined) {
    parts.push(String(d).padStart(2, '0'));
  }
  return parts.join('-');
}

/** The first full (then year-month) date written in the text, as ISO; null when none. */
export function parseDateText(text: string): string | null {
  for (const { pattern, read } of FULL_DATES) {
    const match = pattern.exec(text);
    const date = match ? iso(...read(match)) : null;
    if (date) {
      return date;
    }
  }
  for (const { pattern, read } of MONTH_DATES) {
    const match = pattern.exec(text);
    const date = match ? iso(...read(match)) : null;
    if (date) {
      return date;
    }
  }
  return null;
}

/** A month and day without a year, completed with `year`; null without a year. */
export function parseDayWithYear(text: string, year: number | null): string | null {
  if (year === null) {
    return null;
  }
  for (const { pattern, read } of DAY_ONLY) {
    const match = pattern.exec(text);
    const date = match ? iso(String(year), ...read(match)) : null;
    if (date) {
      return date;
    }
  }
  return null;
}

/**
 * The one year a header states (2021, 2021년), ignoring ranges like 2018-2020 or 2018–2020,
 * which name a period rather than when something was said. Two different years: none.
 */
export function statedYear(text: string): number | null {
  const withoutRanges = text
    .replace(/(?:19|20)\d\d\s*[-–~]\s*(?:19|20)\d\d(?!\d)/g, ' ')
    .replace(/(?:19|20)\d\d\s*[–~]\s*\d\d(?!\d)/g, ' ');
  const years = new Set((withoutRanges.match(/(?<!\d)(?:19[5-9]|20\d)\d(?!\d)/g) ?? []).map(Number));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

export interface DateContext {
  /** From front matter; wins when it parses. */
  frontMatter?: string | undefined;
  /** The talk's heading or title. */
  heading: string;
  /** Lines near the heading (the talk's first lines). */
  nearby: string[];
  /** The document's own header, for talks whose section states no date. */
  documentHeader: string[];
}

export function resolveTalkDate(context: DateContext): string | null {
  if (context.frontMatter) {
    return parseDateText(context.frontMatter) ?? yearOnly(context.frontMatter);
  }
  const near = [context.heading, ...context.nearby].join('\n');
  const header = context.documentHeader.join('\n');
  const year = statedYear(near) ?? statedYear(header);
  return (
    parseDateText(near) ??
    parseDayWithYear(context.heading, year) ??
    labelledYear(context.nearby) ??
    parseDateText(header) ??
    labelledYear(context.documentHeader) ??
    // "EMNLP 2023 본회의 첫날(12월 8일)": the header's one year completes a day it names.
    parseDayWithYear(header, statedYear(header))
  );
}

function yearOnly(text: string): string | null {
  const match = /^\s*((?:19[5-9]|20\d)\d)\s*년?\s*$/.exec(text);
  return match?.[1] ?? null;
}

/** A bare year counts as the talk's date only when a date label says so ("일시: 2021년"). */
function labelledYear(lines: string[]): string | null {
  for (const line of lines) {
    const match = LABELLED_YEAR.exec(line);
    if (match?.[1]) {
      return match[1];
    }
  }
  return null;
}
