import { describe, expect, it } from 'vitest';
import { type AppState, INITIAL_STATE, sameState } from '../../client/model/app-state.ts';
import { decodeState, encodeState, urlCorrections } from '../../client/model/url-state.ts';

const full: AppState = {
  node: 'person:서민준',
  view: 'career',
  compare: 'person:주재걸',
  hiddenTypes: ['Source', 'Topic'],
  range: { from: 2015, to: 2020 },
  explore: {
    expanded: [
      { id: 'person:서민준', types: null },
      { id: 'institution:university-of-washington에서', types: ['Talk', 'Person'] },
    ],
    hidden: ['talk:3b2da7486c6fcb10'],
  },
  path: { from: 'person:서민준', to: 'model:bert' },
  renderer: 'webgl',
};

describe('URL state', () => {
  it('round-trips every part of the view, Hangul ids included', () => {
    expect(decodeState(encodeState(full))).toEqual(full);
  });

  it('keeps a plain link plain', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('writes one year as one number', () => {
    const search = encodeState({ ...INITIAL_STATE, range: { from: 2018, to: 2018 } });
    expect(search).toBe('?years=2018');
    expect(decodeState(search).range).toEqual({ from: 2018, to: 2018 });
  });

  it('ignores what it does not understand instead of failing', () => {
    const state = decodeState('?view=graph&years=recent&off=Robot,Talk&renderer=svg&x=&pathFrom=a');
    expect(state.view).toBe('map');
    expect(state.range).toBeNull();
    expect(state.hiddenTypes).toEqual(['Talk']);
    expect(state.renderer).toBe('auto');
    expect(state.explore.expanded).toEqual([]);
    expect(state.path).toBeNull();
  });

  it('reads a reversed year range in order', () => {
    expect(decodeState('?years=2020-2015').range).toEqual({ from: 2015, to: 2020 });
  });

  it('an expansion whose types are all unknown is dropped, an id with a bar is kept', () => {
    expect(decodeState('?x=talk:a|Robot').explore.expanded).toEqual([]);
    expect(decodeState('?x=topic:a|b|Talk').explore.expanded).toEqual([{ id: 'topic:a|b', types: ['Talk'] }]);
  });
});

describe('sameState', () => {
  it('compares by value', () => {
    expect(sameState(full, structuredClone(full))).toBe(true);
    expect(sameState(full, { ...full, node: null })).toBe(false);
  });
});

describe('urlCorrections', () => {
  it('names what a link asked for and could not get', () => {
    expect(urlCorrections('?years=abc&off=Talk,Spaceship&view=graph&renderer=svg&pathFrom=a')).toEqual([
      '“years=abc” is not a year or a range like 2015-2018: showing all years.',
      'Unknown type Spaceship ignored.',
      'Unknown view “graph”: showing the map.',
      'Unknown renderer “svg”: choosing automatically.',
      'A connection needs both ends (pathFrom and pathTo): ignored.',
    ]);
  });

  it('says nothing about a good link', () => {
    expect(
      urlCorrections('?years=2015-2018&off=Talk&view=career&renderer=webgl&pathFrom=a&pathTo=b'),
    ).toEqual([]);
  });
});
