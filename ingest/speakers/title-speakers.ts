import { ACADEMIC_HONORIFICS } from '../lexicon/honorifics.ts';
import { JOB_TITLE_SOURCE } from '../lexicon/job-titles.ts';
import { ENGLISH_NOTE_WORDS, KOREAN_NOTE_WORDS } from '../lexicon/talk-words.ts';
import { cleanPersonName, HONORIFIC_SOURCE } from '../text/person-name.ts';
import { anyCase, HANGUL_NAME, LATIN_NAME, NAME, NAME_END, TALK_WORD } from './speaker-patterns.ts';

/**
 * Who gave a talk, read from the shapes titles and headings use to say so: a name paired with an
 * honorific and a talk word, a role word before a name ("게스트 X 님"), a name standing as a
 * segment of the title ("[행사] X 님 — 제목"), a numbered session naming its speaker.
 * Nothing here guesses: no pattern, no speaker.
 */

/** Titles a host writes after a guest's name in a heading (not honorifics in running text). */
const TITLE_HONORIFIC = `(?:${HONORIFIC_SOURCE}|대표|이사|원장|소장|팀장|CEO|CTO)`;
/** What a note-taker appends to the talk word: "웨비나 후기", "특강 정리", "Talk notes". */
const NOTE_WORD = `(?:\\s*(?:${KOREAN_NOTE_WORDS.join('|')}|${ENGLISH_NOTE_WORDS.map(anyCase).join('|')}))?`;

/** "<name> 님 특강", "김OO 대표 인터뷰", "주재걸 교수님 마스터클래스 Q&A" — name, honorific, talk word. */
const NAME_THEN_TALK = new RegExp(
  `(?<![가-힣\\p{L}])${NAME}\\s*${TITLE_HONORIFIC}\\s*(?:의\\s*)?${TALK_WORD}(?![가-힣])`,
  'u',
);
/** "[마스터클래스] 홍길동 마스터", "[웨비나 후기] 정하은 님 — …", "Week 3 마스터클래스2 - 김철수교수님(03.05)". */
const TALK_THEN_NAME = new RegExp(
  `${TALK_WORD}\\d*${NOTE_WORD}\\]?\\s*[-–—:|]?\\s*(?<![가-힣])${NAME}\\s*${HONORIFIC_SOURCE}${NAME_END}`,
  'u',
);
/** "Talk by Jane Doe", "An interview with Dr. Jane Doe", "Fireside chat with …". */
const TALK_BY_NAME = new RegExp(
  `${TALK_WORD}\\s+(?:${anyCase('by')}|${anyCase('with')})\\s+(?:(?:Dr|Prof)\\.?\\s+)?${LATIN_NAME}`,
  'u',
);
/**
 * A title naming a professor or master alone: "서민준 교수님 — 토목공학에서 MRC까지". Not when the
 * name only qualifies what the post is about ("X 교수님 연구실 방문기", "X 교수님 논문 리뷰").
 */
const NAME_WITH_TITLE = new RegExp(
  `(?<![가-힣\\p{L}])${NAME}\\s*(?:${ACADEMIC_HONORIFICS.join('|')})${NAME_END}(?!\\s*(?:의\\s*)?(?:연구실|랩|논문|책|저서|방문))`,
  'u',
);
/** The people a host introduces by role: "게스트 송OO 님", "외부 연사 오OO 님 (회사)". */
const ROLE_WORD = `(?:초청\\s?연사|연사|발표자|강연자|강사|게스트|인터뷰이|${['guest', 'speaker', 'presenter', 'interviewee'].map(anyCase).join('|')})`;
/** A Hangul name needs its honorific here: "연사 이야기 — 정리" names nobody. */
const ROLE_THEN_NAME = new RegExp(
  `(?<![가-힣\\p{L}])${ROLE_WORD}\\s*[:：]?\\s*(?:${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}${NAME_END}|${LATIN_NAME}(?=\\s*(?:$|[()[\\]\\-–—|,·])))`,
  'u',
);
/** "<name> 님의 이야기", "<name> 님의 커리어", "Jane Doe's story". */
const NAME_STORY = new RegExp(
  `(?<![가-힣\\p{L}])(?:${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}\\s*의\\s*(?:이야기|커리어|여정|경험|회고|인생)|${LATIN_NAME}['’]s\\s+(?:${['story', 'journey', 'career', 'path'].map(anyCase).join('|')}))`,
  'u',
);
/**
 * A name with an honorific standing as one segment of a title: "[행사 #3] X 님 — 부제", "후기 | X 님
 * '제목'", and the interview post's "…를 만드는 사람, X 님" (the guest after the teaser phrase).
 */
const NAME_SEGMENT = new RegExp(
  `(?:^|[\\]|:—–,]\\s*|\\s-\\s*)${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}(?=\\s*(?:$|[—–\\-:|'"“‘(]))`,
  'u',
);

/** A title's last segment naming a doctor or professor: "\"Talk title\" — Dr. Jane Doe (Org)". */
const TITLED_LATIN_SEGMENT = new RegExp(
  `\\s[—–|]\\s*(?:Dr|Prof|Professor)\\.?\\s+${LATIN_NAME}\\s*(?:\\([^)]*\\))?\\s*$`,
  'u',
);

const TITLE_PATTERNS = [
  TALK_THEN_NAME,
  NAME_THEN_TALK,
  TALK_BY_NAME,
  NAME_WITH_TITLE,
  ROLE_THEN_NAME,
  NAME_STORY,
  NAME_SEGMENT,
  TITLED_LATIN_SEGMENT,
];

/** Speaker from a heading or title, or null. */
export function speakerFromTitle(title: string): string | null {
  for (const pattern of TITLE_PATTERNS) {
    const match = pattern.exec(title);
    const name = match ? cleanPersonName(match[1] ?? match[2] ?? '') : null;
    if (name) {
      return name;
    }
  }
  return null;
}

const HEADING_MAX = 80;

/**
 * A standalone heading that opens one talk: short, not a list item, and naming a speaker the way
 * a section of a multi-talk note does ("X 님 특강", "X 님 발표 — 제목", "Session 2 (X)", "Talk by X").
 * A sentence mentioning a talk ("한도윤 마스터님 특강에서는 …") is prose, not a heading.
 */
export function talkHeadingSpeaker(line: string): string | null {
  const text = plainHeading(stripHeadingMarks(line));
  if (text.length === 0 || text.length > HEADING_MAX || /^[-*•]\s/.test(line.trim())) {
    return null;
  }
  return (
    koreanTalkHeading(text) ?? numberedSession(text) ?? englishTalkHeading(text) ?? titleThenBearer(text)
  );
}

/**
 * "제목 - 소속 직함 이름", "Title — Org Role Jane Doe": a talk's title, a dash, then who gives it,
 * ending in a job title and the name. Event pages and notes list their sessions this way. The
 * job title is required: "제목 - 정리" or "제목 - 후기 모음" name nobody.
 */
const TITLE_THEN_BEARER = new RegExp(
  `^(\\S.{1,78}?)\\s[-–—]\\s(?:[^-–—]{0,40}?\\s)?${JOB_TITLE_SOURCE}\\s+${NAME}$`,
  'u',
);

/**
 * "제목 - 이름 님 (소속)", "제목 — 이름 교수님": a title, a dash, then the speaker with an honorific
 * and maybe their organisation — the items of a numbered lecture list copied without heading marks.
 */
const TITLE_THEN_HONOURED = new RegExp(
  `^(\\S.{1,60}?)\\s[-–—]\\s${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}\\s*(?:\\([^)]{1,40}\\))?$`,
  'u',
);

function titleThenBearer(text: string): string | null {
  const match = TITLE_THEN_BEARER.exec(text);
  if (match) {
    return cleanPersonName(match[2] ?? match[3] ?? '');
  }
  const honoured = TITLE_THEN_HONOURED.exec(text);
  return honoured ? cleanPersonName(honoured[2] ?? '') : null;
}

/**
 * The talk's own title in a heading that also says who gives it: "제목 - 소속 직함 이름" → "제목".
 * Other headings are their own title.
 */
export function headingTalkTitle(line: string): string {
  const text = plainHeading(stripHeadingMarks(line));
  const match = TITLE_THEN_BEARER.exec(text) ?? TITLE_THEN_HONOURED.exec(text);
  return match?.[1] && titleThenBearer(text) ? match[1].trim() : stripHeadingMarks(line);
}

const TALK_TAIL = new RegExp(`${TALK_WORD}\\d*\\s*(?:\\([^)]*\\))?\\s*[:：]?$`, 'u');
/** "배준서 님 발표 — 제목": name, honorific and talk word first, then the talk's own title. */
const NAME_TALK_TITLE = new RegExp(
  `^(?:\\[[^\\]]*\\]\\s*)?${NAME}\\s*${TITLE_HONORIFIC}\\s*(?:의\\s*)?${TALK_WORD}\\d*\\s*[—–\\-:|]\\s*\\S`,
  'u',
);

function koreanTalkHeading(text: string): string | null {
  const endsWithSpeaker =
    TALK_THEN_NAME.test(text) && /(?:님|교수|마스터|박사)\s*(?:\([^)]*\))?$/u.test(text);
  if (TALK_TAIL.test(text) || endsWithSpeaker) {
    return speakerFromTitle(text);
  }
  const match = NAME_TALK_TITLE.exec(text);
  return match ? cleanPersonName(match[1] ?? match[2] ?? '') : null;
}

/**
 * "Talk 2: 제목 — Jane Doe", "Session 3 (김OO 님)", "세션 1: 김OO 님 — 제목", "🎤 연사 1 | 김OO — 「제목」",
 * "[Session 2] 제목 · Jane Doe (Org)", "Speaker 2: Jane Doe (Org)": a talk or role word and a
 * number, then the name first, last, or in parentheses with its organisation.
 */
const SESSION_START = new RegExp(
  `^\\[?(?:${TALK_WORD}|${anyCase('track')}|${anyCase('part')}|${anyCase('speaker')}|연사|발표자|강연자|게스트|${anyCase('guest')})\\s*#?\\d+\\]?\\s*[:.)—–|·-]?\\s*`,
  'u',
);
/**
 * A session's speaker: a Hangul name with its honorific ("(윤OO 님)": "(최종)" and "- 정리" name
 * nobody), a Latin full name, or a bare Hangul full name of three syllables — numbered speaker
 * headings often drop the honorific, and two syllables are as likely a common noun.
 */
const SESSION_NAME = `(?:${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}|${LATIN_NAME}|([가-힣]{3,4}))`;
const ORG_AFTER = '(?:\\s*\\([^)]*\\))?';
const NAME_LAST = new RegExp(`[—–\\-|·]\\s*${SESSION_NAME}${ORG_AFTER}\\s*$`, 'u');
const NAME_IN_PARENS = new RegExp(`\\(\\s*${SESSION_NAME}\\s*(?:[,/·][^)]*)?\\)\\s*$`, 'u');
const NAME_FIRST = new RegExp(`^${SESSION_NAME}\\s*(?:$|[—–\\-:|·(「"“])`, 'u');

function numberedSession(text: string): string | null {
  const start = SESSION_START.exec(text);
  if (!start) {
    return null;
  }
  const rest = text.slice(start[0].length);
  for (const pattern of [NAME_LAST, NAME_IN_PARENS, NAME_FIRST]) {
    const match = pattern.exec(rest);
    const bare = match?.[3];
    const name = match ? cleanPersonName(match[1] ?? match[2] ?? bare ?? '') : null;
    if (name && (!bare || name.length >= 3)) {
      return name;
    }
  }
  return null;
}

// English headings rarely carry an honorific: "Talk by Jane Doe", "Jane Doe — Keynote".
const TALK_BY_NAME_HEADING = new RegExp(`${TALK_BY_NAME.source}\\s*(?:\\([^)]*\\))?$`, 'u');
const NAME_THEN_TALK_HEADING = new RegExp(`^${LATIN_NAME}\\s*[-–—:|]\\s*${TALK_WORD}$`, 'u');

function englishTalkHeading(text: string): string | null {
  const english = TALK_BY_NAME_HEADING.exec(text) ?? NAME_THEN_TALK_HEADING.exec(text);
  return english?.[1] ? cleanPersonName(english[1]) : null;
}

/** Bold marks and a leading emoji or bullet, which decorate a heading without changing it. */
function plainHeading(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/^[^\p{L}\p{N}[(]+/u, '')
    .trim();
}

export function stripHeadingMarks(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\*\*(.+)\*\*$/, '$1')
    .replace(/^(?:\d{1,2}[.)]|[①-⑳])\s+/, '')
    .trim();
}
