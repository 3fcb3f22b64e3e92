import { describe, expect, it } from 'vitest';
import { comparePair, likelyDuplicates, type NamedInstitution } from '../../server/likely-duplicates.ts';

const inst = (id: string, name: string, aliases: string[] = [], family: string[] = []): NamedInstitution => ({
  id,
  name,
  aliases,
  family,
});

/** Issue 13: a review list of institutions the ingest kept apart that may be one. */
describe('likelyDuplicates', () => {
  it('lists a Korean and an English name of one place told in the same note', () => {
    const found = likelyDuplicates(
      [
        inst('gt-ko', '조지아공과대학교'),
        inst('gt', 'Georgia Tech'),
        inst('kaist', 'KAIST'),
        inst('ku', '고려대학교'),
      ],
      [
        ['gt-ko', 'gt'],
        ['gt-ko', 'kaist'],
        ['ku', 'kaist'],
      ],
    );
    expect(found.map((p) => [p.a, p.b])).toEqual([['gt', 'gt-ko']]);
    expect(found[0]?.reasons[0]).toMatch(/same note/);
  });

  it('finds names alike but for case or legal suffix, initials and shared aliases, not parent and part', () => {
    const found = likelyDuplicates(
      [
        inst('naver', 'Naver'),
        inst('naver-corp', 'NAVER Corp.'),
        inst('kaist', 'KAIST'),
        inst('kaist-long', 'Korea Advanced Institute of Science and Technology'),
        inst('snu', '서울대', ['SNU']),
        inst('snu-en', 'SNU'),
        inst('clova', 'Naver Clova', [], ['naver']),
      ],
      [],
    );
    const pairs = found.map((p) => `${p.a}|${p.b}`);
    expect(pairs).toContain('naver|naver-corp');
    expect(pairs).toContain('kaist|kaist-long');
    expect(pairs).toContain('snu|snu-en');
    expect(pairs).not.toContain('clova|naver');
    expect(found[0]?.score).toBe(1);
  });

  it('says nothing of two unrelated places', () => {
    expect(comparePair(inst('a', 'Upstage'), inst('b', 'Naver'), false)).toBeNull();
    expect(comparePair(inst('a', '업스테이지'), inst('b', 'Naver'), true)).toBeNull();
  });
});
