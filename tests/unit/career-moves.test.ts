import { describe, expect, it } from 'vitest';
import { consolidateMoves, type Telling } from '../../ingest/careers/career-moves.ts';
import { parentIndex, parentOf } from '../../ingest/careers/part-of.ts';
import { sameTalk } from '../../ingest/related/same-talk.ts';

const NAVER = { id: 'institution:naver', name: 'Naver', type: 'Institution', kind: 'company' };
const CLOVA = { id: 'institution:naver-clova', name: 'Naver Clova', type: 'Institution', kind: 'lab' };
const CIVIL = { id: 'topic:civil', name: 'Civil engineering', type: 'Topic' };
const COMPUTER = { id: 'topic:computer', name: 'Computer engineering', type: 'Topic' };

function telling(over: Partial<Telling> & Pick<Telling, 'decision' | 'kind' | 'talk'>): Telling {
  return {
    year: null,
    stated: false,
    offset: 0,
    evidence: '',
    talkDate: null,
    twins: [],
    source: `source:${over.talk}`,
    from: null,
    to: null,
    ...over,
  };
}

describe('consolidateMoves', () => {
  it('makes one move per kind and place, keeping every telling and a year conflict with its rule', () => {
    const moves = consolidateMoves('person:a', [
      telling({ decision: 'd1', kind: 'joined', talk: 't1', year: 2017, stated: true, to: NAVER }),
      telling({ decision: 'd2', kind: 'joined', talk: 't2', year: 2018, stated: true, to: NAVER, offset: 5 }),
      telling({ decision: 'd3', kind: 'major_change', talk: 't1', from: CIVIL, to: COMPUTER }),
      telling({ decision: 'd4', kind: 'major_change', talk: 't2', from: CIVIL }),
    ]);
    expect(moves.map((m) => `${m.kind} ${m.place}`)).toEqual([
      'joined institution:naver',
      'major_change topic:computer',
    ]);
    const joined = moves[0];
    expect(joined).toMatchObject({ year: 2017, yearConflict: true, tellings: ['d1', 'd2'], notes: 2 });
    expect(joined?.years.map((v) => v.year)).toEqual([2017, 2018]);
    expect(moves[1]?.tellings).toEqual(['d3', 'd4']);
  });

  it('prefers the year most talks state, counting write-ups of one talk once', () => {
    const moves = consolidateMoves('person:a', [
      telling({ decision: 'd1', kind: 'joined', talk: 't1', year: 2018, to: NAVER, twins: ['t2'] }),
      telling({ decision: 'd2', kind: 'joined', talk: 't2', year: 2018, to: NAVER, twins: ['t1'] }),
      telling({ decision: 'd3', kind: 'joined', talk: 't3', year: 2017, to: NAVER }),
      telling({ decision: 'd4', kind: 'joined', talk: 't4', year: 2017, to: NAVER }),
    ]);
    expect(moves[0]).toMatchObject({ year: 2017, talks: 3, notes: 4 });
  });

  it('keeps an other decision only when it is a career step', () => {
    const moves = consolidateMoves('person:a', [
      telling({
        decision: 'd1',
        kind: 'other',
        talk: 't1',
        year: 2016,
        evidence: '그 모델이 리더보드 1위에 올랐습니다.',
      }),
      telling({
        decision: 'd2',
        kind: 'other',
        talk: 't1',
        evidence: 'Plan to join Naver next year',
        to: NAVER,
      }),
      telling({
        decision: 'd3',
        kind: 'other',
        talk: 't1',
        evidence: 'Became a research scientist at Naver',
        to: NAVER,
      }),
    ]);
    expect(moves.map((m) => m.tellings)).toEqual([['d3']]);
  });

  it('places an undated move after the dated one told before it', () => {
    const moves = consolidateMoves('person:a', [
      telling({ decision: 'd1', kind: 'joined', talk: 't1', year: 2015, to: NAVER, offset: 1 }),
      telling({ decision: 'd2', kind: 'left', talk: 't1', from: NAVER, offset: 2 }),
      telling({ decision: 'd0', kind: 'grad_school', talk: 't2', year: 2012, to: CLOVA }),
    ]);
    expect(moves.map((m) => m.kind)).toEqual(['grad_school', 'joined', 'left']);
    expect(moves[2]?.placedYear).toBe(2015);
  });
});

describe('parent organisations', () => {
  it('rolls Naver Clova and 네이버 클로바 up to Naver, and leaves Naver alone', () => {
    const index = parentIndex();
    expect(parentOf(CLOVA.id, ['Naver Clova'], index)?.id).toBe('institution:naver');
    expect(parentOf('institution:x', ['네이버 클로바'], index)?.id).toBe('institution:naver');
    expect(parentOf(NAVER.id, ['Naver'], index)).toBeNull();
  });
});

describe('sameTalk', () => {
  const side = (id: string, title: string, date: string | null, entities: string[]) => ({
    id,
    title,
    date,
    fingerprint: [],
    entities: entities.map((e) => ({ id: e, aliases: [e] })),
  });
  it('accepts two dated notes of one day sharing most entities, refuses other dates', () => {
    const a = side('a', 'Profile', '2021-02-17', ['kaist', 'gatech', 'nlp']);
    expect(sameTalk(a, side('b', 'Q&A', '2021-02-17', ['kaist', 'gatech', 'nlp', 'bert'])).same).toBe(true);
    expect(sameTalk(a, side('b', 'Q&A', '2021-03-02', ['kaist', 'gatech', 'nlp'])).same).toBe(false);
  });
  it('needs agreeing titles for undated notes', () => {
    const a = side('a', 'from civil engineering to KAIST', null, ['civil engineering', 'kaist', 'uw']);
    expect(
      sameTalk(
        a,
        side('b', '토목공학과에서 civil engineering까지', null, ['civil engineering', 'kaist', 'uw']),
      ).same,
    ).toBe(true);
    expect(sameTalk(a, side('b', 'A talk on vision', null, ['civil engineering', 'kaist', 'uw'])).same).toBe(
      false,
    );
  });
});
