import { describe, expect, it } from 'vitest';
import type { Fragment } from '../../client/model/graph.ts';
import {
  centroid,
  draftSpread,
  FORCE_LAYOUT_LIMIT,
  placeNewNodes,
  planLayout,
  spiralPoint,
  withoutDrift,
} from '../../client/model/layout-plan.ts';

describe('planLayout', () => {
  it('lays out a first picture fully, in draft beyond the force limit', () => {
    expect(planLayout([], 0, 80)).toEqual({ mode: 'full', quality: 'default', spread: 1 });
    expect(planLayout([], 0, FORCE_LAYOUT_LIMIT + 1)).toMatchObject({ mode: 'full', quality: 'draft' });
    expect(planLayout([], 0, 0)).toEqual({ mode: 'none' });
  });

  it('pins every placed node when nodes are added, so nothing the user saw moves', () => {
    expect(planLayout(['a', 'b'], 3, 5)).toEqual({ mode: 'incremental', fixed: ['a', 'b'] });
  });

  it('does nothing when only nodes left, or the graph is too large to settle each time', () => {
    expect(planLayout(['a'], 0, 1)).toEqual({ mode: 'none' });
    expect(planLayout(['a'], 2, FORCE_LAYOUT_LIMIT + 10)).toEqual({ mode: 'none' });
  });
});

describe('draftSpread', () => {
  it('leaves force layouts alone and spreads a draft by about the square root of its size', () => {
    expect(draftSpread(80)).toBe(1);
    expect(draftSpread(FORCE_LAYOUT_LIMIT)).toBe(1);
    // 5k elements of the synthetic graph: the draft came out about four times too dense.
    expect(draftSpread(2174)).toBeCloseTo(3.94, 2);
    expect(draftSpread(8700)).toBeGreaterThan(draftSpread(2174));
  });

  it('hands the spread to a draft plan', () => {
    expect(planLayout([], 0, 2174)).toEqual({ mode: 'full', quality: 'draft', spread: draftSpread(2174) });
  });
});

describe('placeNewNodes', () => {
  const graph: Fragment = {
    nodes: ['hub', 'a', 'b', 'c', 'lonely'].map((id) => ({ id, type: 'Topic' as const, label: id })),
    edges: [
      { source: 'hub', target: 'a', type: 'MENTIONS' },
      { source: 'hub', target: 'b', type: 'MENTIONS' },
      { source: 'b', target: 'c', type: 'MENTIONS' },
    ],
  };
  const placed = new Map([['hub', { x: 100, y: 100 }]]);

  it('gathers new neighbours around the node they hang from, apart from each other', () => {
    const positions = placeNewNodes(['a', 'b'], graph, placed, 50);
    const a = positions.get('a');
    const b = positions.get('b');
    expect(a && Math.hypot(a.x - 100, a.y - 100)).toBeLessThan(120);
    expect(a && b && Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
  });

  it('chains through other new nodes and puts the unconnected near the centre', () => {
    const positions = placeNewNodes(['c', 'b', 'a', 'lonely'], graph, placed, 50);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'lonely']);
    expect(positions.has('hub')).toBe(false);
  });
});

describe('geometry', () => {
  it('spreads spiral points outwards and finds centres', () => {
    const near = spiralPoint({ x: 0, y: 0 }, 0, 10);
    const far = spiralPoint({ x: 0, y: 0 }, 8, 10);
    expect(Math.hypot(far.x, far.y)).toBeGreaterThan(Math.hypot(near.x, near.y));
    expect(
      centroid([
        { x: 0, y: 0 },
        { x: 2, y: 4 },
      ]),
    ).toEqual({ x: 1, y: 2 });
    expect(centroid([])).toEqual({ x: 0, y: 0 });
  });
});

describe('withoutDrift', () => {
  it('takes the pinned nodes’ mean shift back from the new nodes', () => {
    const before = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    const after = new Map([
      ['a', { x: 10, y: 5 }],
      ['b', { x: 110, y: 5 }],
      ['new', { x: 60, y: 45 }],
    ]);
    expect(withoutDrift(before, after, ['new'])).toEqual(new Map([['new', { x: 50, y: 40 }]]));
  });
});
