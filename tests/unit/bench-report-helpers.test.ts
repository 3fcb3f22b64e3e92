import { describe, expect, it } from 'vitest';
import { CypherClock, statementKey } from '../../bench/lib/cypher-clock.ts';
import { median, percentile, ratio } from '../../bench/lib/stats.ts';
import { formatCell, renderTable } from '../../bench/table.ts';

describe('bench statistics', () => {
  it('takes medians of odd and even counts, NaN of none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
  });

  it('gives NaN for a ratio over zero', () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
  });
});

describe('bench tables', () => {
  it('formats figures with sensible precision', () => {
    expect(formatCell(12_345.6)).toBe('12,346');
    expect(formatCell(1.23456)).toBe('1.23');
    expect(formatCell(Number.NaN)).toBe('–');
    expect(formatCell(null)).toBe('–');
  });

  it('aligns names left and figures right', () => {
    const text = renderTable({
      title: 'T',
      head: ['name', 'ms'],
      rows: [
        ['a', 1.5],
        ['longer', 120],
      ],
    });
    expect(text.split('\n').slice(2, 6)).toEqual([
      'name     ms',
      '------  ---',
      'a       1.5',
      'longer  120',
    ]);
  });
});

describe('cypher clock', () => {
  it('keys statements by their first words, whitespace collapsed', () => {
    expect(statementKey('MATCH (n)\n   RETURN n')).toBe('MATCH (n) RETURN n');
    expect(statementKey(`UNWIND $rows AS row ${'x'.repeat(100)}`)).toHaveLength(72);
    expect(new CypherClock().sorted()).toEqual([]);
  });
});
