import { describe, expect, it } from 'vitest';
import type { Fragment } from '../../client/model/graph.ts';
import {
  centroid,
  draftSpread,
  FORCE_LAYOUT_LIMIT,
  type Point,
  placeNewNodes,
  planLayout,
  spiralPoint,
  tidyDraft,
} from '../../client/model/layout-plan.ts';

describe('planLayout', () => {
  it('lays out a first picture fully, in draft beyond the force limit', () => {
    expect(planLayout([], 0, 80)).toEqual({ mode: 'full', quality: 'default', spread: 1 });
    expect(planLayout([], 0, FORCE_LAYOUT_LIMIT + 1)).toMatchObject({ mode: 'full', quality: 'draft' });
    expect(planLayout([], 0, 0)).toEqual({ mode: 'none' });
  });

  it('runs no layout once nodes are placed: added ones were put in free space, nothing placed moves', () => {
    expect(planLayout(['a', 'b'], 3, 5)).toEqual({ mode: 'none' });
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

describe('placeNewNodes in free space', () => {
  const SPACING = 95;
  // An expanded talk at the origin: its speaker and two topics already drawn to its left, 20
  // new neighbours (what "Expand all" brings), and a node already drawn up and to the right.
  const fresh = Array.from({ length: 20 }, (_, i) => `new${i}`);
  const old = ['speaker', 'topic1', 'topic2', 'far'];
  const graph: Fragment = {
    nodes: ['talk', ...old, ...fresh].map((id, i) => ({
      id,
      type: i % 2 ? ('Topic' as const) : ('Person' as const),
      label: id,
    })),
    edges: [...old, ...fresh].map((id) => ({ source: 'talk', target: id, type: 'MENTIONS' })),
  };
  const placed = new Map<string, Point>([
    ['talk', { x: 0, y: 0 }],
    ['speaker', { x: -150, y: 0 }],
    ['topic1', { x: -150, y: -100 }],
    ['topic2', { x: -150, y: 100 }],
    ['far', { x: 160, y: -170 }],
  ]);
  const positions = placeNewNodes(fresh, graph, placed, SPACING);
  /** Room as the placement counts it: labels run sideways, so 1.6 times the spacing across. */
  const apart = (a: Point, b: Point) => Math.hypot((a.x - b.x) / 1.6, a.y - b.y);

  it('keeps every new node clear of every other node, old or new', () => {
    const all = [...placed.values(), ...positions.values()];
    for (const [id, point] of positions) {
      for (const other of all) {
        if (other !== point) {
          expect(apart(point, other), id).toBeGreaterThanOrEqual(SPACING - 1e-6);
        }
      }
    }
  });

  it('keeps them near the node they hang from, mostly on its open side', () => {
    expect(positions.size).toBe(20);
    const distances = [...positions.values()].map((p) => apart(p, { x: 0, y: 0 }));
    // 20 nodes on rings one spacing apart fit within four rings.
    expect(Math.max(...distances)).toBeLessThanOrEqual(SPACING * 4 + 1e-6);
    const right = [...positions.values()].filter((p) => p.x > 0).length;
    expect(right).toBeGreaterThan(10);
  });

  it('groups the new nodes by type along the ring, and places the same input the same way', () => {
    const types = fresh.map((id) => graph.nodes.find((n) => n.id === id)?.type);
    expect(new Set(types).size).toBe(2);
    expect(placeNewNodes(fresh, graph, placed, SPACING)).toEqual(positions);
  });

  it('places a node with no placed neighbour in free space near the middle', () => {
    const lonely: Fragment = { nodes: [...graph.nodes, { id: 'x', type: 'Topic', label: 'x' }], edges: [] };
    const [point] = [...placeNewNodes(['x'], lonely, placed, SPACING).values()];
    for (const other of placed.values()) {
      expect(apart(point as Point, other)).toBeGreaterThanOrEqual(SPACING - 1e-6);
    }
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

describe('tidyDraft', () => {
  // A draft of 400 nodes on a 20 × 20 grid 10 units apart, one thrown 50,000 units out, and
  // two nodes on one spot (a talk on its speaker).
  const draft = new Map<string, Point>();
  for (let i = 0; i < 400; i += 1) {
    draft.set(`n${i}`, { x: (i % 20) * 10, y: Math.floor(i / 20) * 10 });
  }
  draft.set('far', { x: 50_000, y: 100 });
  draft.set('stacked', { x: 50, y: 50 });
  const tidy = tidyDraft(draft, 80);
  const box = (points: Point[]) => ({
    width: Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)),
    height: Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)),
  });

  it('gives each node about `spacing` units and keeps outliers near the picture', () => {
    const side = 80 * Math.sqrt(draft.size);
    const { width, height } = box([...tidy.values()]);
    expect(width).toBeLessThanOrEqual(side * 1.3 + 1);
    expect(height).toBeGreaterThan(side * 0.8);
    // Still on its side of the picture.
    expect((tidy.get('far') as Point).x).toBeGreaterThan((tidy.get('n19') as Point).x);
  });

  it('keeps the order of nodes and spreads nodes on one spot', () => {
    expect((tidy.get('n1') as Point).x).toBeGreaterThan((tidy.get('n0') as Point).x);
    expect((tidy.get('n20') as Point).y).toBeGreaterThan((tidy.get('n0') as Point).y);
    const a = tidy.get('n105') as Point; // (50, 50) on the grid
    const b = tidy.get('stacked') as Point;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(30);
  });
});
