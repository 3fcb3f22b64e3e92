import { stripHeadingMarks, talkHeadingSpeaker } from '../speakers/title-speakers.ts';

const HEADER_LINES = 6;

/**
 * A note's title. Blogs put their own chrome (the blog's name, a breadcrumb, the author's handle)
 * above the post, so the first line is often not the post's title. In order of trust: a labelled
 * talk title ("Talk: …", "제목: …"); a line directly followed by the post's metadata (a date,
 * "N 분 소요", a byline) — that is where every blog template puts the post title; a heading that
 * names a talk's speaker; the first markdown heading; the first title-like line.
 */
export function noteTitle(lines: string[]): string {
  const shown = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const top = shown.slice(0, HEADER_LINES * 2);
  const chosen =
    labelledTitle(top) ??
    titleAboveMetadata(top) ??
    top.find((l) => talkHeadingSpeaker(l)) ??
    shown.find((l) => isHeadingLine(l) && !isContentsHeading(l)) ??
    firstTitleLike(shown);
  return cleanTitle(chosen ?? '');
}

/** A markdown heading, or an HTML one left in a markdown page (`<h1 align="center">…</h1>`). */
function isHeadingLine(line: string): boolean {
  return /^#{1,6}\s+\S/.test(line) || /^<h[1-3]\b[^>]*>.*\S.*<\/h[1-3]>$/i.test(line);
}

/** A table of contents' heading is page furniture, never the post's title. */
function isContentsHeading(line: string): boolean {
  return /^(?:table of contents|contents|toc|목차|차례)$/i.test(
    stripHeadingMarks(line)
      .replace(/<[^>]+>/g, '')
      .trim(),
  );
}

/**
 * The post title a blog template marks as such: Tistory prints " 본문" after it (a screen-reader
 * label for "the post body starts here"). Read on the raw page, before junk stripping drops it.
 */
export function markedPostTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, MARKED_WITHIN)) {
    const title = /^(.{4,150}?)\s+본문\s*$/.exec(line.trim())?.[1];
    if (title) {
      return cleanTitle(title);
    }
  }
  return null;
}

const MARKED_WITHIN = 80;

const TITLE_LABEL =
  /^(?:\*\*)?(?:talk|title|제목|강연명?|발표 ?제목)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(\S.*)$/i;

function labelledTitle(lines: string[]): string | null {
  for (const line of lines) {
    const value = TITLE_LABEL.exec(line.replace(/^[-*•]\s+/, ''))?.[1]?.trim();
    if (value) {
      return value.replace(/^["“'](.+?)["”']/, '$1');
    }
  }
  return null;
}

/** Post metadata under a title: a date first, a read time, or a "작성일/Posted" label. */
const POST_METADATA = new RegExp(
  [
    String.raw`^(?:작성일|게시일|posted(?: on)?|published)\b`,
    String.raw`^(?:19|20)\d\d\s*[.\-/년]\s*\d{1,2}`,
    String.raw`^[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d`,
    String.raw`\d+\s*분\s*(?:소요|읽기)|읽는 데\s*\d+\s*분|\d+\s*min(?:ute)?s? read`,
    // An author and a date on one short line: "홍길동·2023년 5월 2일", "코딩하는 곰 2024. 3. 1. 10:20".
    String.raw`^[^\s.:][^:]{0,30}?(?:\s*[·|•]\s*|\s+)(?:19|20)\d\d\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]?\s*\d{0,2}\s*[.일]?\s*(?:\d{1,2}:\d\d)?\s*$`,
  ].join('|'),
  'i',
);

/** Words that say what kind of post a title heads: a talk's notes, a review, an interview. */
const GENRE_WORD =
  /특강|강연|마스터\s?클래스|세미나|웨비나|밋업|후기|리뷰|회고|인터뷰|참관기|정리|talk|notes|recap|review|interview|meetup/i;

const METADATA_MAX = 60;

function titleAboveMetadata(lines: string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    // Metadata is a short line; a sentence that opens with a date ("2023년 5월 현재, …") is prose.
    if (
      next.length <= METADATA_MAX &&
      !/[다요]\.?$/.test(next) &&
      POST_METADATA.test(stripHeadingMarks(next)) &&
      isTitleShaped(line)
    ) {
      // A subtitle may sit between the title and its metadata: the line above wins when only it
      // says what kind of post this is ("6주차 특강 리뷰" over "모델 적용 사례와 니즈").
      const above = lines[i - 1] ?? '';
      return GENRE_WORD.test(above) && !GENRE_WORD.test(line) && isTitleShaped(above) ? above : line;
    }
  }
  return null;
}

function isTitleShaped(line: string): boolean {
  const text = stripHeadingMarks(line);
  return text.length >= 2 && text.length <= 150 && !/^[-*•|]/.test(line) && !POST_METADATA.test(text);
}

function firstTitleLike(lines: string[]): string | undefined {
  const first = lines.filter((l) => !/^\s*[-*•]\s/.test(l)).slice(0, HEADER_LINES);
  return first.find((l) => l.length <= 150 && l.split(/\s+/).length >= 2) ?? first[0];
}

/**
 * Markdown and HTML heading marks off, Tistory's " 본문" marker that follows a post title, and a
 * site name repeated at the end ("제목 - 신문 - 신문"), which is the page's chrome.
 */
function cleanTitle(line: string): string {
  return stripHeadingMarks(line.replace(/<\/?h[1-6]\b[^>]*>/gi, ''))
    .replace(/\s+본문$/, '')
    .replace(/(?:\s[-|–—]\s([^-|–—]{1,30}?))(?:\s[-|–—]\s\1)+$/, '')
    .trim();
}
