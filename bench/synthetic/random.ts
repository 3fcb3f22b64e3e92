/**
 * Seeded randomness for the synthetic corpus. Math.random would make two runs of the bench
 * measure different corpora, so every draw goes through one of these generators.
 */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough to draw names and sentences (not for crypto). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [min, max], both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

/**
 * Draws items with Zipf-like popularity (weight 1 / rank^exponent): the first few items are the
 * hubs every note mentions, the rest a long tail, as in real talk notes (BERT vs. a rare dataset).
 */
export class Zipf<T> {
  private readonly cumulative: number[] = [];

  constructor(
    readonly items: readonly T[],
    exponent = 1,
  ) {
    if (items.length === 0) {
      throw new Error('Zipf over an empty list');
    }
    let total = 0;
    for (let rank = 1; rank <= items.length; rank += 1) {
      total += 1 / rank ** exponent;
      this.cumulative.push(total);
    }
  }

  draw(random: Random): T {
    const target = random() * (this.cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return this.items[low] as T;
  }

  /** `count` distinct items (fewer when the list is shorter). */
  drawDistinct(random: Random, count: number): T[] {
    const found = new Set<T>();
    const wanted = Math.min(count, this.items.length);
    for (let tries = 0; found.size < wanted && tries < wanted * 20; tries += 1) {
      found.add(this.draw(random));
    }
    return [...found];
  }
}
