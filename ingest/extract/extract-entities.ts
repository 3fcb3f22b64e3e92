/**
 * The offline entity extractor: ontology matches first, discovered names where the ontology
 * says nothing, then everything folded into one entity per thing the talk mentions.
 */
import { withEditionYears } from './discover-conferences.ts';
import { type DiscoveredMention, discoverEntities, GENERIC_PLACES, isJunk } from './discover-entities.ts';
import { mention } from './discovered.ts';
import { loadOntology, type Ontology } from './load-ontology.ts';
import { matchOntology } from './match-ontology.ts';
import { resolveEntities } from './resolve-entities.ts';
import { SpanBuckets } from './span-buckets.ts';
import type { Mention, TalkEntity } from './types.ts';

export interface ExtractEntitiesOptions {
  /** @default the ontology of `ingest/ontology/`, loaded once */
  ontology?: Ontology;
  /** The talk's speakers, as found in its heading or front matter: context for nicknames. */
  speakers?: string[];
}

export interface ExtractedEntities {
  /** Every mention in text order, with canonical names (offsets into the given text). */
  mentions: Mention[];
  /** One per entity of the talk, in order of first mention. */
  entities: TalkEntity[];
}

export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): ExtractedEntities {
  const ontology = options.ontology ?? loadOntology();
  // Addresses are no names: "upstage" in a URL or "gmail" in an e-mail must not become entities.
  const visible = blankAddresses(text);
  const known = matchOntology(visible, ontology);
  const discovered = [
    ...discoverEntities(visible, { ontology }),
    ...speakerOccurrences(visible, options.speakers ?? []),
  ];
  const merged = withEditionYears(visible, mergeMentions(known, discovered));
  const glossed = [...merged, ...glossMentions(visible, merged)].sort((a, b) => a.start - b.start);
  return resolveEntities(text, glossed, { ontology, speakers: options.speakers ?? [] });
}

/**
 * Every place the text writes a speaker's full name is a mention of them ("Jane Doe is a professor
 * …" under a "Dr. Jane Doe" heading): the rules that find people need a cue the body may not give.
 */
export function speakerOccurrences(text: string, speakers: readonly string[]): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const name of new Set(speakers)) {
    if (name.length < 3) {
      continue;
    }
    const latin = /^[\p{Script=Latin} .'’-]+$/u.test(name);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + name.length);
      const edge = latin ? /[\p{L}\p{N}]/u : /[가-힣]/u;
      // A Hangul name may carry its particles (X는, X가); a Latin name stands as whole words.
      if (!edge.test(before) && (!latin ? true : !edge.test(after))) {
        out.push({ ...mention('Person', name, at, name) });
      }
    }
  }
  return out;
}

/** [cheap marker that must be present, pattern]: most notes have no address at all. */
const ADDRESSES: readonly [string, RegExp][] = [
  ['://', /\b(?:https?|ftp):\/\/[^\s<>()"']+/giu],
  ['www.', /\bwww\.[^\s<>()"']+/giu],
  ['@', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
];

/** The text with URLs and e-mail addresses replaced by spaces: same length, so offsets hold. */
export function blankAddresses(text: string): string {
  let out = text;
  for (const [marker, pattern] of ADDRESSES) {
    if (out.includes(marker)) {
      out = out.replace(pattern, (found) => ' '.repeat(found.length));
    }
  }
  return out;
}

/**
 * Ontology mentions stand; a discovered mention is kept where it overlaps none of them, longest
 * first. Two exceptions, where the discovered name is the more specific one: a model name that
 * extends an ontology model with a version (LLaMA 4 around LLaMA), and an institution named by
 * a strong cue around a field or its parent (Acme Robotics, Samsung Research America).
 */
export function mergeMentions(
  known: readonly Mention[],
  discovered: readonly DiscoveredMention[],
): DiscoveredMention[] {
  // Kept mentions sit in buckets by offset (a long note has thousands); `order` keeps the order
  // they were kept in, which breaks ties between equal starts in the final sort.
  const kept = new SpanBuckets<DiscoveredMention>();
  const order = new Map<DiscoveredMention, number>();
  const keep = (mention: DiscoveredMention) => {
    kept.add(mention);
    order.set(mention, order.size);
  };
  for (const mention of known) {
    keep(mention);
  }
  const longestFirst = [...discovered].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const candidate of longestFirst) {
    const overlapping = kept.overlapping(candidate.start, candidate.end);
    if (overlapping.length === 0) {
      keep(candidate);
    } else if (overlapping.every((m) => extendsWithVersion(candidate, m) || isMoreSpecific(candidate, m))) {
      for (const m of overlapping) {
        kept.remove(m);
        order.delete(m);
      }
      keep(candidate);
    }
  }
  return [...order.keys()].sort((a, b) => a.start - b.start);
}

function extendsWithVersion(candidate: Mention, inner: Mention): boolean {
  return (
    candidate.type === 'Model' &&
    inner.type === 'Model' &&
    inner.origin === 'ontology' &&
    candidate.start <= inner.start &&
    inner.end < candidate.end &&
    /^[\s-]?\d/.test(candidate.surface.slice(inner.end - candidate.start))
  );
}

/** A strongly cued name around a field or a parent organisation: Acme Robotics, Samsung Research America. */
function isMoreSpecific(candidate: DiscoveredMention, inner: Mention): boolean {
  return (
    candidate.specific === true &&
    (inner.type === 'Topic' || inner.type === 'Institution') &&
    candidate.start <= inner.start &&
    inner.end <= candidate.end &&
    inner.end - inner.start < candidate.end - candidate.start
  );
}

/** Words that name a kind of thing, not a thing: 회사(보이스루), 학회(CHI), 모델(BERT). */
const GLOSS_GENERIC = new Set(
  (
    '회사 학회 모델 대학 학교 기업 대회 논문 데이터 데이터셋 벤치마크 컨퍼런스 연구소 연구실 팀 서비스 플랫폼 ' +
    '커뮤니티 프레임워크 라이브러리 기관 재단 프로그램 과정 강의 수업 약어 영문 한글 영어 한국어 정식명칭 줄임말 ' +
    '뉴스레터 블로그 사이트 홈페이지 채널 유튜브 트위터 깃허브 논문집 학술지 저널'
  ).split(' '),
);
const HANGUL = /[가-힣]/u;
/** The word(s) right before "(": a Hangul word, maybe after a short acronym (UC 샌디에이고), or a Latin name. */
const WORD_BEFORE =
  /(?:(?:[A-Z]{1,5}\s)?[가-힣][가-힣A-Za-z0-9&]*|[A-Za-z][A-Za-z0-9&.-]*(?:\s[A-Z][A-Za-z0-9&.-]*){0,2})$/u;
/** The word(s) inside "(…)" right after a name. */
const WORD_INSIDE = /^\(\s*([가-힣A-Za-z][가-힣A-Za-z0-9&. -]{0,30}?)\s*\)/u;

/**
 * 라인(LINE), UC 샌디에이고(UCSD), Riiid(뤼이드): a name glossed in the other script right beside a
 * known one is another spelling of the same entity in this talk. Both sides must differ in script
 * (KLUE(Korean) is an explanation, not a spelling) and the gloss must not be a common noun.
 */
export function glossMentions(text: string, mentions: readonly DiscoveredMention[]): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  const spans = new SpanBuckets<Mention>();
  for (const m of mentions) {
    spans.add(m);
  }
  const taken = (start: number, end: number) => spans.some(start, end);
  for (const m of mentions) {
    if (m.type === 'Person') {
      continue;
    }
    for (const [start, word] of glossesOf(text, m)) {
      const end = start + word.length;
      if (scriptsPair(word, m.surface) && isGlossWord(word) && !taken(start, end)) {
        const gloss: DiscoveredMention = { ...m, surface: word, start, end, origin: 'discovered' };
        out.push(gloss);
        spans.add(gloss);
      }
    }
  }
  return out;
}

/** [offset, word] of the words around a mention written as "word(mention)" or "mention(word)". */
function glossesOf(text: string, m: Mention): [number, string][] {
  const found: [number, string][] = [];
  if (text[m.start - 1] === '(' && text[m.end] === ')') {
    const before = text.slice(Math.max(0, m.start - 41), m.start - 1);
    const word = before.match(WORD_BEFORE)?.[0];
    if (word) {
      found.push([m.start - 1 - word.length, word]);
    }
  }
  const inside = text.slice(m.end, m.end + 40).match(WORD_INSIDE);
  if (inside?.[1]) {
    found.push([m.end + inside[0].indexOf(inside[1]), inside[1]]);
  }
  return found;
}

/**
 * One side Hangul, the other a single Latin token (a brand or an acronym: LINE, UCSD, Riiid); a
 * Latin phrase beside a Hangul word is an explanation (뉴스레터(papers with code)), not a spelling.
 */
function scriptsPair(a: string, b: string): boolean {
  const latin = HANGUL.test(a) ? b : a;
  return HANGUL.test(a) !== HANGUL.test(b) && !/\s/.test(latin.trim());
}

function isGlossWord(word: string): boolean {
  const last = word.split(/\s+/).pop() ?? word;
  return !GLOSS_GENERIC.has(last) && !GENERIC_PLACES.has(last) && !isJunk(word) && !/^\d/.test(word);
}
