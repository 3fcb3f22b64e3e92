/**
 * Grounding: a model's fact is kept only when the note bears it out. Its evidence must occur
 * verbatim in the talk's text once whitespace is normalised (and Markdown emphasis marks, which
 * are formatting, not words, are ignored); every name it gives must occur in the text; a year must
 * be stated in the evidence or follow from it by the ingest's own year rules (a relative word
 * against the talk date, the section heading above it), else the year is dropped (the fact stays).
 */
import { findYears, sectionYears, talkYearOf } from '../extract/resolve-year.ts';
import { type Sentence, splitSentences } from '../extract/sentences.ts';

/** Characters ignored when comparing: Markdown emphasis and code marks. */
const MARKS = /[*`]/;

/** A talk's text prepared for verbatim lookups. */
export class GroundText {
  /** The text folded: NFKC per character, whitespace runs as one space, marks out, lower case. */
  readonly #folded: string;
  /** For each folded character, the offset of the original character it came from. */
  readonly #origin: number[];
  readonly #text: string;
  readonly #talkYear: number | null;
  #sentences: Sentence[] | undefined;
  #sections: Array<number | null> | undefined;

  constructor(text: string, date: string | null) {
    this.#text = text;
    this.#talkYear = talkYearOf(date);
    const folded: string[] = [];
    const origin: number[] = [];
    let space = true;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i] as string;
      if (/\s/.test(ch)) {
        if (!space) {
          folded.push(' ');
          origin.push(i);
        }
        space = true;
      } else if (!MARKS.test(ch)) {
        for (const out of ch.normalize('NFKC').toLowerCase()) {
          folded.push(out);
          origin.push(i);
        }
        space = false;
      }
    }
    this.#folded = folded.join('');
    this.#origin = origin;
  }

  /** Where `span` occurs in the original text (whitespace, marks and case aside), or null. */
  find(span: string): { start: number; end: number } | null {
    const needle = fold(span);
    const at = needle.length === 0 ? -1 : this.#folded.indexOf(needle);
    const start = this.#origin[at];
    const last = this.#origin[at + needle.length - 1];
    return start === undefined || last === undefined ? null : { start, end: last + 1 };
  }

  /**
   * Where `name` occurs as a name: Latin names must not sit inside a longer Latin word ("AI" is
   * not in "said"); Hangul may carry particles, so any occurrence counts.
   */
  findName(name: string): number {
    const needle = fold(name);
    if (needle.length < 2 && !/[가-힣]/.test(needle)) {
      return -1;
    }
    const latinEdge = /[a-z0-9]/;
    for (let at = this.#folded.indexOf(needle); at >= 0; at = this.#folded.indexOf(needle, at + 1)) {
      const before = this.#folded[at - 1] ?? ' ';
      const after = this.#folded[at + needle.length] ?? ' ';
      const startsLatin = latinEdge.test(needle[0] ?? '');
      const endsLatin = latinEdge.test(needle.at(-1) ?? '');
      if (!(startsLatin && latinEdge.test(before)) && !(endsLatin && latinEdge.test(after))) {
        return this.#origin[at] ?? -1;
      }
    }
    return -1;
  }

  /** How many times `name` occurs (at least 1 for a name that was found). */
  count(name: string): number {
    const needle = fold(name);
    let n = 0;
    for (
      let at = this.#folded.indexOf(needle);
      needle && at >= 0;
      at = this.#folded.indexOf(needle, at + 1)
    ) {
      n += 1;
    }
    return Math.max(1, n);
  }

  /**
   * True when `year` is what the ingest's year rules give for evidence found at `offset`: a year
   * written or resolved in the evidence itself, or the year of the section heading above it.
   */
  supportsYear(year: number, evidence: string, offset: number): boolean {
    if (findYears(evidence, this.#talkYear).some((m) => m.year === year)) {
      return true;
    }
    this.#sentences ??= splitSentences(this.#text);
    this.#sections ??= sectionYears(this.#sentences);
    const index = this.#sentences.findIndex((s) => s.end > offset);
    return index >= 0 && this.#sections[index] === year;
  }
}

export function fold(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[*`]/g, '').replace(/\s+/g, ' ').trim();
}
