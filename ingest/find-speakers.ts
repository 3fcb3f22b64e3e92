import { cleanPersonName, HONORIFIC_SOURCE, splitNameList } from './person-name.ts';

/**
 * Who gave a talk, read from the shapes notes use to say so: a heading or title that pairs a
 * name with an honorific and a talk word, a labelled line (Speaker: / 연사:), or a speaker-bio
 * block. Nothing here guesses: no pattern, no speaker.
 */

/** Case-insensitive letters without the `i` flag, which would make \\p{Lu} match lower case too. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

const TALK_WORD = `(?:마스터\\s?클래스|특강|강연|강의|세미나|토크|발표|인터뷰|대담|${[
  'talk',
  'lecture',
  'seminar',
  'keynote',
  'masterclass',
  'interview',
  'fireside chat',
]
  .map(anyCase)
  .join('|')})`;
const HANGUL_NAME = '([가-힣]{2,4})';
const LATIN_NAME =
  "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:van|von|de|der|da|di|du|la|le)?\\s*\\p{Lu}[\\p{L}'’-]+){1,2})";
const NAME = `(?:${HANGUL_NAME}|${LATIN_NAME})`;
/** What may follow a name in a title without making it an object (을/를/의… would). */
const NAME_END = '(?=$|[\\s()[\\]\\-–—:|,.!?·]|\\d)';

/** "<name> 님 특강", "주재걸 교수님 마스터클래스 Q&A" — name, honorific, talk word. */
const NAME_THEN_TALK = new RegExp(
  `(?<![가-힣\\p{L}])${NAME}\\s*${HONORIFIC_SOURCE}\\s*(?:의\\s*)?${TALK_WORD}(?![가-힣])`,
  'u',
);
/** "[마스터클래스] 서민준 마스터", "Week 4 마스터클래스1 - 주재걸교수님(02.17)". */
const TALK_THEN_NAME = new RegExp(
  `${TALK_WORD}\\d*\\]?\\s*[-–—:|]?\\s*(?<![가-힣])${NAME}\\s*${HONORIFIC_SOURCE}${NAME_END}`,
  'u',
);
/** "Talk by Jane Doe", "An interview with Dr. Jane Doe", "Fireside chat with …". */
const TALK_BY_NAME = new RegExp(
  `${TALK_WORD}\\s+(?:${anyCase('by')}|${anyCase('with')})\\s+(?:(?:Dr|Prof)\\.?\\s+)?${LATIN_NAME}`,
  'u',
);
/** A title naming a professor or master alone: "서민준 교수님 — 토목공학에서 MRC까지". */
const NAME_WITH_TITLE = new RegExp(
  `(?<![가-힣\\p{L}])${NAME}\\s*(?:교수님|교수|마스터님|마스터|박사님)${NAME_END}`,
  'u',
);

const LABEL =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:speakers?|presenters?|lecturers?|guests?|interviewees?|연사|강연자|발표자|강사|게스트|인터뷰이|초청\s?연사)(?:\*\*)?\s*[:：]\s*(.+)$/iu;
const BIO_HEADING =
  /^\s*(?:#+\s*)?(?:\[)?(?:강사|연사|강연자|발표자|마스터)\s*소개(?:\])?\s*$|^\s*(?:#+\s*)?(?:about the speaker|speaker bio(?:graphy)?|speaker)\s*$/iu;
const NAME_FIELD = /^\s*(?:[-*•]\s*)?(?:이름|성함|name)\s*[:：]\s*(.+)$/iu;

/** Speaker from a heading or title, or null. */
export function speakerFromTitle(title: string): string | null {
  for (const pattern of [TALK_THEN_NAME, NAME_THEN_TALK, TALK_BY_NAME, NAME_WITH_TITLE]) {
    const match = pattern.exec(title);
    const name = match ? cleanPersonName(match[1] ?? match[2] ?? '') : null;
    if (name) {
      return name;
    }
  }
  return null;
}

/**
 * A standalone heading that opens one talk: short, not a sentence, and naming a speaker with
 * an honorific and a talk word. "박성준 마스터님 특강에서는 …" is prose, not a heading.
 */
export function talkHeadingSpeaker(line: string): string | null {
  const text = stripHeadingMarks(line);
  if (text.length === 0 || text.length > 60 || /^[-*•]\s/.test(line.trim())) {
    return null;
  }
  const tail = new RegExp(`${TALK_WORD}\\d*\\s*(?:\\([^)]*\\))?\\s*[:：]?$`, 'u');
  const endsWithSpeaker =
    TALK_THEN_NAME.test(text) && /(?:님|교수|마스터|박사)\s*(?:\([^)]*\))?$/u.test(text);
  const korean = tail.test(text) || endsWithSpeaker ? speakerFromTitle(text) : null;
  if (korean) {
    return korean;
  }
  // English headings rarely carry an honorific: "Talk by Jane Doe", "Jane Doe — Keynote".
  const english = TALK_BY_NAME_HEADING.exec(text) ?? NAME_THEN_TALK_HEADING.exec(text);
  return english?.[1] ? cleanPersonName(english[1]) : null;
}

const TALK_BY_NAME_HEADING = new RegExp(`${TALK_BY_NAME.source}\\s*(?:\\([^)]*\\))?$`, 'u');
const NAME_THEN_TALK_HEADING = new RegExp(`^${LATIN_NAME}\\s*[-–—:|]\\s*${TALK_WORD}$`, 'u');

export function stripHeadingMarks(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\*\*(.+)\*\*$/, '$1')
    .replace(/^(?:\d{1,2}[.)]|[①-⑳])\s+/, '')
    .trim();
}

/** Speakers named by a label line ("Speaker: Jane Doe", "연사: 이활석 (업스테이지)"). */
export function speakersFromLabels(lines: string[]): string[] {
  for (const line of lines) {
    const match = LABEL.exec(line);
    const names = match?.[1] ? splitNameList(match[1]) : [];
    if (names.length > 0) {
      return names;
    }
  }
  return [];
}

/** The name opening a "강사 소개" / "About the speaker" block, within its first lines. */
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
