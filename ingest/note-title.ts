import { stripHeadingMarks, talkHeadingSpeaker } from './find-speakers.ts';

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
    shown.find((l) => /^#{1,6}\s+\S/.test(l)) ??
    firstTitleLike(shown);
  return cleanTitle(chosen ?? '');
}

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
  ].join('|'),
  'i',
);

/** Words that say what kind of post a title heads: a talk's notes, a review, an interview. */
const GENRE_WORD =
  /특강|강연|마스터\s?클래스|세미나|웨비나|밋업|후기|리뷰|회고|인터뷰|참관기|정리|talk|notes|recap|review|interview|meetup/i;

function titleAboveMetadata(lines: string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (POST_METADATA.test(stripHeadingMarks(next)) && isTitleShaped(line)) {
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

/** Markdown marks off, and Tistory's " 본문" marker that follows a post title. */
function cleanTitle(line: string): string {
  return stripHeadingMarks(line)
    .replace(/\s+본문$/, '')
    .trim();
}
