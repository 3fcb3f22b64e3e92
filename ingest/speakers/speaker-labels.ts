import { cleanPersonName, HONORIFIC_SOURCE, splitNameList } from '../text/person-name.ts';
import { HANGUL_NAME, LATIN_NAME, ROLE_LABEL } from './speaker-patterns.ts';
import { stripHeadingMarks } from './title-speakers.ts';

/**
 * Speakers named by the lines at the top of a talk rather than by its title: a label line
 * ("Speaker: Jane Doe", "연사: 이OO (회사)"), a speaker-bio block ("## 연사 소개" then the name),
 * or the subject of a CV / profile ("김OO | ML Engineer", "# 김OO — 이력", "Name: …").
 */

const LABEL = new RegExp(`^\\s*(?:[-*•]\\s*)?(?:\\*\\*)?${ROLE_LABEL}(?:\\*\\*)?\\s*[:：]\\s*(.+)$`, 'iu');
const BIO_HEADING = new RegExp(
  `^\\s*(?:#+\\s*)?\\[?(?:${ROLE_LABEL}|마스터)\\s*(?:소개|프로필|약력)?\\]?\\s*[:：]?\\s*$|^\\s*(?:#+\\s*)?(?:about the speakers?|speaker bio(?:graphy)?|speaker profile)\\s*$`,
  'iu',
);
const NAME_FIELD = /^\s*(?:[-*•]\s*)?(?:이름|성함|name)\s*[:：]\s*(.+)$/iu;

/**
 * Speakers named by a label line ("Speaker: Jane Doe", "연사: 이활석 (업스테이지)"), also as one
 * field of a line of several ("Host: John Roe / Guest: Jane Doe", "일시: … | 연사: 김OO").
 */
export function speakersFromLabels(lines: string[]): string[] {
  for (const line of lines.map(asLabelLine)) {
    for (const field of [line, ...line.split(/\s+[/|·]\s+/)]) {
      const match = LABEL.exec(field);
      const names = match?.[1] ? splitNameList(match[1]) : [];
      if (names.length > 0) {
        return names;
      }
    }
  }
  return [];
}

const PROPERTY_ROW = /^\s*\|\s*([^|]{1,20}?)\s*\|\s*([^|]+?)\s*\|\s*$/;

/**
 * A two-cell table row read as the label line it stands for: Notion and wiki pages list a talk's
 * properties as "| 연사 | 박OO |", "| 일시 | 2022-08-19 |".
 */
export function asLabelLine(line: string): string {
  const row = PROPERTY_ROW.exec(line);
  return row && !/^[\s:-]+$/.test(row[1] ?? '') ? `${row[1]}: ${row[2]}` : line;
}

/** The name opening a "강사 소개" / "연사" / "About the speaker" block, within its first lines. */
export function speakerFromBioBlock(lines: string[]): string | null {
  const start = lines.findIndex((line) => BIO_HEADING.test(line));
  if (start < 0) {
    return null;
  }
  for (const line of lines.slice(start + 1, start + 4)) {
    const field = NAME_FIELD.exec(line);
    const candidate = (field?.[1] ?? line)
      .replace(/^\s*[-*•]\s*/, '')
      .split(/[,(|—–]/)[0]
      ?.trim();
    const name = candidate ? cleanPersonName(candidate) : null;
    if (name) {
      return name;
    }
  }
  return null;
}

/** A line of a CV under a name: 현)/전) posts, a degree, a school, a role at a place. */
const CV_LINE =
  /^\s*(?:[-*•]\s*)?(?:(?:현|전|前|現)\s*[)\].:]|(?:현|전)\s+\S)|(?:대학교|대학원|University|졸업|박사|석사|Ph\.?\s?D|Professor|Engineer|Scientist|Researcher)/u;

/**
 * Every speaker of a bio block that introduces several ("연사 소개" then "김OO" over its CV lines,
 * then "이OO" over theirs): after the block's heading, each line that is a name alone and stands
 * over a CV line. [] when the note has no such block.
 */
export function speakersFromBioBlocks(lead: string[], text: string): string[] {
  const first = speakerFromBioBlock(lead);
  if (!first) {
    return [];
  }
  const lines = text.split('\n');
  const start = lines.findIndex((line) => BIO_HEADING.test(line));
  const names = [first];
  for (let i = Math.max(0, start) + 1; i < lines.length - 1; i += 1) {
    const line = (lines[i] ?? '').replace(/^\s*(?:#+|[-*•])\s*/, '');
    const name = line.length <= 40 ? cleanPersonName(line) : null;
    if (name && !names.includes(name) && CV_LINE.test(lines[i + 1] ?? '')) {
      names.push(name);
    }
  }
  return names;
}

/** The speaker a section heading's next lines name with a label ("## 세션 1: 제목" then "발표자: X"). */
export function speakerLabelBelow(lines: string[], heading: number): string | null {
  const next = lines
    .slice(heading + 1, heading + 6)
    .filter((l) => l.trim().length > 0)
    .slice(0, 3);
  const closing = next.findIndex((l) => /^#{1,6}\s/.test(l.trim()));
  const names = speakersFromLabels(closing < 0 ? next : next.slice(0, closing));
  return names.length === 1 ? (names[0] ?? null) : null;
}

/** What a CV or profile writes beside its subject's name: a CV word or a role. */
const PROFILE_WORD =
  /이력|약력|경력|프로필|이력서|자기\s?소개|포트폴리오|\b(?:CV|resume|résumé|profile|bio|portfolio)\b|engineer|scientist|researcher|developer|professor|student|founder|manager|designer|analyst|lead\b|엔지니어|연구원|연구자|개발자|교수|학생|창업자|대표|리서처|사이언티스트|디자이너|분석가/iu;
const PROFILE_LINE = new RegExp(
  `^(?:${HANGUL_NAME}|${LATIN_NAME})\\s*(?:${HONORIFIC_SOURCE})?\\s*(?:[|—–:·,/]|\\s-\\s|\\()\\s*(.+)$`,
  'u',
);

/**
 * The subject of a CV or profile: the name opening its first line, set off by a separator from a
 * CV word or a role ("김OO | ML Engineer", "# 김OO — 이력"), the name alone above a role line,
 * or a "Name:" field near the top.
 */
export function speakerFromProfile(lines: string[]): string | null {
  const [first, second] = lines.filter((l) => l.trim().length > 0).map(stripHeadingMarks);
  const match = first ? PROFILE_LINE.exec(first) : null;
  if (match && PROFILE_WORD.test(match[3] ?? '')) {
    const name = cleanPersonName(match[1] ?? match[2] ?? '');
    if (name) {
      return name;
    }
  }
  // A profile page: the name alone on the first line, the role under it ("Jane Doe" / "ML Engineer at X").
  const alone = first && first.length <= 30 ? cleanPersonName(first) : null;
  if (alone && second && second.length <= 80 && PROFILE_WORD.test(second)) {
    return alone;
  }
  for (const line of lines.slice(0, 6)) {
    const field = NAME_FIELD.exec(line);
    const name = field?.[1] ? cleanPersonName(field[1].split(/[,(|—–]/)[0] ?? '') : null;
    if (name) {
      return name;
    }
  }
  return null;
}
