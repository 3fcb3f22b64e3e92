import { describe, expect, it } from 'vitest';
import { highlightSegments, moveActive, searchText } from '../../client/model/search-suggest.ts';

describe('highlightSegments', () => {
  it('marks the spans the API matched', () => {
    expect(highlightSegments('서민준', [{ start: 0, end: 2 }])).toEqual([
      { text: '서민', match: true },
      { text: '준', match: false },
    ]);
  });

  it('handles several, unsorted, overlapping and out-of-range spans', () => {
    const segments = highlightSegments('Minjoon Seo', [
      { start: 8, end: 11 },
      { start: 0, end: 3 },
      { start: 2, end: 5 },
      { start: 10, end: 40 },
    ]);
    expect(segments.map((s) => `${s.match ? '[' : ''}${s.text}${s.match ? ']' : ''}`).join('')).toBe(
      '[Min][jo]on [Seo]',
    );
  });

  it('returns the text unmarked without spans', () => {
    expect(highlightSegments('BERT', [])).toEqual([{ text: 'BERT', match: false }]);
  });
});

describe('moveActive', () => {
  it('wraps around and starts from either end', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('searchText', () => {
  it('asks for one Hangul syllable but not one Latin letter', () => {
    expect(searchText(' 서 ')).toBe('서');
    expect(searchText('b')).toBeNull();
    expect(searchText('   ')).toBeNull();
    expect(searchText('BE')).toBe('BE');
  });

  it('stays within the API limit', () => {
    expect(searchText('a'.repeat(300))?.length).toBe(200);
  });
});
