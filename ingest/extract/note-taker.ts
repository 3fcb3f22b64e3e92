/**
 * The note-taker's own asides in notes of someone else's talk: "(나: 나는 작년에 입대했다…)",
 * "내 생각: …", "개인적으로 …" at the start of a line. What is said there is the writer's story,
 * not the speaker's, so a step told in it belongs to the (usually unnamed) note-taker.
 */

import { firstIndex } from './binary-search.ts';
import { TextLines } from './text-lines.ts';

/** Stands for the note's writer as the person of a decision; graph-rows maps it to the author. */
export const NOTE_TAKER = '\u0000note-taker';

const ASIDE_OPEN = /\(\s*(?:나|내\s?생각|사견|개인적(?:인\s?생각|으로)?|me|my take)\s*[:：]/giu;
const ASIDE_LINE =
  /^\s*(?:[-*•>]\s*)?(?:\*\*)?(?:나|내\s?생각|사견|개인적인\s?생각|느낀\s?점|my take)(?:\*\*)?\s*[:：]/iu;

/** Whether `offset` of `text` sits in a note-taker's aside (an open aside parenthesis, or an aside line). */
export function inNoteTakersAside(text: string, offset: number): boolean {
  return new NoteTakersAsides(text).covers(offset);
}

/**
 * The asides of one text, found once: a talk asks for every decision, and scanning its line up to
 * the decision each time is quadratic on a note saved as one long line.
 */
export class NoteTakersAsides {
  readonly #text: string;
  readonly #lines: TextLines;
  /** Every aside opening "(나:" of the text, in text order: [start, end]. */
  readonly #opens: Array<readonly [number, number]>;

  constructor(text: string, lines = new TextLines(text)) {
    this.#text = text;
    this.#lines = lines;
    // Openings never overlap and hold no "(" after their first character, so those of any part
    // of the text are exactly the openings of the whole text that lie inside it.
    this.#opens = [...text.matchAll(ASIDE_OPEN)].map((m) => [m.index, m.index + m[0].length] as const);
  }

  covers(offset: number): boolean {
    const lineStart = this.#lines.lineStart(offset);
    // A sentence may open with the aside's own parenthesis: look a little past its start.
    const headEnd = Math.min(this.#text.length, offset + 12);
    if (ASIDE_LINE.test(this.#text.slice(lineStart, offset + 12))) {
      return true;
    }
    // The last opening that starts on this line by `offset` and ends by `headEnd`.
    let at = firstAfter(this.#opens, offset) - 1;
    if ((this.#opens[at]?.[1] ?? 0) > headEnd) {
      at -= 1;
    }
    const open = this.#opens[at]?.[0] ?? -1;
    return open >= lineStart && this.#lines.lastIndexOf(')', offset - 1) < open;
  }
}

/** The index of the first opening that starts after `offset`. */
function firstAfter(opens: ReadonlyArray<readonly [number, number]>, offset: number): number {
  return firstIndex(opens.length, (i) => (opens[i]?.[0] ?? 0) > offset);
}
