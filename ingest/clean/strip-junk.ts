import { removePersonalData } from '../text/personal-data.ts';
import { cleanInline, isDayNumberRow, isJunkLine, isLinkOnly, isWeekdayRow } from './junk-lines.ts';

/**
 * Page junk out, note content in: what a saved blog, HackMD or Notion page carries around a
 * note (calendars, tag clouds, related-post lists, navigation, prompts, footers) would otherwise
 * turn into entities. Personal data goes first, so no later step ever sees it.
 */
export function stripJunk(text: string): string {
  let lines = removePersonalData(text).split('\n');
  lines = dropCommentThread(lines);
  lines = dropCalendars(lines);
  lines = dropRelatedPosts(lines);
  lines = dropTocEchoes(lines);
  lines = dropTagRuns(lines);
  const kept: string[] = [];
  for (const line of lines) {
    if (isJunkLine(line)) {
      continue;
    }
    const cleaned = cleanInline(line).trimEnd();
    if (cleaned.trim().length > 0 || line.trim().length === 0) {
      kept.push(cleaned);
    }
  }
  return collapseBlankLines(kept).join('\n').trim();
}

const LIST_ITEM = /^\s*[-*•]\s+(.+)$/;

/** "댓글 3", "## 댓글", "Comments (2)", "5 Comments", "3 Responses": the header of a reader thread. */
const COMMENT_HEADER =
  /^\s*(?:#{1,6}\s*(?:댓글|comments?|responses?)\s*(?:\(?\d+\)?\s*개?)?|(?:댓글|comments?|responses?)\s*\(?\d+\)?\s*개?|\d+\s*(?:comments?|responses?|개의\s*댓글))\s*$/i;

/**
 * A reader thread at the end of a saved page: readers' words are not the talk, and their advice
 * ("유학 가기 전에 회사를 다녀 보세요") must not become the speaker's decisions. Only a header in
 * the second half of the page counts, and everything after it goes.
 */
function dropCommentThread(lines: string[]): string[] {
  const header = lines.findIndex((line, i) => i >= lines.length / 2 && COMMENT_HEADER.test(line));
  return header < 0 ? lines : lines.slice(0, header);
}
const TABLE_RULE = /^[\s|:-]+$/;

/** A weekday header and the day rows under it; stray day rows go line by line later. */
function dropCalendars(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!isWeekdayRow(line)) {
      out.push(line);
      continue;
    }
    while (i + 1 < lines.length && isCalendarBody(lines[i + 1] ?? '')) {
      i += 1;
    }
  }
  return out;
}

function isCalendarBody(line: string): boolean {
  return line.trim().length === 0 || TABLE_RULE.test(line) || isDayNumberRow(line);
}

const RELATED_LABEL =
  /카테고리의\s*다른\s*글|관련\s*글|다른\s*글\s*보기|인기\s*글|최근\s*글|related\s+posts?|you\s+(?:might|may)\s+also\s+like|recent\s+posts|more\s+from\b/i;
const ANY_DATE = /(?:19|20)\d\d[./-]\s?\d{1,2}[./-]\s?\d{1,2}/;

/** A "related posts" label and the list of post titles and dates under it. */
function dropRelatedPosts(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim().length > 60 || !RELATED_LABEL.test(line)) {
      out.push(line);
      continue;
    }
    while (i + 1 < lines.length && isRelatedEntry(lines[i + 1] ?? '')) {
      i += 1;
    }
  }
  return out;
}

function isRelatedEntry(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || TABLE_RULE.test(text) || isLinkOnly(text)) {
    return true;
  }
  return text.length <= 160 && (ANY_DATE.test(text) || /\(\d+\)\s*\|?\s*$/.test(text));
}

/** A bulleted or numbered item ("- 소개", "3. U Stage"): tables of contents use both. */
const TOC_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+)$/;

/** List items repeating a heading of the page: a table of contents, not content. */
function dropTocEchoes(lines: string[]): string[] {
  const headings = new Set(
    lines
      .filter((l) => /^#{1,6}\s/.test(l))
      .map((l) =>
        l
          .replace(/^#{1,6}\s+/, '')
          .replace(/\s+#+\s*$/, '')
          .trim(),
      ),
  );
  return lines.filter((line) => {
    const item = TOC_ITEM.exec(line)?.[1]?.trim();
    return !(item && headings.has(item));
  });
}

const TAG_LABEL = /^\s*(?:tags?|태그|categories|category|카테고리|분류|keywords?|키워드)\s*[:：]?\s*$/i;

/**
 * Five or more one-to-four-word list items with nothing sentence-like: a tag cloud or category
 * list, when it sits under a tag label or outside the note's prose (before its first sentence or
 * after its last). Items with years or leading numbers are kept: that is a CV or a timeline.
 */
function dropTagRuns(lines: string[]): string[] {
  const drop = new Set<number>();
  const prose = lines.map((l) => isProse(l));
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  for (const [start, end] of listRuns(lines)) {
    const items = lines.slice(start, end + 1).filter((l) => l.trim().length > 0);
    if (items.length < 5 || !items.every((l) => isTagLike(LIST_ITEM.exec(l)?.[1] ?? ''))) {
      continue;
    }
    const labelled = TAG_LABEL.test(previousNonBlank(lines, start));
    if (labelled || firstProse < 0 || end < firstProse || start > lastProse) {
      for (let i = start; i <= end; i += 1) {
        drop.add(i);
      }
    }
  }
  return lines.filter((_, i) => !drop.has(i));
}

/** [first, last] line indexes of each run of list items (blank lines inside a run allowed). */
function listRuns(lines: string[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let last = -1;
  lines.forEach((line, i) => {
    if (LIST_ITEM.test(line)) {
      start = start < 0 ? i : start;
      last = i;
    } else if (line.trim().length > 0 && start >= 0) {
      runs.push([start, last]);
      start = -1;
    }
  });
  if (start >= 0) {
    runs.push([start, last]);
  }
  return runs;
}

function isTagLike(item: string): boolean {
  const text = item.trim();
  return (
    text.length > 0 &&
    text.length <= 30 &&
    text.split(/\s+/).length <= 4 &&
    !/[.?!。)）:：]$|다$/.test(text) &&
    !/^\d|(?:19|20)\d\d/.test(text)
  );
}

function isProse(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || LIST_ITEM.test(line) || isJunkLine(line)) {
    return false;
  }
  return text.length >= 40 || /[.?!。]$|다\.?$|음$/.test(text);
}

function previousNonBlank(lines: string[], index: number): string {
  for (let i = index - 1; i >= 0; i -= 1) {
    if ((lines[i] ?? '').trim().length > 0) {
      return lines[i] ?? '';
    }
  }
  return '';
}

function collapseBlankLines(lines: string[]): string[] {
  return lines.filter((line, i) => line.trim().length > 0 || (lines[i - 1] ?? '').trim().length > 0);
}
