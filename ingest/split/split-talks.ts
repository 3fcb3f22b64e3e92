/**
 * The entry of split/: a read note into its talks (sections, programme rows, or the whole note),
 * junk lines removed (clean/), each with its title, speakers (speakers/) and date (dates/).
 * Takes SourceText and front matter; gives a NoteDocument of TalkRecords, nothing extracted yet.
 */
import { sourceId, talkId } from '../../graph/ids.ts';
import { stripJunk } from '../clean/strip-junk.ts';
import { labelledEventDate } from '../dates/event-date.ts';
import { heldOnDate } from '../dates/held-on-date.ts';
import { resolveTalkDate } from '../dates/resolve-talk-date.ts';
import { checkDeadline } from '../extract/deadline.ts';
import type { FrontMatter } from '../sources/front-matter.ts';
import type { SourceText } from '../sources/read-file.ts';
import { asLabelLine } from '../speakers/speaker-labels.ts';
import { findTalkVoice } from '../speakers/talk-speakers.ts';
import { stripHeadingMarks } from '../speakers/title-speakers.ts';
import { markedPostTitle, noteTitle } from './note-title.ts';
import { findTalkSections, type TalkSection } from './talk-sections.ts';

export interface TalkRecord {
  id: string;
  title: string;
  /** ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known; null when unknown. */
  date: string | null;
  language: string;
  series: string | null;
  url: string | null;
  speakers: string[];
  /** Position of the talk within its source, part of its id. */
  position: number;
  /** The talk's text, page junk and personal data (e-mail, phone) removed. */
  text: string;
  /** 'speaker' when someone gave the talk; 'author' when the note's writer is its only voice. */
  narrator: 'speaker' | 'author';
  /** A first-person story whose author the text never names: speakers stay [], never a made-up name. */
  authorUnnamed: boolean;
  /** Headings inside the talk, in order (e.g. "2018년"), for resolving years of what they cover. */
  headings: string[];
  /**
   * The header a multi-talk note opens with ("사회는 KAIST 오OO 교수님이 보셨고"), kept with its first
   * talk: the people and places it names belong to the event, but no career step in it is a speaker's.
   */
  preamble?: string;
}

export interface SourceRecord {
  id: string;
  path: string;
  sha256: string;
}

export interface NoteDocument {
  source: SourceRecord;
  talks: TalkRecord[];
}

const TITLE_MAX = 200;
const HEADER_LINES = 6;

/**
 * Cleans a note's body and splits it into talks: one per "<name> 님 특강"-style heading, one per
 * post teaser of a blog index, else one for the note. Positions follow the source's order.
 */
export function splitTalks(source: SourceText, meta: FrontMatter, body: string): NoteDocument {
  const { url: statedUrl, rest } = peelSourceLine(body);
  const clean = stripJunk(rest);
  const { header, sections } = findTalkSections(clean);
  const multi = sections.length > 1;
  // A note split from its first line on has no header of its own: no document title or date.
  const headerLines = header.length > 0 || !multi ? header : [];
  const documentHeader = metaLines(headerLines, HEADER_LINES);
  const documentTitle = meta.title || markedPostTitle(rest.split('\n')) || noteTitle(headerLines);
  const talks = sections.map((section, position) => {
    checkDeadline();
    const title = clip(multi ? (section.title ?? documentTitle) : documentTitle) || source.path;
    const text = section.lines.join('\n').trim();
    const lead = leadLines(section.lines);
    const voice = findTalkVoice({
      title,
      headingSpeaker: section.headingSpeaker,
      metaSpeakers: meta.speakers ?? [],
      multi,
      lead,
      text,
    });
    const record: TalkRecord = {
      id: talkId(source.path, position),
      title,
      date: talkDate(meta, title, section, documentHeader),
      language: meta.language || detectLanguage(text || title),
      series:
        meta.series || (multi && section.kind === 'heading' && documentTitle ? clip(documentTitle) : null),
      url: meta.url ?? statedUrl,
      position,
      text,
      ...voice,
      headings: innerHeadings(section).filter((h) => h !== title),
    };
    const preamble = multi && position === 0 ? header.join('\n').trim() : '';
    if (preamble.length > 0) {
      record.preamble = preamble;
    }
    return record;
  });
  return { source: { id: sourceId(source.path), path: source.path, sha256: source.sha256 }, talks };
}

/** "source: https://…", "URL: …", "출처: …", "원문: …": a saved page's address, set apart from its text. */
const SOURCE_LINE = /^\s*(?:source|url|link|출처|원문|링크)\s*[:：]\s*<?(https?:\/\/\S+?)>?\s*$/i;

/**
 * A first line giving the page's address is the note's URL, not its title: tools that save a page
 * (and people pasting one) put it there. Only the first non-blank line counts; later ones are
 * references inside the text.
 */
export function peelSourceLine(body: string): { url: string | null; rest: string } {
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim().length > 0);
  const match = first >= 0 ? SOURCE_LINE.exec(lines[first] ?? '') : null;
  if (!match?.[1]) {
    return { url: null, rest: body };
  }
  return { url: match[1], rest: lines.slice(first + 1).join('\n') };
}

/**
 * When the talk was given: front matter, else a date the opening says it was held on ("지난 1월
 * 27일에 있었던 특강"), else the date near its title or in the note's header (often the post's).
 */
function talkDate(
  meta: FrontMatter,
  title: string,
  section: TalkSection,
  documentHeader: string[],
): string | null {
  const stated = resolveTalkDate({
    frontMatter: meta.date,
    heading: title,
    nearby: metaLines(section.lines.slice(section.kind === 'note' ? 0 : 1), 3),
    documentHeader,
  });
  if (meta.date) {
    return stated;
  }
  const labelled = labelledEventDate(section.lines);
  if (labelled) {
    return labelled;
  }
  return heldOnDate(section.lines.join('\n').slice(0, OPENING), stated) ?? stated;
}

const OPENING = 800;

/** The first short lines: where titles, dates, bylines and speaker labels sit (not the prose). */
function leadLines(lines: string[]): string[] {
  return lines.filter((l) => l.trim().length > 0 && l.trim().length <= 160).slice(0, HEADER_LINES * 2);
}

/**
 * Lines that may state when a talk was given: near the top, short, and not list items or table
 * rows — those hold the story's own dates (SQuAD in May 2016), not the talk's — unless a date
 * label opens the item ("- 일시: 2023년 9월 14일"). A quote mark is only layout ("> 2023년 7월 11일, …").
 */
function metaLines(lines: string[], count: number): string[] {
  return lines
    .map((l) => asLabelLine(l).trim().replace(/^>\s*/, ''))
    .map((l) => (DATE_LABEL_ITEM.test(l) ? l.replace(/^[-*•]\s*/, '') : l))
    .filter((l) => l.length > 0 && l.length <= 160 && !/^(?:[-*•|>]|\d{1,2}[.)]\s)/.test(l))
    .slice(0, count);
}

const DATE_LABEL_ITEM =
  /^[-*•]\s*(?:\*\*)?(?:일시|날짜|일자|행사일|강연일|방송일|date|when)(?:\*\*)?\s*[:：]/i;

function innerHeadings(section: TalkSection): string[] {
  return section.lines
    .slice(section.kind === 'heading' ? 1 : 0)
    .filter((l) => /^#{1,6}\s+\S/.test(l) || /^\s*(?:19|20)\d\d\s*년?\s*$/.test(l))
    .map(stripHeadingMarks);
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > TITLE_MAX ? `${trimmed.slice(0, TITLE_MAX - 1)}…` : trimmed;
}

/** Korean when Hangul makes up a real share of the letters; the genre mixes in English terms. */
export function detectLanguage(text: string): string {
  const hangul = codePointsIn(text, /\p{Script=Hangul}+/gu);
  const latin = codePointsIn(text, /\p{Script=Latin}+/gu);
  return hangul > 0 && hangul >= latin * 0.2 ? 'ko' : 'en';
}

/** Characters of a script, counted run by run (one match per character made a string each). */
function codePointsIn(text: string, runs: RegExp): number {
  let count = 0;
  for (const [run] of text.matchAll(runs)) {
    count += run.length;
    for (let i = 0; i < run.length; i += 1) {
      const unit = run.charCodeAt(i);
      // A character outside the BMP is two UTF-16 units: count it once.
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        count -= 1;
      }
    }
  }
  return count;
}
