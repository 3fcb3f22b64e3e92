import { describe, expect, it } from 'vitest';
import { type CareerStepInput, orderCareer } from '../../server/career-order.ts';

function step(
  id: string,
  talk: string | null,
  year: number | null,
  offset: number,
  more: { kind?: string; to?: string; from?: string; date?: string | null } = {},
): CareerStepInput {
  return {
    decision: { id, kind: more.kind ?? 'joined', year, offset },
    talk: talk ? { id: talk, date: more.date === undefined ? '2021-01-01' : more.date } : null,
    from: more.from ? { id: more.from } : null,
    to: more.to ? { id: more.to } : { id: `to-${id}` },
  };
}

const ids = (steps: CareerStepInput[]) => orderCareer(steps).map((s) => s.decision.id);

describe('orderCareer', () => {
  it('orders dated steps by year, whatever order the talks tell them in', () => {
    expect(ids([step('c', 't1', 2020, 1), step('a', 't2', 2010, 9), step('b', 't1', 2015, 5)])).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('puts an undated step after the dated step its talk tells just before it', () => {
    const steps = [
      step('grad', 't', 2015, 10),
      step('army', 't', null, 20),
      step('job', 't', 2018, 30),
      step('x', 'u', 2016, 1),
    ];
    expect(ids(steps)).toEqual(['grad', 'army', 'x', 'job']);
  });

  it('puts an undated step told first before the first dated step of its talk', () => {
    expect(
      ids([step('first', 't', null, 1), step('dated', 't', 2012, 5), step('other', 'u', 2011, 1)]),
    ).toEqual(['other', 'first', 'dated']);
  });

  it('puts steps of talks that date nothing after every dated step, in talk then text order', () => {
    const steps = [
      step('late-b', 'tb', null, 2, { date: '2023' }),
      step('late-a', 'ta', null, 9, { date: '2019' }),
      step('late-a0', 'ta', null, 1, { date: '2019' }),
      step('dated', 'tc', 2030, 1),
    ];
    expect(ids(steps)).toEqual(['dated', 'late-a0', 'late-a', 'late-b']);
  });

  it('keeps text order among steps of one year in one talk, and talk date order across talks', () => {
    const steps = [
      step('b2', 'b', 2018, 2, { date: '2022' }),
      step('a2', 'a', 2018, 9, { date: '2020' }),
      step('a1', 'a', 2018, 3, { date: '2020' }),
    ];
    expect(ids(steps)).toEqual(['a1', 'a2', 'b2']);
  });

  it('drops a step told again in another talk, keeping the first', () => {
    const steps = [
      step('told-later', 'b', 2018, 1, { to: 'naver', date: '2022' }),
      step('told-first', 'a', 2018, 5, { to: 'naver', date: '2020' }),
      step('other-move', 'a', 2018, 6, { to: 'kaist', date: '2020' }),
    ];
    expect(ids(steps)).toEqual(['told-first', 'other-move']);
  });

  it('never merges steps that know nothing but their kind', () => {
    const bare = (id: string, offset: number): CareerStepInput => ({
      decision: { id, kind: 'other', year: null, offset },
      talk: { id: 't', date: null },
      from: null,
      to: null,
    });
    expect(ids([bare('x', 1), bare('y', 2)])).toEqual(['x', 'y']);
  });

  it('copes with no steps and with steps without a talk', () => {
    expect(orderCareer([])).toEqual([]);
    expect(ids([step('loose', null, null, 0), step('dated', null, 2001, 5)])).toEqual(['loose', 'dated']);
  });
});
