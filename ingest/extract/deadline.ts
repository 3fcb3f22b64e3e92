/**
 * A time budget for extracting one note, checked by the extractor's loops. Extraction is
 * synchronous, so the deadline of the note in progress is one value for the whole thread (each
 * worker thread has its own); `checkDeadline()` throws once it has passed, and the note fails by
 * name while the load goes on with the next one.
 */
import { performance } from 'node:perf_hooks';

export class ExtractionTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`extraction took longer than ${seconds(budgetMs)} s`);
    this.name = 'ExtractionTimeout';
  }
}

interface Deadline {
  at: number;
  budgetMs: number;
  clock: () => number;
}

let active: Deadline | null = null;

let defaultClock: () => number = () => performance.now();

/**
 * Replaces the clock (ms) of this thread's deadlines, or restores the real one when called
 * without: tests count the extractor's checks instead of time, so that they are never timed.
 */
export function useDeadlineClock(clock?: () => number): void {
  defaultClock = clock ?? (() => performance.now());
}

/**
 * Runs `extract` with a deadline `budgetMs` from now; `checkDeadline()` inside it throws an
 * ExtractionTimeout once the deadline has passed.
 */
export function withDeadline<T>(budgetMs: number, extract: () => T, clock: () => number = defaultClock): T {
  const outer = active;
  active = { at: clock() + budgetMs, budgetMs, clock };
  try {
    return extract();
  } finally {
    active = outer;
  }
}

/** Throws an ExtractionTimeout when the note being extracted is past its deadline. */
export function checkDeadline(): void {
  if (active !== null && active.clock() >= active.at) {
    throw new ExtractionTimeout(active.budgetMs);
  }
}

export function seconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}
