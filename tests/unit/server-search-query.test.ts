import { describe, expect, it } from 'vitest';
import { escapeLucene, highlight, luceneQuery, MAX_WORDS, searchWords } from '../../server/search-query.ts';

describe('luceneQuery', () => {
  it('makes every word exact-or-prefix, all required', () => {
    expect(luceneQuery('Seo Min')).toBe('(seo^2 OR seo*) AND (min^2 OR min*)');
    expect(luceneQuery('서민')).toBe('(서민^2 OR 서민*)');
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
        .replace(/\^2 OR /g, ' ')
        .replace(/\*\)/g, ')')
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
