import { describe, expect, it } from 'vitest';
import {
  editDistance,
  escapeLucene,
  highlight,
  luceneQuery,
  MATCH,
  MAX_WORDS,
  matchQuality,
  searchTerms,
  searchWords,
  wordMatch,
} from '../../server/search-query.ts';

describe('luceneQuery', () => {
  it('makes every word exact-or-prefix, all required; longer words also infix and one typo away', () => {
    expect(luceneQuery('Seo Min')).toBe('(seo^4 OR seo*^2) AND (min^4 OR min*^2)');
    expect(luceneQuery('서민')).toBe('(서민^4 OR 서민*^2 OR *서민*)');
    expect(luceneQuery('서민쥰')).toBe('(서민쥰^4 OR 서민쥰*^2 OR *서민쥰* OR 서민쥰~1)');
    expect(luceneQuery('minjon')).toBe('(minjon^4 OR minjon*^2 OR *minjon* OR minjon~1)');
    expect(luceneQuery('transformers')).toContain('transformers~2');
  });

  it('reads a year beside other words as a filter, and alone as a word', () => {
    expect(searchTerms('upstage 2020')).toEqual({ words: ['upstage'], years: [2020] });
    expect(luceneQuery('upstage 2020')).toBe('(upstage^4 OR upstage*^2 OR *upstage* OR upstage~1)');
    expect(searchTerms('2020')).toEqual({ words: ['2020'], years: [] });
  });

  it('cuts words like the standard analyzer: hyphens split, decimals stay', () => {
    expect(searchWords('GPT-3.5 vs BERT가')).toEqual(['gpt', '3.5', 'vs', 'bert가']);
    expect(searchWords('ＧＰＴ')).toEqual(['gpt']); // full-width letters, NFKC
  });

  it('leaves no Lucene syntax from the input in the query', () => {
    for (const input of [
      '"a',
      'a AND (b',
      'x:y',
      'name:*',
      '[1 TO 2]',
      '{!}',
      'a || b && !c',
      '~2 ^3',
      'a\\b/c',
    ]) {
      const query = luceneQuery(input) ?? '';
      const userPart = query
        .replace(/\^[24]/g, '')
        .replace(/~[12]/g, '')
        .replace(/ OR /g, ' ')
        .replace(/\*/g, '')
        .replace(/ AND /g, ' ');
      expect(userPart, input).not.toMatch(/[:"[\]{}!~^\\/|&]|\bAND\b|\bOR\b|\bTO\b/);
    }
  });

  it('answers null when there is nothing to look for, and caps the words', () => {
    expect(luceneQuery('!!! ---')).toBeNull();
    expect(searchWords('a b c d e f g h i j k').length).toBe(MAX_WORDS);
  });

  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('highlight', () => {
  it('marks where query words start words of the best field', () => {
    expect(
      highlight({ name: 'Seo Minjoon', title: null, aliases: ['서민준', 'Seo Minjoon'] }, 'min'),
    ).toEqual({
      text: 'Seo Minjoon',
      field: 'name',
      spans: [{ start: 4, end: 7 }],
    });
  });

  it('prefers the alias that matched when the name did not', () => {
    expect(highlight({ name: 'NAVER', title: null, aliases: ['NAVER', '네이버'] }, '네이')).toEqual({
      text: '네이버',
      field: 'alias',
      spans: [{ start: 0, end: 2 }],
    });
  });

  it('uses a talk title, and every word that matched', () => {
    const talk = { name: 'Career talk by Kim', title: 'Career talk by Kim', aliases: null };
    expect(highlight(talk, 'kim career').spans).toEqual([
      { start: 0, end: 6 },
      { start: 15, end: 18 },
    ]);
  });

  it('falls back to the name with no spans when nothing matches', () => {
    expect(highlight({ name: 'X', title: null, aliases: [] }, 'zzz')).toEqual({
      text: 'X',
      field: 'name',
      spans: [],
    });
  });
});

describe('wordMatch and matchQuality', () => {
  it('grades exact, prefix, infix (a Korean given name) and a typo counted in jamo', () => {
    expect(wordMatch('서민준', '서민준')).toBe(MATCH.exact);
    expect(wordMatch('서민', '서민준')).toBe(MATCH.prefix);
    expect(wordMatch('민준', '서민준')).toBe(MATCH.infix);
    expect(wordMatch('서민쥰', '서민준')).toBe(MATCH.typo);
    expect(wordMatch('minjon', 'minjoon')).toBe(MATCH.typo);
    // Lucene counts 김 for 준 as one edit too; in jamo it is three.
    expect(wordMatch('서민김', '서민준')).toBe(MATCH.none);
    // Short words get no typo: 'seo' is not 'sea'.
    expect(wordMatch('seo', 'sea')).toBe(MATCH.none);
  });

  it('forgives a typo while the word is still being typed', () => {
    expect(wordMatch('minjo', 'minjoon')).toBe(MATCH.prefix);
    expect(wordMatch('mimjo', 'minjoon')).toBe(MATCH.typo);
  });

  it('needs every word to match something, and sums how well', () => {
    const seo = { name: '서민준', title: null, aliases: ['Minjoon Seo'] };
    expect(matchQuality(seo, ['민준'])).toBe(MATCH.infix);
    expect(matchQuality(seo, ['minjon', 'seo'])).toBe(MATCH.typo + MATCH.exact);
    expect(matchQuality(seo, ['서민김'])).toBe(0);
  });

  it('gives up an edit distance past its limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('highlights an infix and a typo', () => {
    expect(highlight({ name: '서민준', title: null, aliases: [] }, '민준').spans).toEqual([
      { start: 1, end: 3 },
    ]);
    expect(highlight({ name: 'Minjoon Seo', title: null, aliases: [] }, 'minjon').spans).toEqual([
      { start: 0, end: 7 },
    ]);
  });
});
