/**
 * A talk's text reduced to its most frequent character trigrams: a tokenizer-free
 * representation that works for Korean (agglutinative, particles glued on) and English alike.
 * Stored on the Talk so related talks can be recomputed from the graph alone.
 */
export const FINGERPRINT_SIZE = 120;

export function fingerprint(text: string, size = FINGERPRINT_SIZE): string[] {
  // A gram is keyed by its three UTF-16 code units packed into one number (48 bits, exact in a
  // double): counting numbers, not sliced strings, made this a fifth of the time it was.
  const counts = new Map<number, number>();
  const normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const word of normalised.split(' ')) {
    // Trigrams inside words only; padding keeps short words (BERT, 대학원) as units.
    if (word.length === 0) {
      continue;
    }
    const padded = ` ${word} `;
    let a = padded.charCodeAt(0);
    let b = padded.charCodeAt(1);
    for (let i = 2; i < padded.length; i += 1) {
      const c = padded.charCodeAt(i);
      const gram = a * 2 ** 32 + b * 2 ** 16 + c;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
      a = b;
      b = c;
    }
  }
  const threshold = lowestKept(counts, size);
  // Numeric order of packed grams is the code-unit order of the strings they stand for.
  return [...counts.entries()]
    .filter(([, count]) => count >= threshold)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, size)
    .map(([gram]) =>
      String.fromCharCode(Math.floor(gram / 2 ** 32), Math.floor(gram / 2 ** 16) % 2 ** 16, gram % 2 ** 16),
    );
}

/** The count of the size-th most frequent gram: only grams this frequent need sorting. */
function lowestKept(counts: Map<number, number>, size: number): number {
  const byCount: number[] = [];
  for (const count of counts.values()) {
    byCount[count] = (byCount[count] ?? 0) + 1;
  }
  let kept = 0;
  for (let count = byCount.length - 1; count > 1; count -= 1) {
    kept += byCount[count] ?? 0;
    if (kept >= size) {
      return count;
    }
  }
  return 1;
}
