/**
 * Where a talk's lines start and end, and where a character last occurs, found by binary search.
 * `text.lastIndexOf('\n', offset)` asked once per sentence walks back to the line's start: on a
 * note saved as one long line that is the whole note every time, quadratic in its length.
 */
import { firstIndex } from './binary-search.ts';

export class TextLines {
  readonly #text: string;
  readonly #positions = new Map<string, number[]>();

  constructor(text: string) {
    this.#text = text;
  }

  /** Where the line holding `offset` starts: `text.lastIndexOf('\n', offset - 1) + 1`. */
  lineStart(offset: number): number {
    return this.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Where the line holding `offset` ends: `text.indexOf('\n', offset)`, -1 on the last line. */
  lineEnd(offset: number): number {
    const newlines = this.#of('\n');
    const at = firstAtOrAfter(newlines, Math.max(0, offset));
    return newlines[at] ?? -1;
  }

  /** `text.lastIndexOf(char, from)` for one UTF-16 unit `char`, in log time. */
  lastIndexOf(char: string, from: number): number {
    const positions = this.#of(char);
    return positions[firstAtOrAfter(positions, Math.max(0, from) + 1) - 1] ?? -1;
  }

  /** Every position of `char` in the text, sorted; computed once per character asked for. */
  #of(char: string): number[] {
    let positions = this.#positions.get(char);
    if (!positions) {
      positions = [];
      for (let at = this.#text.indexOf(char); at >= 0; at = this.#text.indexOf(char, at + 1)) {
        positions.push(at);
      }
      this.#positions.set(char, positions);
    }
    return positions;
  }
}

/** The index of the first value ≥ `value` in a sorted array (its length when there is none). */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  return firstIndex(sorted.length, (i) => (sorted[i] as number) >= value);
}
