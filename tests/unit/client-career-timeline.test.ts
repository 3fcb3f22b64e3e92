import { describe, expect, it } from 'vitest';
import {
  alignLanes,
  type CareerStep,
  isSameMove,
  placementYears,
  sameMoves,
  stepYearText,
} from '../../client/model/career-timeline.ts';

const naver = { id: 'institution:naver', name: 'Naver', type: 'Institution' };
const kaist = { id: 'institution:kaist', name: 'KAIST', type: 'Institution' };

function step(id: string, kind: string, year: number | null, to: typeof naver | null = null): CareerStep {
  return {
    id,
    kind,
    year,
    summary: `${kind} ${year ?? ''}`,
    evidence: `${id} evidence`,
    from: null,
    to,
    talk: null,
  };
}

// 서민준 as the API orders it: two undated steps first, then by year, an undated one last.
const seo = [
  step('major', 'major_change', null),
  step('grad', 'grad_school', null),
  step('mil', 'military_service', 2018, naver),
  step('join', 'joined', 2018, naver),
  step('prof', 'moved_to_academia', null, kaist),
];
const joo = [step('ku', 'moved_to_academia', 2015), step('kaist', 'moved_to_academia', 2020, kaist)];

describe('placementYears', () => {
  it('puts an undated step after the step told before it', () => {
    expect(placementYears(seo)).toEqual([
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      2018,
      2018,
      2018,
    ]);
  });
});

describe('alignLanes', () => {
  it('lays one career left to right, undated steps in text order', () => {
    const columns = alignLanes([seo]);
    expect(columns.map((c) => c.cells[0]?.id)).toEqual(['major', 'grad', 'mil', 'join', 'prof']);
    expect(columns.map((c) => c.year)).toEqual([null, null, 2018, 2018, 2018]);
    expect(columns.map((c) => c.firstOfYear)).toEqual([true, false, true, false, false]);
  });

  it('lines two careers up on one year axis', () => {
    const columns = alignLanes([seo, joo]);
    expect(columns.map((c) => c.year)).toEqual([null, null, 2015, 2018, 2018, 2018, 2020]);
    const year2015 = columns[2];
    expect(year2015?.cells.map((c) => c?.id ?? null)).toEqual([null, 'ku']);
    const year2020 = columns[6];
    expect(year2020?.cells.map((c) => c?.id ?? null)).toEqual([null, 'kaist']);
  });

  it('has no columns for no steps', () => {
    expect(alignLanes([[]])).toEqual([]);
  });
});

describe('same move', () => {
  it('is the same kind to the same place', () => {
    expect(isSameMove(step('a', 'joined', 2018, naver), step('b', 'joined', 2017, naver))).toBe(true);
    expect(isSameMove(step('a', 'joined', 2018, naver), step('b', 'left', 2017, naver))).toBe(false);
    expect(isSameMove(step('a', 'other', 2018), step('b', 'other', 2017))).toBe(false);
  });

  it('finds other people once each, earliest first, never the person themself', () => {
    const join = step('join', 'joined', 2018, naver);
    const people = [
      { person: { id: 'person:서민준', name: '서민준' }, steps: [join] },
      {
        person: { id: 'person:b', name: 'B' },
        steps: [step('b1', 'joined', 2019, naver), step('b2', 'joined', 2020, naver)],
      },
      { person: { id: 'person:a', name: 'A' }, steps: [step('a1', 'joined', 2017, naver)] },
      { person: { id: 'person:c', name: 'C' }, steps: [step('c1', 'left', 2017, naver)] },
    ];
    const found = sameMoves(join, people, 'person:서민준');
    expect(found.map((f) => [f.person.id, f.step.id])).toEqual([
      ['person:a', 'a1'],
      ['person:b', 'b1'],
    ]);
  });

  it('says when a year is not told', () => {
    expect(stepYearText(step('x', 'other', null))).toBe('year not told');
    expect(stepYearText(step('x', 'other', 2016))).toBe('2016');
  });
});
