import { describe, expect, it } from 'vitest';
import type { Fragment } from '../../client/model/graph.ts';
import {
  relationPhrase,
  routeOfPath,
  routeThrough,
  routeVia,
  sameRoute,
} from '../../client/model/path-route.ts';

// What `path(from: person:서민준, to: model:bert)` returns: the path's nodes and every edge among them.
const fragment: Fragment = {
  nodes: [
    { id: 'person:서민준', type: 'Person', label: '서민준' },
    { id: 'talk:m', type: 'Talk', label: '마스터클래스' },
    { id: 'model:bert', type: 'Model', label: 'BERT' },
  ],
  edges: [
    { source: 'talk:m', target: 'person:서민준', type: 'GIVEN_BY' },
    { source: 'talk:m', target: 'person:서민준', type: 'MENTIONS' },
    { source: 'talk:m', target: 'model:bert', type: 'MENTIONS' },
  ],
};

describe('routeThrough', () => {
  it('orders the path from one end to the other with one edge per step', () => {
    const route = routeThrough(fragment, 'person:서민준', 'model:bert');
    expect(route?.nodes).toEqual(['person:서민준', 'talk:m', 'model:bert']);
    expect(route?.edges.map((e) => e.type)).toEqual(['GIVEN_BY', 'MENTIONS']);
  });

  it('walks edges against their direction too', () => {
    expect(routeThrough(fragment, 'model:bert', 'person:서민준')?.nodes).toEqual([
      'model:bert',
      'talk:m',
      'person:서민준',
    ]);
  });

  it('is null when the API found no connection', () => {
    expect(routeThrough({ nodes: [], edges: [] }, 'person:서민준', 'model:bert')).toBeNull();
  });

  it('is a single node from a node to itself', () => {
    expect(routeThrough(fragment, 'talk:m', 'talk:m')).toEqual({ nodes: ['talk:m'], edges: [] });
  });
});

describe('relationPhrase', () => {
  const given = { source: 'talk:m', target: 'person:서민준', type: 'GIVEN_BY' };

  it('reads an edge from the node the route leaves', () => {
    expect(relationPhrase(given, 'talk:m')).toBe('given by');
    expect(relationPhrase(given, 'person:서민준')).toBe('gave');
  });

  it('falls back to the type in words for a relationship it does not know', () => {
    expect(relationPhrase({ source: 'a', target: 'b', type: 'CO_AUTHORED_WITH' }, 'a')).toBe(
      'co authored with',
    );
  });
});

describe('routes from shortestPaths', () => {
  const other: Fragment = {
    nodes: [
      { id: 'person:서민준', type: 'Person', label: '서민준' },
      { id: 'talk:n', type: 'Talk', label: '세미나' },
      { id: 'model:bert', type: 'Model', label: 'BERT' },
    ],
    edges: [
      { source: 'talk:n', target: 'person:서민준', type: 'GIVEN_BY' },
      { source: 'talk:n', target: 'model:bert', type: 'MENTIONS' },
    ],
  };

  it('keeps the order the API gives, and tells one path from another by the nodes between the ends', () => {
    const route = routeOfPath(other);
    expect(route.nodes).toEqual(['person:서민준', 'talk:n', 'model:bert']);
    expect(route.edges.map((e) => e.type)).toEqual(['GIVEN_BY', 'MENTIONS']);
    expect(routeVia(other).map((n) => n.label)).toEqual(['세미나']);
    const shown = routeThrough(fragment, 'person:서민준', 'model:bert');
    expect(sameRoute(shown, route)).toBe(false);
    expect(sameRoute(shown, { nodes: ['person:서민준', 'talk:m', 'model:bert'], edges: [] })).toBe(true);
    expect(sameRoute(null, route)).toBe(false);
  });
});
