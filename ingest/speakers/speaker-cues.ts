import { quotedPeople } from '../extract/quoted-people.ts';
import { ENGLISH_JOB_TITLES, KOREAN_JOB_TITLES } from '../lexicon/job-titles.ts';
import { cleanPersonName, HONORIFIC_SOURCE } from '../text/person-name.ts';
import { selfIntroducedName } from './self-introduction.ts';
import { anyCase, HANGUL_NAME, LATIN_NAME, TALK_WORD } from './speaker-patterns.ts';
import { speakerFromTitle } from './title-speakers.ts';

/**
 * Who a talk, interview or article is about when no heading or label says so: every cue real
 * pages use to introduce their subject is read, each adds to the score of the name it points at,
 * and the names that reach the threshold are the speakers. One weak cue (a name in passing next
 * to a job title) is not enough; a name introduced with its organisation and then quoted, or
 * named in a headline, is.
 */

export interface CueInput {
  title: string;
  /** The talk's first short lines. */
  lead: string[];
  text: string;
  /** The page's author (a byline): an author is not a speaker. */
  author?: string | null;
}

/** The score a name needs to count as a speaker. */
export const SPEAKER_THRESHOLD = 3;
/** How far into a page the cues are read: subjects are introduced early. */
const OPENING = 4000;

type Scores = Map<string, number>;

/** Three syllables at least: without an honorific, a two-syllable word is as likely a verb (이끈). */
const FULL_HANGUL_NAME = '([가-힣]{3,4})';

export function weighedSpeakers(input: CueInput): string[] {
  const scores: Scores = new Map();
  const text = input.text.slice(0, OPENING);
  headlineInterviewee(input.title, scores);
  leadTitleLines(input.lead, scores);
  talkSentences(text, scores);
  metInBody(text, scores);
  nameOrgTitleChains(text, scores);
  englishBios(text, scores);
  podcastHost(text, scores);
  speakerRoster(text, scores);
  firstNameEchoes(input.text, scores);
  answerSelfIntroduction(input.text, scores);
  // An article's subject is the one it quotes by name (…," says Doe), whatever its byline.
  for (const quoted of quotedPeople(input.text.slice(0, OPENING * 4))) {
    add(scores, quoted.name, SPEAKER_THRESHOLD);
  }
  if (input.author) {
    scores.delete(input.author);
  }
  return [...scores]
    .filter(([, score]) => score >= SPEAKER_THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name);
}

/** A Hangul word ending in a case particle is a noun in a sentence (석사를, 연말에), not a name. */
const PARTICLE_ENDING = /^[가-힣]{2,}[을를에로]$/u;

function add(scores: Scores, raw: string | undefined, weight: number): string | null {
  const found = raw ? cleanPersonName(raw) : null;
  const name = found && !PARTICLE_ENDING.test(found) ? found : null;
  if (name) {
    scores.set(name, (scores.get(name) ?? 0) + weight);
  }
  return name;
}

/**
 * A headline naming the one it interviews: "… 졸업생 X(학과 15) 동문을 만나다", "X 대표를 만나다",
 * "Meet Jane Doe, …", or ending on them after a comma ("…에서 …로, X 동문"). Strong: a headline is
 * about its subject.
 */
const MEET_KO = new RegExp(
  `(?<![가-힣])${HANGUL_NAME}\\s*(?:\\([^)]*\\))?\\s*(?:[가-힣]{1,6}\\s*)?[을를]\\s*만나(?:다|보다|봤다|다\\b)`,
  'u',
);
const MEET_EN = new RegExp(`^(?:[Mm]eet|[Mm]eeting|[Ii]n conversation with)\\s+${LATIN_NAME}`, 'u');
/** How a headline addresses its subject when it ends on them: "…로, 한OO 동문", "[인터뷰] … 김OO 씨". */
const HEADLINE_ADDRESS = '(?:동문|씨|선배|님|교수님?|박사님?|대표님?|연구원님?)';
const ENDS_ON_SUBJECT = new RegExp(
  `(?:^|[,:|—–\\]]\\s*|\\s[-]\\s*)${HANGUL_NAME}\\s*${HEADLINE_ADDRESS}\\s*$`,
  'u',
);

function headlineInterviewee(title: string, scores: Scores): void {
  for (const pattern of [MEET_KO, MEET_EN, ENDS_ON_SUBJECT]) {
    const match = pattern.exec(title);
    if (match && add(scores, match[1], 4)) {
      return;
    }
  }
  // A news headline naming a person with their role ("김OO 예시랩 대표 “…”") is about that person.
  for (const { name } of namesMatched(CHAIN, title, true)) {
    add(scores, name, SPEAKER_THRESHOLD);
    return;
  }
}

/** The body saying the writer met the person ("예시랩 김OO 대표를 판교에서 만났다"): an interview. */
const MET_KO = new RegExp(
  `(?<![가-힣])${FULL_HANGUL_NAME}\\s*(?:[가-힣]{1,6}\\s*)?[을를]\\s*(?:[^.\\n]{0,20}?\\s)?(?:만났다|만나\\s|만나봤다|인터뷰했다)`,
  'gu',
);

function metInBody(text: string, scores: Scores): void {
  for (const sentence of sentences(text)) {
    for (const { name } of namesMatched(MET_KO, sentence)) {
      add(scores, name, 2);
    }
  }
}

/**
 * A short line at the top that names a speaker the way a title does ("X 마스터님 : 제목",
 * "[행사] X 님 — 부제"): the page's real title often sits below the blog's own chrome.
 */
function leadTitleLines(lead: string[], scores: Scores): void {
  for (const line of lead) {
    if (line.trim().length <= 80) {
      add(scores, speakerFromTitle(line.trim()) ?? undefined, 3);
    }
  }
}

/**
 * A sentence that speaks of a talk and names, as its subject or owner, a person with an
 * honorific: "X 님께서 발표하셨는데", "X 님의 세션은", "X 교수님이 강연을 맡았다". The particle is
 * required: "X 님 발표를 들었다" may be a note on someone else's talk series.
 */
const HONOURED_SUBJECT = new RegExp(
  `(?<![가-힣])${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}\\s*(?:께서|이|가|은|는|의)(?![가-힣])`,
  'gu',
);
const TALK_IN_SENTENCE = new RegExp(`${TALK_WORD}|발표하|강연하|연사`, 'u');

function talkSentences(text: string, scores: Scores): void {
  for (const sentence of sentences(text)) {
    if (!TALK_IN_SENTENCE.test(sentence) || tellsHistory(sentence)) {
      continue;
    }
    const named = new Set<string>();
    for (const { name } of namesMatched(HONOURED_SUBJECT, sentence)) {
      if (!named.has(name)) {
        named.add(name);
        add(scores, name, 3);
      }
    }
  }
}

/**
 * Articles introduce each person as "name + organisation + job title" ("김OO 예시랩 대표는",
 * "이OO 한국대 박사과정생은"), then refer back to them as "surname + title" ("김 대표는"). A panel
 * is a chain of them. Each introduction scores 2, a quote in the same sentence 1 more, and every
 * later reference 1 (at most 3), so a person the piece is about clears the threshold and one
 * named in passing does not.
 */
const KO_TITLE = `(?:${KOREAN_JOB_TITLES.join('|')})`;
/** Korean text writes English titles after a Hangul name too ("김OO 예시랩 CTO가"). */
const ANY_TITLE = `(?:${[...KOREAN_JOB_TITLES, ...ENGLISH_JOB_TITLES].join('|')})`;
/** Any title at all: a cheap test before the chain pattern, which tries every Hangul position. */
const TITLE_IN = new RegExp(ANY_TITLE, 'u');
/**
 * One word of an organisation between a name and a job title ("예시랩", "한국대", "3secondz",
 * "전기·정보공학부"): not a word ending in a particle or a verb ending, and no honorific — "김OO
 * 교수님께 박사 진학을" is a name, then a sentence.
 */
const ORG_WORD = '(?:[^\\s,.“”"\'‘’]*[^\\s,.“”"\'‘’께에를을는은가고며다면서도요님])';
const CHAIN = new RegExp(
  `(?<![가-힣A-Za-z])${FULL_HANGUL_NAME}\\s+(?:${ORG_WORD}\\s+){0,3}?${ANY_TITLE}(?:님)?(?=[은는이가의을를와과도로,\\s“”"'\uFFFD]|$)`,
  'gu',
);
const SURNAME_TITLE = new RegExp(
  `(?<![가-힣A-Za-z])([가-힣])\\s+${KO_TITLE}(?:님)?(?=[은는이가의을를와과도로,\\s“”"']|$)`,
  'gu',
);
/** "As VP of Research at Example, Jane Doe …", "with Jane Doe, CTO of Example". */
const EN_TITLE = `(?:${ENGLISH_JOB_TITLES.join('|')})`;
const EN_CHAIN = new RegExp(
  `(?:\\b[Aa]s (?:the |an? )?${EN_TITLE}\\b[^,.]{0,60},\\s+${LATIN_NAME}|\\bwith ${LATIN_NAME},\\s+(?:the |an? )?${EN_TITLE}\\b)`,
  'gu',
);
/** "Jane Doe, CEO of Example, said …", "…, says Jane Doe, a professor at Example": an article's source. */
/** Job titles in any case: prose writes "a research scientist at …". */
const EN_TITLE_ANY_CASE = `(?:${ENGLISH_JOB_TITLES.map((t) => anyCase(t.toLowerCase())).join('|')})`;
const EN_APPOSITIVE = new RegExp(
  `${LATIN_NAME},\\s+(?:the |an? )?(?:[Cc]o-?)?(?:[A-Za-z-]+\\s+){0,2}?${EN_TITLE_ANY_CASE}\\b[^,.]{0,40}?\\b(?:of|at)\\b`,
  'gu',
);
const EN_SAID = /\b(?:said|says|told|explained|added)\b|[“”"]/;
const REFERENCE_CAP = 3;
const PANEL_MIN = 3;
/** "X 예시랩 대표의 진행으로", "… 교수의 사회로": the moderator of a panel, who speaks too. */
const MODERATES = /^\s*의?\s*(?:진행|사회)/u;

/**
 * Every match of a pattern whose first group is a name. A match whose group is not name-shaped
 * ("이끈 김OO 예시대 교수": a verb read as a name) is retried one character later, so the name
 * behind it is still found.
 */
function* namesMatched(
  pattern: RegExp,
  text: string,
  nearest = false,
): Generator<{ name: string; end: number }> {
  // A pattern compiled anew per sentence cost more than the match; a clone per pattern is kept,
  // and a fresh one made only while that clone is busy in an outer loop.
  const cached = CLONES.get(pattern);
  const re = cached && !BUSY.has(cached) ? cached : globalClone(pattern);
  CLONES.set(pattern, re);
  BUSY.add(re);
  re.lastIndex = 0;
  try {
    yield* matchesOf(re, text, nearest);
  } finally {
    BUSY.delete(re);
  }
}

const CLONES = new WeakMap<RegExp, RegExp>();
const BUSY = new Set<RegExp>();

function globalClone(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
}

function* matchesOf(re: RegExp, text: string, nearest: boolean): Generator<{ name: string; end: number }> {
  let match = re.exec(text);
  while (match) {
    const name = cleanPersonName(match[1] ?? '');
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const closer = nearest && name ? closerName(match[0], name.length) : -1;
    if (closer > 0) {
      // "지난주 예시랩 김OO 대표": the name next to the title is the one it belongs to.
      re.lastIndex = match.index + closer;
    } else if (name && RELATION_BEFORE.test(before)) {
      re.lastIndex = match.index + match[0].length;
    } else if (name) {
      yield { name, end: match.index + match[0].length };
    } else {
      re.lastIndex = match.index + 1;
    }
    match = re.exec(text);
  }
}

/** Endings of organisation names that are shaped like a Hangul name (예시랩, 한국대, 알파사). */
const ORG_SUFFIX = /[대랩학사소팀부과청단처실국]$/u;

/** Where, after the first name of a chain, another full name starts (-1 when none does). */
function closerName(span: string, from: number): number {
  for (const token of span.slice(from).matchAll(/[가-힣]{3,4}(?=\s)/gu)) {
    const at = from + (token.index ?? 0);
    if (cleanPersonName(token[0]) && !ORG_SUFFIX.test(token[0]) && /\s/.test(span.charAt(at - 1))) {
      return at;
    }
  }
  return -1;
}

function nameOrgTitleChains(text: string, scores: Scores): void {
  const introduced = new Map<string, number>();
  for (const sentence of sentences(text)) {
    if (tellsHistory(sentence)) {
      continue;
    }
    const quoted = /[“”"]/.test(sentence);
    // "X 예시랩 CTO의 강연을 들었다": a person introduced with their role in a sentence about a talk.
    const aboutTalk = TALK_IN_SENTENCE.test(sentence) ? 1 : 0;
    const chained = TITLE_IN.test(sentence) ? [...namesMatched(CHAIN, sentence, true)] : [];
    // Three introductions or more in one sentence: the list of a panel, whose members all speak.
    const panel = new Set(chained.map((c) => c.name)).size >= PANEL_MIN ? 1 : 0;
    for (const { name, end } of chained) {
      const moderates = MODERATES.test(sentence.slice(end, end + 12));
      const seen = introduced.get(name) ?? 0;
      introduced.set(name, seen + 1);
      const weight = seen === 0 ? 2 : seen <= REFERENCE_CAP ? 1 : 0;
      const firstTime = seen === 0 ? 1 : 0;
      add(
        scores,
        name,
        weight + (quoted ? firstTime : 0) + (moderates ? 1 : 0) + panel + aboutTalk * firstTime,
      );
    }
    for (const match of sentence.matchAll(EN_CHAIN)) {
      add(scores, match[1] ?? match[2], 2);
    }
    for (const match of sentence.matchAll(EN_APPOSITIVE)) {
      add(scores, match[1], 2 + (EN_SAID.test(sentence) ? 1 : 0));
    }
  }
  // "김 대표는 …": a reference to the one introduced person with that surname, when only one is.
  const bySurname = new Map<string, number>();
  for (const match of text.matchAll(SURNAME_TITLE)) {
    const surname = match[1] ?? '';
    bySurname.set(surname, (bySurname.get(surname) ?? 0) + 1);
  }
  for (const [surname, count] of bySurname) {
    const owners = [...introduced.keys()].filter((name) => name.startsWith(surname));
    if (owners.length === 1 && owners[0]) {
      add(scores, owners[0], Math.min(count, REFERENCE_CAP));
    }
  }
}

/**
 * An English speaker bio: "Jane Doe Short Bio: …", "Bio: Jane Doe is …", or a paragraph opening
 * "Dr. Jane Doe is a professor at …" / "Jane Doe is the CTO of …".
 */
/** A Latin full name, shortest first: "Jane Doe Short Bio" is Jane Doe's. */
const LATIN_NAME_LAZY = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}?)";
const BIO_LABEL = new RegExp(
  `(?:^|\\n)\\s*${LATIN_NAME_LAZY}\\s+(?:[Ss]hort\\s+)?[Bb]io(?:graphy)?\\s*:`,
  'gu',
);
const BIO_SENTENCE = new RegExp(
  `(?:^|\\n)\\s*(?:(?:Dr|Prof|Professor)\\.?\\s+)?${LATIN_NAME}\\s+is\\s+(?:a|an|the)\\s+[^.\\n]{0,80}?\\b(?:at|of|with)\\s+\\p{Lu}`,
  'gu',
);

function englishBios(text: string, scores: Scores): void {
  for (const match of text.matchAll(BIO_LABEL)) {
    add(scores, match[1], 3);
  }
  for (const match of text.matchAll(BIO_SENTENCE)) {
    add(scores, match[1], 3);
  }
}

/**
 * A podcast or show host introducing themselves before the guest: "I'm Jane Doe, and today on
 * <show> …", "Welcome to <show>, I'm Jane Doe". A host who speaks is a speaker.
 */
const HOST = new RegExp(
  `(?:\\bI['’]m\\s+${LATIN_NAME},?\\s+and\\s+(?:today|this week|on this|in this|welcome)|\\b[Ww]elcome (?:back )?to [^.\\n]{1,60}?[.,!]\\s+I['’]m (?:your host,?\\s+)?${LATIN_NAME})`,
  'u',
);

/** The guest a host announces: "my guest today is Jane Doe", "I'm joined by Jane Doe", "please welcome Jane Doe". */
const GUEST = new RegExp(
  `\\b(?:(?:[Mm]y|[Oo]ur|[Tt]oday['’]s)\\s+guests?(?:\\s+today)?\\s+(?:is|are)|(?:I['’]m|we['’]re)\\s+joined\\s+(?:today\\s+)?by|[Pp]lease\\s+welcome)\\s+(?:(?:Dr|Prof)\\.?\\s+)?${LATIN_NAME}`,
  'gu',
);
/**
 * A role named in a sentence, then the person: "오늘의 게스트는 예시랩의 김OO 님입니다", "연사는
 * 한국대 윤OO 교수님이었다". The honorific is required, as in the talk sentences.
 */
const ROLE_THEN_HONOURED = new RegExp(
  `(?:게스트|초대\\s?손님|연사|발표자|강연자|인터뷰이|진행자)(?:는|은|로는|로|분은)\\s+(?:[^.\\n]{0,30}?\\s)?${HANGUL_NAME}\\s*${HONORIFIC_SOURCE}`,
  'gu',
);

function podcastHost(text: string, scores: Scores): void {
  const opening = text.slice(0, 1500);
  const match = HOST.exec(opening);
  if (match) {
    add(scores, match[1] ?? match[2], 3);
  }
  for (const guest of opening.matchAll(GUEST)) {
    add(scores, guest[1], 3);
  }
  for (const sentence of sentences(opening)) {
    if (!tellsHistory(sentence)) {
      for (const { name } of namesMatched(ROLE_THEN_HONOURED, sentence)) {
        add(scores, name, 3);
      }
    }
  }
}

/**
 * The people a speakers' page lists: under a heading "Keynote Speakers" / "Invited speakers" /
 * "연사 소개", each name standing alone on its line (their organisation and talk title follow).
 */
const ROSTER_HEADING =
  /^\s*(?:#+\s*)?(?:(?:keynote|invited|featured|plenary|guest|our)\s+)?speakers?\s*$|^\s*(?:#+\s*)?(?:[가-힣]{1,6}\s+)?(?:연사|강연자|발표자)\s*(?:소개|진)?\s*$/iu;

function speakerRoster(text: string, scores: Scores): void {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => ROSTER_HEADING.test(l));
  if (start < 0) {
    return;
  }
  for (const line of lines.slice(start + 1, start + 60)) {
    const trimmed = line.trim();
    if (trimmed.length > 0 && trimmed.length <= 40) {
      add(scores, trimmed.replace(/^#+\s*/, ''), 3);
    }
  }
}

/**
 * A Latin full name already pointed at, whose first name the text keeps using ("… Jane Doe …
 * here's Jane. Well, Jane, …"): conversations call their guest by first name.
 */
function firstNameEchoes(text: string, scores: Scores): void {
  for (const name of scores.keys()) {
    const first = /^(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}/u.exec(name)?.[1];
    if (!first) {
      continue;
    }
    const echoes = text.match(new RegExp(`\\b${first}\\b(?!\\s+\\p{Lu})`, 'gu'))?.length ?? 0;
    if (echoes >= 3) {
      scores.set(name, (scores.get(name) ?? 0) + 1);
    }
  }
}

/**
 * A sentence dated with a year ("2018년 연말에 X 님의 강연을 듣게 되었는데") tells an episode of
 * someone's history, not the talk the page is about: a page says when its own event was with a
 * full date label or a relative date. Such sentences give no cue.
 */
const YEAR = /(?:19|20)\d\d\s*년|(?<![\d.])\d\d\s*년\s*(?:\d{1,2}\s*월|봄|여름|가을|겨울|초|말|연말)/u;

function tellsHistory(sentence: string): boolean {
  return YEAR.test(sentence);
}

/**
 * People the writer knows personally ("연구실 선배 X 님", "동기 X"): characters of the writer's
 * own story, not the subject of the page, even when they give a talk in it.
 */
const RELATION_BEFORE = /(?:선배|후배|동기|친구|지인|동료|사수|형|언니|누나|오빠|지도\s*교수)\s*$/u;

/** Sentences and lines: enough to keep a cue within the clause that states it. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。])\s+|\n+/u).filter((s) => s.trim().length > 0);
}

/** Question and answer lines of a printed interview: "Q. …" / "A. …", "Q1:", "문:" / "답:". */
const QUESTION_LINE = /^[ \t]*(?:Q\d{0,2}|문|질문)[ \t]*[.:：)][ \t]*\S/gmu;
const ANSWER_LINE = /^[ \t]*(?:A\d{0,2}|답|답변)[ \t]*[.:：)][ \t]*(.+)$/gmu;
const QA_MIN = 2;

/**
 * In a printed Q&A interview the answers are the interviewee's voice: a self-introduction in an
 * answer ("A. 안녕하세요, 기계공학과 한OO입니다") names the one interviewed.
 */
function answerSelfIntroduction(text: string, scores: Scores): void {
  if ((text.match(QUESTION_LINE)?.length ?? 0) < QA_MIN) {
    return;
  }
  const answers = [...text.matchAll(ANSWER_LINE)];
  if (answers.length < QA_MIN) {
    return;
  }
  for (const answer of answers.slice(0, 3)) {
    const name = selfIntroducedName(answer[1] ?? '');
    if (name && add(scores, name, SPEAKER_THRESHOLD)) {
      return;
    }
  }
}
