/**
 * Spans that overlap a span, found through fixed-width buckets of text: a mention is short, so a
 * query looks at a bucket or two instead of every mention of a long note.
 */
interface Span {
  start: number;
  end: number;
}

const WIDTH = 64;

export class SpanBuckets<T extends Span> {
  readonly #buckets = new Map<number, T[]>();

  add(span: T): void {
    for (const bucket of bucketsOf(span)) {
      const list = this.#buckets.get(bucket);
      if (list) {
        list.push(span);
      } else {
        this.#buckets.set(bucket, [span]);
      }
    }
  }

  /** Whether any span added (and not removed) overlaps `[start, end)`: `a.start < end && start < a.end`. */
  some(start: number, end: number, accept: (span: T) => boolean = () => true): boolean {
    return this.overlapping(start, end).some(accept);
  }

  /** The spans added (and not removed) that overlap `[start, end)`, each once, in no set order. */
  overlapping(start: number, end: number): T[] {
    const found = new Set<T>();
    for (const bucket of bucketsOf({ start, end })) {
      for (const span of this.#buckets.get(bucket) ?? []) {
        if (span.start < end && start < span.end) {
          found.add(span);
        }
      }
    }
    return [...found];
  }

  remove(span: T): void {
    for (const bucket of bucketsOf(span)) {
      const list = this.#buckets.get(bucket);
      const at = list?.indexOf(span) ?? -1;
      if (list && at >= 0) {
        list.splice(at, 1);
      }
    }
  }
}

/**
 * The buckets a span touches. An empty span sits in the bucket of its offset: it overlaps a span
 * that strictly contains that offset, which then touches that bucket too.
 */
function bucketsOf({ start, end }: Span): number[] {
  const first = Math.floor(start / WIDTH);
  const last = Math.floor(Math.max(start, end - 1) / WIDTH);
  const buckets: number[] = [];
  for (let bucket = first; bucket <= last; bucket += 1) {
    buckets.push(bucket);
  }
  return buckets;
}
