import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../../client/model/app-state.ts';
import * as act from '../../client/model/transitions.ts';

describe('transitions', () => {
  it('opening a node not on the map selects it and brings its neighbours', () => {
    const next = act.open({ ...INITIAL_STATE, view: 'career' }, 'model:bert', false);
    expect(next.node).toBe('model:bert');
    expect(next.view).toBe('map');
    expect(next.explore.expanded).toEqual([{ id: 'model:bert', types: null }]);
    expect(act.open(INITIAL_STATE, 'model:bert', true).explore.expanded).toEqual([]);
  });

  it('hiding the selected node clears the selection and its expansion', () => {
    const expanded = act.expandNode(INITIAL_STATE, { id: 'person:a', types: ['Talk'] });
    expect(expanded.node).toBe('person:a');
    const hidden = act.hideNode(expanded, 'person:a');
    expect(hidden.node).toBeNull();
    expect(hidden.explore).toEqual({ expanded: [], hidden: ['person:a'] });
  });

  it('toggles types in legend order and shows only one', () => {
    const off = act.toggleType(act.toggleType(INITIAL_STATE, 'Topic'), 'Person');
    expect(off.hiddenTypes).toEqual(['Person', 'Topic']);
    expect(act.toggleType(off, 'Topic').hiddenTypes).toEqual(['Person']);
    expect(act.onlyType(INITIAL_STATE, 'Talk').hiddenTypes).not.toContain('Talk');
    expect(act.showAllTypes(off).hiddenTypes).toEqual([]);
  });

  it('career and comparison switch to the career view', () => {
    const career = act.showCareer(INITIAL_STATE, 'person:a');
    expect(career).toMatchObject({ view: 'career', node: 'person:a' });
    expect(act.setCompare(career, 'person:b')).toMatchObject({ view: 'career', compare: 'person:b' });
  });

  it('reset goes back to the overview but keeps the renderer preference', () => {
    const busy = act.setPath(
      act.setRange({ ...INITIAL_STATE, renderer: 'webgl' }, { from: 2015, to: 2016 }),
      {
        from: 'a',
        to: 'b',
      },
    );
    expect(act.reset(busy)).toEqual({ ...INITIAL_STATE, renderer: 'webgl' });
  });
});

describe('filters and hidden nodes', () => {
  it('clear together, and hidden nodes come back at once', () => {
    const filtered = act.setRange(act.toggleType(INITIAL_STATE, 'Talk'), { from: 2010, to: 2012 });
    expect(act.clearFilters(filtered)).toEqual(INITIAL_STATE);
    const hidden = act.hideNode(act.hideNode(INITIAL_STATE, 'a'), 'b');
    expect(act.showHidden(hidden).explore.hidden).toEqual([]);
  });
});
