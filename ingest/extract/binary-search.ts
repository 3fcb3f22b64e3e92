/**
 * The first index in [0, length) where `reached` holds, for a predicate that holds from some
 * index on (a sorted array searched by position); `length` when it never holds. The extractors'
 * indexes of mentions, lines and years all look things up this way, so a long note stays linear.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(middle)) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}
