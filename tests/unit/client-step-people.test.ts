import { describe, expect, it } from 'vitest';
import { displayLabel } from '../../client/adapter/cy-elements.ts';
import type { Fragment, GraphNode, NodeMeta } from '../../client/model/graph.ts';
import { type Point, placeNewNodes } from '../../client/model/layout-plan.ts';
import { withStepPeople } from '../../client/model/step-people.ts';

// A hub (an institution) expanded: twelve career steps of three people, told in turn.
const PEOPLE = ['kim', 'lee', 'park'];
const steps: GraphNode[] = Array.from({ length: 12 }, (_, i) => ({
  id: `step:${i}`,
  type: 'CareerDecision',
  label: `joined Hub (${2010 + i})`,
}));
const hub: Fragment = {
  nodes: [
    { id: 'institution:hub', type: 'Institution', label: 'Hub' },
    ...PEOPLE.map((p) => ({ id: `person:${p}`, type: 'Person' as const, label: p.toUpperCase() })),
    ...steps,
  ],
  edges: steps.flatMap((s, i) => [
    { source: s.id, target: 'institution:hub', type: 'TO' },
    { source: `person:${PEOPLE[i % 3]}`, target: s.id, type: 'DECIDED' },
  ]),
};

describe('career steps around a hub say whose they are', () => {
  it('names each step by the person its DECIDED edge comes from, when that person is drawn', () => {
    const meta = withStepPeople(hub, new Map());
    expect(meta.get('step:0')?.person).toBe('KIM');
    expect(meta.get('step:4')?.person).toBe('LEE');
    expect(displayLabel(steps[4] as GraphNode, meta.get('step:4'))).toBe('LEE: joined Hub (2014)');
  });

  it('keeps a person the overview already gave, and adds nothing without DECIDED edges', () => {
    const known = new Map<string, NodeMeta>([['step:0', { year: 2010, kind: 'JOINED', person: 'Kim' }]]);
    expect(withStepPeople(hub, known).get('step:0')?.person).toBe('Kim');
    const bare: Fragment = { nodes: hub.nodes, edges: hub.edges.filter((e) => e.type !== 'DECIDED') };
    const empty = new Map<string, NodeMeta>();
    expect(withStepPeople(bare, empty)).toBe(empty);
  });

  it('opens the hub into clusters: one person’s steps side by side on the ring', () => {
    const placed = new Map<string, Point>([
      ['institution:hub', { x: 0, y: 0 }],
      ['person:kim', { x: -2000, y: 0 }],
      ['person:lee', { x: -2000, y: 300 }],
      ['person:park', { x: -2000, y: -300 }],
    ]);
    const positions = placeNewNodes(
      steps.map((s) => s.id),
      hub,
      placed,
    );
    const owner = (i: number) => PEOPLE[i % 3];
    const gaps = { same: [] as number[], other: [] as number[] };
    for (let i = 0; i < 12; i += 1) {
      for (let j = i + 1; j < 12; j += 1) {
        const a = positions.get(`step:${i}`) as Point;
        const b = positions.get(`step:${j}`) as Point;
        (owner(i) === owner(j) ? gaps.same : gaps.other).push(Math.hypot(a.x - b.x, a.y - b.y));
      }
    }
    const mean = (list: number[]) => list.reduce((s, v) => s + v, 0) / list.length;
    expect(mean(gaps.same)).toBeLessThan(mean(gaps.other) * 0.75);
  });
});
