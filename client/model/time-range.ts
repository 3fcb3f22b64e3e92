/** Both ends included. */
export interface YearRange {
  from: number;
  to: number;
}

export interface YearCount {
  year: number;
  talks: number;
  decisions: number;
}

export function inRange(year: number, range: YearRange): boolean {
  return year >= range.from && year <= range.to;
}

/** A range from two years in either order (a drag can go left). */
export function rangeBetween(a: number, b: number): YearRange {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * Every year from the first to the last, empty ones included: the API leaves empty years out,
 * but a time bar with gaps closed would lie about distances.
 */
export function fillYears(years: readonly YearCount[]): YearCount[] {
  if (!years.length) {
    return [];
  }
  const byYear = new Map(years.map((y) => [y.year, y]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const filled: YearCount[] = [];
  for (let year = first; year <= last; year += 1) {
    filled.push(byYear.get(year) ?? { year, talks: 0, decisions: 0 });
  }
  return filled;
}

/** Bar heights 0–1 against the busiest year. */
export function barHeights(years: readonly YearCount[]): number[] {
  const most = Math.max(1, ...years.map((y) => y.talks + y.decisions));
  return years.map((y) => (y.talks + y.decisions) / most);
}

/**
 * The next frame of "play": the map grows year by year, from the start of the window (or the
 * first busy year) to the next year that has something in it, so what came before stays in
 * view. Null after the last: the player then shows all years, undated talks included.
 */
export function nextPlayRange(years: readonly YearCount[], current: YearRange | null): YearRange | null {
  const busy = years.filter((y) => y.talks + y.decisions > 0).map((y) => y.year);
  const first = busy[0];
  if (first === undefined) {
    return null;
  }
  if (!current) {
    return { from: first, to: first };
  }
  const next = busy.find((year) => year > current.to);
  return next === undefined ? null : { from: current.from, to: next };
}

/** Keeps a range inside the years the bar shows (a URL may ask for anything). */
export function clampRange(range: YearRange, years: readonly YearCount[]): YearRange | null {
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  if (first === undefined || last === undefined || range.to < first || range.from > last) {
    return null;
  }
  return { from: Math.max(first, range.from), to: Math.min(last, range.to) };
}

export function formatRange(range: YearRange | null): string {
  if (!range) {
    return 'All years';
  }
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
