/**
 * Finds the ontology's aliases in a talk with one Aho–Corasick pass (modern-ahocorasick) over
 * normalised text (NFKC, case-folded), then keeps the hits that stand as words: Latin names need
 * word boundaries (GPT-3 is not inside GPT-3.5, BERT not inside RoBERTa), Korean names may carry
 * glued particles (네이버에서) but are not the middle of a longer word; the longest hit wins.
 */
import AhoCorasick from 'modern-ahocorasick';
import type { EntityType } from '../../graph/model.ts';
import { checkDeadline } from './deadline.ts';
import { aliasKey, type Ontology, type OntologyAlias, type OntologyEntity } from './load-ontology.ts';
import {
  honorificChainEnd,
  honorificFollows,
  isHangulCode,
  isLatinOrDigitCode,
  particleChainEnd,
} from './particles.ts';
import { SpanBuckets } from './span-buckets.ts';
import type { Mention } from './types.ts';

type CharClass = 'latin' | 'hangul' | 'other';

interface AliasRef {
  entity: OntologyEntity;
  alias: OntologyAlias;
  first: CharClass;
  last: CharClass;
}

/** The compiled form of an ontology: built once, reused for every talk. */
export interface OntologyMatcher {
  readonly automaton: AhoCorasick<number>;
  /** Refs of each pattern, by the pattern's index (data of the automaton's matches). */
  readonly refs: readonly (readonly AliasRef[])[];
  readonly codec: AsciiCodec;
  /** Folded alias → entities, for looking names up outside a text (speakers, decisions). */
  readonly byAlias: ReadonlyMap<string, readonly OntologyEntity[]>;
}

/**
 * modern-ahocorasick walks non-ASCII text grapheme by grapheme with Intl.Segmenter (≈1.5 ms per
 * KB of Hangul here) but has an ASCII fast path (≈40× faster). So both the patterns and the text
 * are re-encoded into ASCII: every code point that occurs in some pattern becomes a fixed-width
 * run of control characters (a lead from LEADS, then trail digits), every other non-ASCII code
 * point becomes one BLOCK_CHAR. Leads never occur elsewhere, so a match always starts and ends on a
 * code point of the folded text.
 */
interface AsciiCodec {
  readonly alphabet: ReadonlyMap<number, string>;
}

const LEADS = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15];
const TRAIL_BASE = 16;
const BLOCK = 0x7f;
const BLOCK_CHAR = String.fromCharCode(BLOCK);

const compiled = new WeakMap<Ontology, OntologyMatcher>();

/** The matcher of an ontology, compiled on first use and cached for the ontology's lifetime. */
export function compileOntology(ontology: Ontology): OntologyMatcher {
  const cached = compiled.get(ontology);
  if (cached) {
    return cached;
  }
  const patterns = collectPatterns(ontology);
  const codec = buildCodec([...patterns.keys()]);
  const keys = [...patterns.keys()];
  const automaton = new AhoCorasick<number>(
    keys.map((key, index) => ({ pattern: encodePattern(key, codec), data: index })),
  );
  const matcher = {
    automaton,
    refs: keys.map((key) => patterns.get(key) ?? []),
    codec,
    byAlias: aliasIndex(ontology),
  };
  compiled.set(ontology, matcher);
  return matcher;
}

/** Every folded alias (and its spacing variants) → the aliases it stands for. */
function collectPatterns(ontology: Ontology): Map<string, AliasRef[]> {
  const patterns = new Map<string, AliasRef[]>();
  const variants: [string, AliasRef][] = [];
  for (const entity of ontology.entities) {
    for (const alias of entity.aliases) {
      const key = aliasKey(alias.text);
      if (isTooShort(key) && !alias.exact) {
        continue;
      }
      const ref = { entity, alias, first: classOf(key.codePointAt(0)), last: classOf(lastCodePoint(key)) };
      const list = patterns.get(key) ?? [];
      if (!list.some((r) => r.entity === entity)) {
        list.push(ref);
      }
      patterns.set(key, list);
      for (const variant of spacingVariants(key)) {
        variants.push([variant, ref]);
      }
    }
  }
  // Written aliases win over generated spellings; among generated ones, the first one declared.
  for (const [variant, ref] of variants) {
    if (!patterns.has(variant) && (!isTooShort(variant) || ref.alias.exact)) {
      patterns.set(variant, [ref]);
    }
  }
  return patterns;
}

/** Every spelling, short ones included (a lookup is not a search), and its spacing variants. */
function aliasIndex(ontology: Ontology): Map<string, OntologyEntity[]> {
  const index = new Map<string, OntologyEntity[]>();
  for (const entity of ontology.entities) {
    for (const alias of entity.aliases) {
      const key = aliasKey(alias.text);
      for (const spelling of [key, ...spacingVariants(key)]) {
        const list = index.get(spelling) ?? [];
        if (!list.includes(entity)) {
          list.push(entity);
        }
        index.set(spelling, list);
      }
    }
  }
  return index;
}

/** GPT-3 ↔ GPT 3 ↔ GPT3, 카네기 멜론 ↔ 카네기멜론, Hugging Face ↔ HuggingFace; 예시공과대학교 ↔ 예시공과대. */
function spacingVariants(key: string): string[] {
  const parts = key.split(/[\s-]+/).filter(Boolean);
  const spaced = parts.length < 2 ? [] : [parts.join(' '), parts.join('-'), parts.join('')];
  return [...spaced, ...shortForms(key)].filter((v) => v !== key);
}

/**
 * Korean writes a university by its short form as often as by its full name (예시대학교 → 예시대,
 * 예시대학): any alias ending in 대학교 stands for both. The stem must keep two syllables so the
 * short form stays a name (가대 would not be).
 */
function shortForms(key: string): string[] {
  const stem = /^(.*[가-힣]{2})대학교$/u.exec(key)?.[1];
  return stem === undefined ? [] : [`${stem}대`, `${stem}대학`];
}

/** Very short aliases (T5, KT, 삼) match half the corpus by accident unless marked exact. */
function isTooShort(key: string): boolean {
  if (/^[\x20-\x7e]+$/.test(key)) {
    return key.replace(/[^a-z0-9]/g, '').length <= 2;
  }
  return [...key].length <= 1;
}

function lastCodePoint(value: string): number | undefined {
  const last = value.codePointAt(value.length - 1);
  if (last !== undefined && last >= 0xdc00 && last <= 0xdfff && value.length > 1) {
    return value.codePointAt(value.length - 2);
  }
  return last;
}

function classOf(code: number | undefined): CharClass {
  if (code === undefined) {
    return 'other';
  }
  if (isHangulCode(code)) {
    return 'hangul';
  }
  return isLatinOrDigitCode(code) ? 'latin' : 'other';
}

function buildCodec(keys: readonly string[]): AsciiCodec {
  const points = new Set<number>();
  for (const key of keys) {
    for (const ch of key) {
      const code = ch.codePointAt(0) ?? 0;
      if (code >= 0x80) {
        points.add(code);
      }
    }
  }
  let width = 1;
  while (LEADS.length * TRAIL_BASE ** (width - 1) < points.size) {
    width += 1;
  }
  const alphabet = new Map<number, string>();
  let index = 0;
  for (const code of points) {
    alphabet.set(code, codeWord(index, width));
    index += 1;
  }
  return { alphabet };
}

function codeWord(index: number, width: number): string {
  const units = [LEADS[index % LEADS.length] ?? 1];
  let rest = Math.floor(index / LEADS.length);
  for (let i = 1; i < width; i += 1) {
    units.push(TRAIL_BASE + (rest % TRAIL_BASE));
    rest = Math.floor(rest / TRAIL_BASE);
  }
  return String.fromCharCode(...units);
}

function encodePattern(key: string, codec: AsciiCodec): string {
  let out = '';
  for (const ch of key) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x80 ? ch : (codec.alphabet.get(code) ?? BLOCK_CHAR);
  }
  return out;
}

/** Folded text (NFKC, lower case) with, for each of its code units, the offset it came from. */
export interface FoldedText {
  folded: string;
  /** origin[i] = offset in the original text of folded unit i; origin[folded.length] = text length. */
  origin: Int32Array;
}

export function foldText(text: string): FoldedText {
  const out = new UnitBuffer(text.length + 16);
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out.push(code >= 0x41 && code <= 0x5a ? code + 32 : code, i);
      i += 1;
      continue;
    }
    // A base and the marks or jamo that combine with it normalise together (e + ◌́ → é, ᄒ+ᅡ+ᆫ → 한).
    const end = clusterEnd(text, i);
    if (end === i + 1 && code >= 0xac00 && code <= 0xd7a3) {
      // Precomposed Hangul alone is already normal and has no case: the bulk of a Korean note.
      out.push(code, i);
    } else {
      const piece = text.slice(i, end).normalize('NFKC').toLowerCase();
      for (let k = 0; k < piece.length; k += 1) {
        out.push(piece.charCodeAt(k), i);
      }
    }
    i = end;
  }
  out.origin(text.length);
  return { folded: out.text(), origin: out.origins() };
}

/** UTF-16 units and, for each, the offset it stands for; grows as needed. */
class UnitBuffer {
  #units: Uint16Array;
  #from: Int32Array;
  #length = 0;

  constructor(capacity: number) {
    this.#units = new Uint16Array(capacity);
    this.#from = new Int32Array(capacity + 1);
  }

  push(unit: number, from: number): void {
    if (this.#length === this.#units.length) {
      const units = new Uint16Array(this.#units.length * 2);
      units.set(this.#units);
      const origins = new Int32Array(units.length + 1);
      origins.set(this.#from);
      this.#units = units;
      this.#from = origins;
    }
    this.#units[this.#length] = unit;
    this.#from[this.#length] = from;
    this.#length += 1;
  }

  /** The offset standing for the end of the units. */
  origin(end: number): void {
    this.#from[this.#length] = end;
  }

  text(): string {
    return UTF16.decode(this.#units.subarray(0, this.#length));
  }

  origins(): Int32Array {
    return this.#from.subarray(0, this.#length + 1);
  }
}

const UTF16 = new TextDecoder('utf-16le');

const MARK = /^\p{M}$/u;

/** Combines with what precedes it: a mark, a Hangul medial or final jamo, a joiner, a variation selector. */
function isCombining(code: number, ch: string): boolean {
  return (
    (code >= 0x1160 && code <= 0x11ff) ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    MARK.test(ch)
  );
}

/** The end of the cluster starting at `start`: its first code point plus what combines with it. */
function clusterEnd(text: string, start: number): number {
  let end = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  while (end < text.length) {
    const next = text.codePointAt(end) ?? 0;
    if (next < 0x300 || (next >= 0xac00 && next <= 0xd7a3)) {
      return end;
    }
    const width = next > 0xffff ? 2 : 1;
    if (!isCombining(next, text.slice(end, end + width))) {
      return end;
    }
    end += width;
  }
  return end;
}

/** The folded text in the codec's ASCII, with the folded offset of each ASCII unit. */
function encodeText(folded: string, codec: AsciiCodec): { ascii: string; toFolded: Int32Array } {
  const out = new UnitBuffer(folded.length * 2 + 16);
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (code >= 0x20 && code < 0x7f) {
      out.push(code, i);
    } else {
      const word = codec.alphabet.get(code);
      if (word !== undefined) {
        for (let k = 0; k < word.length; k += 1) {
          out.push(word.charCodeAt(k), i);
        }
      } else {
        out.push(/\s/u.test(String.fromCodePoint(code)) ? 0x20 : BLOCK, i);
      }
    }
    i += width;
  }
  out.origin(folded.length);
  return { ascii: out.text(), toFolded: out.origins() };
}

interface Candidate {
  start: number;
  end: number;
  refs: AliasRef[];
}

/** Every ontology entity mentioned in the text, as mentions in text order. */
export function matchOntology(text: string, ontology: Ontology): Mention[] {
  const matcher = compileOntology(ontology);
  const { folded, origin } = foldText(text);
  const { ascii, toFolded } = encodeText(folded, matcher.codec);
  const candidates: Candidate[] = [];
  for (const hit of matcher.automaton.search(ascii)) {
    checkDeadline();
    const start = toFolded[hit.start] ?? 0;
    const end = toFolded[hit.end] ?? folded.length;
    const refs = (matcher.refs[hit.data ?? -1] ?? []).filter((ref) =>
      standsAlone({ text, folded, origin, start, end }, ref),
    );
    if (refs.length > 0) {
      candidates.push({ start, end, refs });
    }
  }
  const chosen = longestFirst(candidates);
  const support = unambiguousCounts(chosen);
  const mentions: Mention[] = [];
  for (const candidate of chosen) {
    const from = origin[candidate.start] ?? 0;
    const to = origin[candidate.end] ?? text.length;
    for (const entity of pickEntities(candidate.refs, support)) {
      mentions.push({
        type: entity.type,
        name: entity.name,
        surface: text.slice(from, to),
        start: from,
        end: to,
        kind: entity.kind,
        origin: 'ontology',
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

interface Span {
  text: string;
  folded: string;
  origin: Int32Array;
  start: number;
  end: number;
}

/** Whether a hit is a whole name here: letter case, then the left and the right boundary. */
function standsAlone(span: Span, ref: AliasRef): boolean {
  if (ref.alias.caseSensitive && !sameLetters(span, ref.alias.text)) {
    return false;
  }
  return leftBoundary(span.folded, span.start, ref.first) && rightBoundary(span, ref);
}

function sameLetters(span: Span, written: string): boolean {
  const strip = (value: string) => value.normalize('NFKC').replace(/[\s-]+/g, '');
  const surface = span.text.slice(span.origin[span.start] ?? 0, span.origin[span.end] ?? span.text.length);
  return strip(surface) === strip(written);
}

function leftBoundary(folded: string, start: number, first: CharClass): boolean {
  if (start === 0 || first === 'other') {
    return true;
  }
  const before = codePointBefore(folded, start);
  if (first === 'hangul') {
    return !isHangulCode(before);
  }
  if (isLatinOrDigitCode(before)) {
    return false;
  }
  // Sentence-BERT, Ko-BERT: a hyphenated compound is another name.
  return !(before === 0x2d && start > 1 && isLatinOrDigitCode(codePointBefore(folded, start - 1)));
}

function rightBoundary(span: Span, ref: AliasRef): boolean {
  const { folded, end } = span;
  if (ref.alias.withHonorific) {
    return honorificFollows(folded, end);
  }
  if (end >= folded.length || ref.last === 'other') {
    return true;
  }
  const next = folded.codePointAt(end) ?? 0;
  if (ref.last === 'latin') {
    if (isLatinOrDigitCode(next)) {
      return false;
    }
    // GPT-3 in GPT-3.5, LLaMA in LLaMA-2: a version number continues the name.
    const after = folded.codePointAt(end + 1) ?? 0;
    return !((next === 0x2d || next === 0x2e) && after >= 0x30 && after <= 0x39);
  }
  if (!isHangulCode(next)) {
    return true;
  }
  return koreanEndAllowed(folded, end, ref.entity.type);
}

function koreanEndAllowed(folded: string, end: number, type: EntityType): boolean {
  // Field names compound freely in Korean (딥러닝쪽, 자연어처리관련, 통계학과); the left edge guards them.
  if (type === 'Topic') {
    return true;
  }
  return type === 'Person' ? honorificChainEnd(folded, end) >= 0 : particleChainEnd(folded, end) >= 0;
}

function codePointBefore(value: string, index: number): number {
  const unit = value.charCodeAt(index - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) {
    return value.codePointAt(index - 2) ?? unit;
  }
  return unit;
}

/** Overlapping hits: the longest wins (네이버 클로바 over 네이버), then the leftmost. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  // Looked up by offset: a long note has tens of thousands of hits.
  const taken = new SpanBuckets<Candidate>();
  for (const candidate of ordered) {
    if (!taken.some(candidate.start, candidate.end)) {
      kept.push(candidate);
      taken.add(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** How often each entity is named by a spelling that only it uses: the context for shared aliases. */
function unambiguousCounts(candidates: readonly Candidate[]): Map<OntologyEntity, number> {
  const counts = new Map<OntologyEntity, number>();
  for (const { refs } of candidates) {
    for (const ref of refs) {
      if (refs.filter((r) => r.entity.type === ref.entity.type).length === 1) {
        counts.set(ref.entity, (counts.get(ref.entity) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** One entity per type: a shared alias goes to the entity the talk otherwise names, else the first. */
function pickEntities(refs: readonly AliasRef[], support: Map<OntologyEntity, number>): OntologyEntity[] {
  const byType = new Map<EntityType, OntologyEntity>();
  for (const { entity } of refs) {
    const current = byType.get(entity.type);
    if (current === undefined || (support.get(entity) ?? 0) > (support.get(current) ?? 0)) {
      byType.set(entity.type, entity);
    }
  }
  return [...byType.values()];
}

/** The ontology entities a spelling stands for (any type unless given), e.g. for speakers' names. */
export function lookupAlias(ontology: Ontology, spelling: string, type?: EntityType): OntologyEntity[] {
  const found = compileOntology(ontology).byAlias.get(aliasKey(spelling)) ?? [];
  return type === undefined ? [...found] : found.filter((entity) => entity.type === type);
}
