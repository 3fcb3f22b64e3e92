/**
 * Splits a talk's note text into sentences with offsets into the text.
 * Notes are often unpunctuated: every line, bullet and table row is a unit of its own, and Korean
 * note-style endings (~음, ~함, ~됨, ~었다, ~습니다) end a sentence even without a period.
 */
import { removePersonalData } from '../text/personal-data.ts';

export interface Sentence {
  /** `text.slice(start, end)` of the talk text: bullet markers and outer whitespace excluded. */
  text: string;
  start: number;
  end: number;
  /** Index of the block (a line, a bullet with its wrapped lines, a table row) it belongs to. */
  block: number;
  /** 1–6 for a Markdown heading, 7 for a plain title line (e.g. "2019년" alone); null for body text. */
  heading: number | null;
}

interface Line {
  start: number;
  end: number;
  raw: string;
}

interface Block {
  start: number;
  end: number;
  heading: number | null;
  table: boolean;
}

const BULLET = /^\s*(?:[-*+•·◦▪‣–>]+|\d{1,2}[.)]|\(\d{1,2}\)|[A-Za-z][.)](?=\s))\s+/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+/;
const TABLE_ROW = /^\s*\|?(?:[^|]*\|){2,}/;
const TABLE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** A line that is only a year, with at most a bracket or a section word: "2019년", "2018 회고", "2021년 (계획)". */
const YEAR_TITLE =
  /^(?:19|20)\d{2}\s*(?:년도?)?(?:\s*\([^)]{0,20}\))?(?:\s*[-–:]?\s*(?:회고|정리|상반기|하반기|계획|요약|이야기|돌아보기|review|retrospective|recap|plans?))?\s*[.:]?$/i;
/** Endings that make a short line a sentence rather than a title. */
const SENTENCE_END = /(?:[음함됨임다요죠]|[?!])["')\]]*$/;
const TITLE_MAX = 20;
/** Lines at least this long that stop mid-sentence are wrapped, not ended. */
const WRAP_MIN = 60;
const LINE_END = /(?:[.?!。:]|[음함됨임다요죠])["')\]*_]*$/;

/** Splits the text into sentences, in text order. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  readBlocks(text).forEach((block, index) => {
    if (block.heading !== null || block.table) {
      const { start, end, heading } = block;
      sentences.push({ text: text.slice(start, end), start, end, block: index, heading });
      return;
    }
    for (const [start, end] of sentenceSpans(text, block.start, block.end)) {
      sentences.push({ text: text.slice(start, end), start, end, block: index, heading: null });
    }
  });
  return sentences;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, raw: part });
    start += part.length + 1;
  }
  return lines;
}

/** Lines grouped into blocks: an indented, unmarked line continues the bullet or line above it. */
function readBlocks(text: string): Block[] {
  const lines = readLines(text);
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === undefined || line.raw.trim() === '' || TABLE_RULE.test(line.raw)) {
      open = null;
      continue;
    }
    if (open !== null && continues(open, lines[index - 1], line)) {
      open.end = line.start + line.raw.trimEnd().length;
      continue;
    }
    open = startBlock(line, lines[index + 1 + nextNonBlank(lines, index + 1)]);
    blocks.push(open);
  }
  return blocks.filter((block) => block.end > block.start);
}

/**
 * An indented unmarked line continues the block above (a wrapped bullet); so does a plain line
 * after a long line cut mid-sentence (a paragraph wrapped at a fixed width).
 */
function continues(open: Block, previous: Line | undefined, line: Line): boolean {
  if (open.table || open.heading !== null || BULLET.test(line.raw) || MD_HEADING.test(line.raw)) {
    return false;
  }
  if (/^\s+/.test(line.raw)) {
    return true;
  }
  const before = previous?.raw.trim() ?? '';
  return before.length >= WRAP_MIN && !LINE_END.test(before) && !TABLE_ROW.test(line.raw);
}

function nextNonBlank(lines: Line[], from: number): number {
  let offset = 0;
  while (lines[from + offset] !== undefined && lines[from + offset]?.raw.trim() === '') {
    offset += 1;
  }
  return offset;
}

function startBlock(line: Line, next: Line | undefined): Block {
  const md = MD_HEADING.exec(line.raw);
  const marker = md ?? BULLET.exec(line.raw);
  const lead = marker ? marker[0].length : line.raw.length - line.raw.trimStart().length;
  const start = line.start + lead;
  const end = line.start + line.raw.trimEnd().length;
  const table = !md && TABLE_ROW.test(line.raw);
  let heading: number | null = md?.[1] ? md[1].length : null;
  if (heading === null && !table && !BULLET.test(line.raw) && isPlainTitle(line.raw.trim(), next)) {
    heading = 7;
  }
  return { start, end: Math.max(start, end), heading, table };
}

/** A line alone that reads as a title: a year label, or a short phrase that opens a long paragraph. */
function isPlainTitle(content: string, next: Line | undefined): boolean {
  if (YEAR_TITLE.test(content) && !SENTENCE_END.test(content.replace(/[.:]$/, ''))) {
    return true;
  }
  const bare = content.replace(/[.:]$/, '');
  const nextLength = next?.raw.trim().length ?? 0;
  return bare.length <= TITLE_MAX && !SENTENCE_END.test(bare) && nextLength > Math.max(40, 2 * bare.length);
}

/** Punctuation that ends a sentence when followed by whitespace, closing quotes/brackets included. */
const PUNCT_END = /[.?!…？！]+["'”’)\]*_»]*(?=\s|$)/g;
/** Korean endings that close a sentence in notes without punctuation. */
const KOREAN_END =
  /(?:[었았였했됐겠있없같않줬봤왔갔났졌렸켰혔웠쳤섰맞]음|[함됨임]|(?:[었았였했됐겠있없는한된인같않이]|습니|니)다|[어아해세에예네]요|거든요|군요|죠)(?=[ \t]+\S)/g;
/** Nouns (many loanwords) that end like a note-style sentence ending but are not one. */
const NOT_AN_ENDING = /^(?:[함됨임]|포함|결함|취임|부임|모임|.*(?:다임|레임|타임|네임|게임|라임|스킴))$/;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|Prof|St|No|Jr|Sr|Inc|Ltd|Co|al|U\.S)|\b[A-Z]|\b\d)\.$/;

/** Sentence spans inside one block, whitespace trimmed. */
function sentenceSpans(text: string, start: number, end: number): Array<[number, number]> {
  const body = text.slice(start, end);
  const cuts = new Set<number>();
  for (const match of body.matchAll(PUNCT_END)) {
    const stop = match.index + match[0].length;
    if (!ABBREVIATION.test(body.slice(Math.max(0, match.index - 5), match.index + 1))) {
      cuts.add(stop);
    }
  }
  for (const match of body.matchAll(KOREAN_END)) {
    const stop = match.index + match[0].length;
    const word = body.slice(lastSpaceBefore(body, stop) + 1, stop);
    if (!NOT_AN_ENDING.test(word)) {
      cuts.add(stop);
    }
  }
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...[...cuts].sort((a, b) => a - b), body.length]) {
    const piece = body.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) {
      spans.push([start + from + lead, start + from + lead + trimmed.length]);
    }
    from = cut;
  }
  return spans;
}

const SPACE = /\s/;

/**
 * Where the word ending at `end` starts, less one (`body.slice(0, end).split(/\s/).pop()` without
 * splitting the whole block up to it for every ending, which a block with no line breaks made
 * quadratic): the offset of the last white space before `end`, -1 when there is none.
 */
function lastSpaceBefore(body: string, end: number): number {
  let at = end - 1;
  while (at >= 0 && !SPACE.test(body[at] as string)) {
    at -= 1;
  }
  return at;
}

const EVIDENCE_MAX = 300;

const evidenceBySentence = new WeakMap<Sentence, string>();

/**
 * `toEvidence(sentence.text)`, worked out once per sentence: every decision and affiliation of a
 * sentence cites it, and on a note with no sentence breaks that sentence is the whole note.
 */
export function evidenceOf(sentence: Sentence): string {
  let evidence = evidenceBySentence.get(sentence);
  if (evidence === undefined) {
    evidence = toEvidence(sentence.text);
    evidenceBySentence.set(sentence, evidence);
  }
  return evidence;
}

/** A sentence as evidence: personal data removed, whitespace collapsed, at most 300 characters. */
export function toEvidence(text: string): string {
  const clean = removePersonalData(text).replace(/\s+/g, ' ').trim();
  return clean.length > EVIDENCE_MAX ? `${clean.slice(0, EVIDENCE_MAX - 1)}…` : clean;
}
