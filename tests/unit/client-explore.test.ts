import { describe, expect, it } from 'vitest';
import {
  collapse,
  composeGraph,
  EMPTY_EXPLORE,
  expand,
  expansionKey,
  hide,
  isExpanded,
  unhide,
} from '../../client/model/explore.ts';
import type { Fragment } from '../../client/model/graph.ts';

const overview: Fragment = {
  nodes: [
    { id: 'talk:a', type: 'Talk', label: 'A' },
    { id: 'person:kim', type: 'Person', label: '김' },
  ],
  edges: [{ source: 'talk:a', target: 'person:kim', type: 'GIVEN_BY' }],
};
const aroundTalk: Fragment = {
  nodes: [
    { id: 'talk:a', type: 'Talk', label: 'A' },
    { id: 'model:bert', type: 'Model', label: 'BERT' },
  ],
  edges: [{ source: 'talk:a', target: 'model:bert', type: 'MENTIONS' }],
};

describe('explore state', () => {
  it('expands a node once per type selection, types in any order', () => {
    const once = expand(EMPTY_EXPLORE, { id: 'talk:a', types: ['Model', 'Person'] });
    expect(expand(once, { id: 'talk:a', types: ['Person', 'Model'] })).toBe(once);
    expect(expansionKey({ id: 'talk:a', types: null })).toBe('talk:a|*');
    expect(isExpanded(once, 'talk:a')).toBe(true);
  });

  it('collapse takes back every expansion of a node', () => {
    const state = expand(expand(EMPTY_EXPLORE, { id: 'talk:a', types: null }), {
      id: 'talk:a',
      types: ['Model'],
    });
    expect(collapse(state, 'talk:a').expanded).toEqual([]);
    expect(collapse(EMPTY_EXPLORE, 'talk:a')).toBe(EMPTY_EXPLORE);
  });

  it('hides and shows again; expanding a hidden node shows it', () => {
    const hidden = hide(EMPTY_EXPLORE, 'model:bert');
    expect(hidden.hidden).toEqual(['model:bert']);
    expect(unhide(hidden, 'model:bert').hidden).toEqual([]);
    expect(expand(hidden, { id: 'model:bert', types: null }).hidden).toEqual([]);
  });
});

describe('composeGraph', () => {
  const cache = new Map([[expansionKey({ id: 'talk:a', types: null }), aroundTalk]]);

  it('is the overview plus what the state expanded', () => {
    const state = expand(EMPTY_EXPLORE, { id: 'talk:a', types: null });
    const graph = composeGraph(overview, cache, state);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['model:bert', 'person:kim', 'talk:a']);
    expect(graph.edges).toHaveLength(2);
  });

  it('leaves out what is collapsed, hidden, or not fetched yet', () => {
    expect(composeGraph(overview, cache, EMPTY_EXPLORE).nodes).toHaveLength(2);
    const hidden = hide(expand(EMPTY_EXPLORE, { id: 'talk:a', types: null }), 'person:kim');
    const graph = composeGraph(overview, cache, hidden);
    expect(graph.nodes.map((n) => n.id)).not.toContain('person:kim');
    expect(graph.edges.every((e) => e.target !== 'person:kim')).toBe(true);
    const unfetched = expand(EMPTY_EXPLORE, { id: 'person:kim', types: null });
    expect(composeGraph(overview, cache, unfetched).nodes).toHaveLength(2);
  });

  it('adds extra fragments such as a path', () => {
    expect(composeGraph(overview, new Map(), EMPTY_EXPLORE, [aroundTalk]).nodes).toHaveLength(3);
  });
});
