import { describe, expect, it } from 'vitest';
import {
  adjacency,
  degrees,
  edgeKey,
  type Fragment,
  isNodeType,
  mergeFragments,
} from '../../client/model/graph.ts';

const talk = { id: 'talk:a', type: 'Talk' as const, label: 'A talk' };
const person = { id: 'person:kim', type: 'Person' as const, label: '김' };
const given = { source: 'talk:a', target: 'person:kim', type: 'GIVEN_BY' };

describe('edgeKey', () => {
  it('is the same for the same relationship whoever fetched it', () => {
    expect(edgeKey(given)).toBe(edgeKey({ ...given, weight: 3 }));
    expect(edgeKey(given)).not.toBe(edgeKey({ ...given, type: 'MENTIONS' }));
  });
});

describe('mergeFragments', () => {
  it('keeps each node and edge once', () => {
    const a: Fragment = { nodes: [talk, person], edges: [given] };
    const merged = mergeFragments([a, a]);
    expect(merged.nodes).toHaveLength(2);
    expect(merged.edges).toHaveLength(1);
  });

  it('drops edges whose end is missing, which Cytoscape would refuse', () => {
    const merged = mergeFragments([{ nodes: [talk], edges: [given] }]);
    expect(merged.edges).toEqual([]);
  });

  it('prefers a non-empty label and reports truncation', () => {
    const merged = mergeFragments([
      { nodes: [{ ...person, label: '' }], edges: [] },
      { nodes: [person], edges: [], truncated: true },
    ]);
    expect(merged.nodes[0]?.label).toBe('김');
    expect(merged.truncated).toBe(true);
  });
});

describe('degrees and adjacency', () => {
  it('count both ends, undirected', () => {
    const graph: Fragment = { nodes: [talk, person], edges: [given] };
    expect(degrees(graph).get('person:kim')).toBe(1);
    expect([...(adjacency(graph).get('person:kim') ?? [])]).toEqual(['talk:a']);
  });
});

describe('isNodeType', () => {
  it('knows the API labels only', () => {
    expect(isNodeType('CareerDecision')).toBe(true);
    expect(isNodeType('Robot')).toBe(false);
  });
});
