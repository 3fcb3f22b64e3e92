/**
 * A talk's text reduced to its most frequent character trigrams: a tokenizer-free
 * representation that works for Korean (agglutinative, particles glued on) and English alike.
 * Stored on the Talk so related talks can be recomputed from the graph alone.
 */
export const FINGERPRINT_SIZE = 120;

export function fingerprint(text: string, size = FINGERPRINT_SIZE): string[] {
  const counts = new Map<string, number>();
  const normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const word of normalised.split(' ')) {
    // Trigrams inside words only; padding keeps short words (BERT, 대학원) as units.
    const padded = ` ${word} `;
    if (word.length === 0) {
      continue;
    }
    for (let i = 0; i + 3 <= padded.length; i += 1) {
      const gram = padded.slice(i, i + 3);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  const threshold = lowestKept(counts, size);
  return [...counts.entries()]
    .filter(([, count]) => count >= threshold)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([gram]) => gram);
}

/** The count of the size-th most frequent gram: only grams this frequent need sorting. */
function lowestKept(counts: Map<string, number>, size: number): number {
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
