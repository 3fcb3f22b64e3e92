import { parseDateText } from '../dates/resolve-talk-date.ts';
import { speakerLabelBelow } from '../speakers/speaker-labels.ts';
import { headingTalkTitle, stripHeadingMarks, talkHeadingSpeaker } from '../speakers/title-speakers.ts';
import { findRosterTable } from './roster-table.ts';

/**
 * Where the talks of a note begin and end. Four layouts, tried in order: one section per row of
 * a programme table (title and speaker columns), one section per "<name> 님 특강"-style heading (a review of several lectures), one per post
 * teaser (a blog index), else the whole note is one talk.
 */
export interface TalkSection {
  kind: 'note' | 'heading' | 'teaser';
  /** The heading or teaser title; null for a whole-note talk (its title comes from the note). */
  title: string | null;
  /** The speaker its heading names, when it does. */
  headingSpeaker: string | readonly string[] | null;
  /** Lines of the section, heading included. */
  lines: string[];
}

export interface SectionedNote {
  /** Lines before the first section: the page's own header (title, date, author). */
  header: string[];
  sections: TalkSection[];
}

export function findTalkSections(text: string): SectionedNote {
  const lines = text.split('\n');
  return (
    byRosterRows(lines) ??
    byTalkHeadings(lines) ??
    byReadMoreTeasers(lines) ??
    byDatedTeasers(lines) ?? {
      header: lines,
      sections: [{ kind: 'note', title: null, headingSpeaker: null, lines }],
    }
  );
}

/**
 * One talk per row of a programme table with a title and a speaker column. What surrounds the
 * table is the page's header: its people and places belong to the event, not to one row.
 */
function byRosterRows(lines: string[]): SectionedNote | null {
  const table = findRosterTable(lines);
  if (!table) {
    return null;
  }
  const sections = table.rows.map(
    (row): TalkSection => ({
      kind: 'heading',
      title: row.title,
      headingSpeaker: row.speakers,
      lines: row.lines,
    }),
  );
  return { header: [...lines.slice(0, table.start), ...lines.slice(table.end)], sections };
}

/**
 * Splits at talk headings — a heading naming its speaker, or any heading whose next lines label
 * one ("## 세션 2: 제목" then "발표자: X") — but only when they name two different speakers or more.
 */
function byTalkHeadings(lines: string[]): SectionedNote | null {
  const starts: { index: number; speaker: string }[] = [];
  lines.forEach((line, index) => {
    const speaker = talkHeadingSpeaker(line) ?? (isHeading(line) ? speakerLabelBelow(lines, index) : null);
    if (speaker && speaker !== starts.at(-1)?.speaker) {
      starts.push({ index, speaker });
    }
  });
  if (new Set(starts.map((s) => s.speaker)).size < 2) {
    return null;
  }
  const sections = starts.map(({ index, speaker }, i): TalkSection => {
    const end = starts[i + 1]?.index ?? lines.length;
    const heading = headingTalkTitle(lines[index] ?? '');
    return { kind: 'heading', title: heading, headingSpeaker: speaker, lines: lines.slice(index, end) };
  });
  return { header: lines.slice(0, starts[0]?.index ?? 0), sections };
}

/** A markdown heading, or a short bold line standing for one. */
function isHeading(line: string): boolean {
  return /^\s{0,3}#{1,6}\s+\S/.test(line) || /^\s*\*\*[^*]{2,80}\*\*\s*$/.test(line);
}

const READ_MORE =
  /(?:(?:\.{2,}|…)\s*(?:더\s?보기|read more|continue reading|계속\s?읽기|more)|\s(?:더\s?보기|read more|continue reading|계속\s?읽기))\s*[»›→]?\s*$/i;

/** A blog index: paragraphs that each end in a "더보기" / "Read more" prompt, one post each. */
function byReadMoreTeasers(lines: string[]): SectionedNote | null {
  const ends = lines.flatMap((line, i) => (line.trim().length > 20 && READ_MORE.test(line) ? [i] : []));
  if (ends.length < 2) {
    return null;
  }
  const sections = ends.map((end): TalkSection => {
    let start = end;
    while (start > 0 && (lines[start - 1] ?? '').trim().length > 0 && !ends.includes(start - 1)) {
      start -= 1;
    }
    const block = lines
      .slice(start, end + 1)
      .map((l, i, all) => (i === all.length - 1 ? l.replace(READ_MORE, '') : l));
    return { kind: 'teaser', title: teaserTitle(block), headingSpeaker: null, lines: block };
  });
  return { header: lines.slice(0, firstBlockStart(lines, ends[0] ?? 0)), sections };
}

function firstBlockStart(lines: string[], end: number): number {
  let start = end;
  while (start > 0 && (lines[start - 1] ?? '').trim().length > 0) {
    start -= 1;
  }
  return start;
}

/** A line that is a date and little else: "2021.03.02", "Posted on March 2, 2021". */
function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 40 || parseDateText(text) === null) {
    return false;
  }
  const rest = text
    .replace(/\b(?:date|posted|published|on|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, '')
    .replace(/작성일|게시일|[년월일]/g, '')
    .replace(/[^\p{L}]/gu, '');
  return rest.length <= 3;
}

/** A blog index without prompts: title line, date line, excerpt — repeated at least twice. */
function byDatedTeasers(lines: string[]): SectionedNote | null {
  const titles: number[] = [];
  lines.forEach((line, i) => {
    if (!isDateLine(line)) {
      return;
    }
    const title = previousNonBlankIndex(lines, i);
    const text = (lines[title] ?? '').trim();
    if (title >= 0 && text.length <= 120 && parseDateText(text) === null && !titles.includes(title)) {
      titles.push(title);
    }
  });
  if (titles.length < 2) {
    return null;
  }
  const sections = titles.map((start, i): TalkSection => {
    const block = lines.slice(start, titles[i + 1] ?? lines.length);
    return { kind: 'teaser', title: stripHeadingMarks(block[0] ?? ''), headingSpeaker: null, lines: block };
  });
  return { header: lines.slice(0, titles[0] ?? 0), sections };
}

function previousNonBlankIndex(lines: string[], index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) {
    if ((lines[i] ?? '').trim().length > 0) {
      return i;
    }
  }
  return -1;
}

const TITLE_MAX = 80;

/**
 * A teaser's title. A block of several lines opens with it; a one-line teaser runs title and
 * excerpt together, so cut where the excerpt shows: a numbered section ("1. 서론"), the title
 * repeated, a first-person opening ("나는 …"), or the end of the first sentence.
 */
export function teaserTitle(block: string[]): string {
  const lines = block.map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1 && (lines[0]?.length ?? 0) <= 120) {
    return stripHeadingMarks(lines[0] ?? '');
  }
  const words = (lines[0] ?? '').split(/\s+/);
  const cuts = [
    words.findIndex((w, i) => i >= 2 && /^\d{1,2}\.$/.test(w)),
    words.findIndex((w, i) => i >= 2 && w === words[0]),
    words.findIndex((w, i) => i >= 2 && /^(?:나는|내가|저는|제가|I)$/.test(w)),
    words.findIndex((w) => /[.?!]$/.test(w) && !/^\d+\.$/.test(w)) + 1,
  ].filter((cut) => cut >= 2);
  const title = words.slice(0, Math.min(...cuts, words.length)).join(' ');
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}
