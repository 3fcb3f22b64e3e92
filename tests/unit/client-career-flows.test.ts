import { describe, expect, it } from 'vitest';
import { bandText, type CareerFlow, endLabel, layoutFlows } from '../../client/model/career-flows.ts';

const flow = (from: string, to: string, people: number): CareerFlow => ({
  source: { key: `institution:${from}`, label: from },
  target: { key: `institution:${to}`, label: to },
  people,
  count: people,
  steps: [],
});

describe('layoutFlows', () => {
  it('draws flows both ways between two places without a cycle: each place once per column', () => {
    const layout = layoutFlows([flow('Naver', 'KAIST', 3), flow('KAIST', 'Naver', 1)], { width: 800 });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([
      'from:institution:KAIST',
      'from:institution:Naver',
      'to:institution:KAIST',
      'to:institution:Naver',
    ]);
    const left = layout.nodes.filter((n) => n.side === 'from');
    const right = layout.nodes.filter((n) => n.side === 'to');
    expect(Math.max(...left.map((n) => n.x1))).toBeLessThan(Math.min(...right.map((n) => n.x0)));
    expect(layout.bands.every((b) => b.path.startsWith('M'))).toBe(true);
  });

  it('makes band width proportional to people, in the order the API gave', () => {
    const layout = layoutFlows(
      [flow('Naver', 'KAIST', 4), flow('Google', 'KAIST', 2), flow('Naver', 'Google', 1)],
      {
        width: 900,
      },
    );
    expect(layout.bands.map((b) => b.flow.source.label)).toEqual(['Naver', 'Google', 'Naver']);
    const [four, two, one] = layout.bands.map((b) => b.width);
    expect(four).toBeCloseTo((two ?? 0) * 2, 5);
    expect(two).toBeCloseTo((one ?? 0) * 2, 5);
    expect(layout.nodes.find((n) => n.id === 'to:institution:KAIST')?.people).toBe(6);
  });

  it('grows with the number of ends and lays out nothing when there are no flows', () => {
    const many = Array.from({ length: 20 }, (_, i) => flow(`P${i}`, 'KAIST', 1));
    expect(layoutFlows(many, { width: 800 }).height).toBeGreaterThan(
      layoutFlows(many.slice(0, 2), { width: 800 }).height,
    );
    expect(layoutFlows([], { width: 800 })).toMatchObject({ nodes: [], bands: [] });
  });
});

describe('flow words', () => {
  it('names kinds of institution in words and says how many people a band is', () => {
    const f: CareerFlow = {
      source: { key: 'company', label: 'company' },
      target: { key: 'university', label: 'university' },
      people: 2,
      count: 3,
      steps: [],
    };
    expect(endLabel(f.source, true)).toBe('Companies');
    expect(bandText(f, true)).toBe('Companies → Universities: 2 people (3 moves)');
    expect(bandText(flow('Naver', 'KAIST', 1), false)).toBe('Naver → KAIST: 1 person');
  });
});
