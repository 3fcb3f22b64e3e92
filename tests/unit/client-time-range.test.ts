import { describe, expect, it } from 'vitest';
import {
  barHeights,
  clampRange,
  fillYears,
  formatRange,
  inRange,
  nextPlayRange,
  rangeBetween,
} from '../../client/model/time-range.ts';

const years = [
  { year: 2015, talks: 0, decisions: 2 },
  { year: 2018, talks: 1, decisions: 3 },
  { year: 2021, talks: 12, decisions: 3 },
];

describe('fillYears', () => {
  it('puts back the empty years the API leaves out', () => {
    const filled = fillYears(years);
    expect(filled.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(filled[1]).toEqual({ year: 2016, talks: 0, decisions: 0 });
    expect(fillYears([])).toEqual([]);
  });
});

describe('ranges', () => {
  it('are inclusive and may be dragged leftwards', () => {
    expect(rangeBetween(2020, 2016)).toEqual({ from: 2016, to: 2020 });
    expect(inRange(2020, { from: 2016, to: 2020 })).toBe(true);
    expect(inRange(2021, { from: 2016, to: 2020 })).toBe(false);
  });

  it('are clamped to the years shown, or dropped when outside them', () => {
    const filled = fillYears(years);
    expect(clampRange({ from: 1990, to: 2016 }, filled)).toEqual({ from: 2015, to: 2016 });
    expect(clampRange({ from: 1990, to: 2000 }, filled)).toBeNull();
  });

  it('read as words', () => {
    expect(formatRange(null)).toBe('All years');
    expect(formatRange({ from: 2018, to: 2018 })).toBe('2018');
    expect(formatRange({ from: 2015, to: 2018 })).toBe('2015–2018');
  });
});

describe('barHeights', () => {
  it('are relative to the busiest year', () => {
    expect(barHeights(years)).toEqual([2 / 15, 4 / 15, 1]);
  });
});

describe('nextPlayRange', () => {
  const filled = fillYears(years);

  it('starts at the first busy year and grows to the next busy one, skipping empty years', () => {
    expect(nextPlayRange(filled, null)).toEqual({ from: 2015, to: 2015 });
    expect(nextPlayRange(filled, { from: 2015, to: 2015 })).toEqual({ from: 2015, to: 2018 });
  });

  it('keeps the start of the window and stops after the last year', () => {
    expect(nextPlayRange(filled, { from: 2014, to: 2015 })).toEqual({ from: 2014, to: 2018 });
    expect(nextPlayRange(filled, { from: 2021, to: 2021 })).toBeNull();
    expect(nextPlayRange([], null)).toBeNull();
  });
});
