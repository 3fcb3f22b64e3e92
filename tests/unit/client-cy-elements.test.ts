import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayLabel, nodeData, toElements } from '../../client/adapter/cy-elements.ts';
import { cyOptions } from '../../client/adapter/cy-options.ts';
import { fcoseOptions } from '../../client/adapter/layout-options.ts';
import { mapStyle } from '../../client/adapter/map-style.ts';
import { type Fragment, NODE_TYPES } from '../../client/model/graph.ts';

const graph: Fragment = {
  nodes: NODE_TYPES.map((type, index) => ({
    id: `${type.toLowerCase()}:${index}`,
    type,
    label: `${type} 이름`,
  })),
  edges: [{ source: 'person:0', target: 'talk:1', type: 'GIVEN_BY' }],
};

describe('the Cytoscape adapter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('turns the graph into elements with the data the style reads', () => {
    const elements = toElements(graph, new Map());
    expect(elements).toHaveLength(NODE_TYPES.length + 1);
    const person = elements.find((e) => e.data['id'] === 'person:0');
    expect(person?.data).toMatchObject({
      type: 'Person',
      label: 'Person 이름',
      tier: 'primary',
      showLabel: true,
    });
    expect(elements.at(-1)?.data).toMatchObject({ id: 'person:0>GIVEN_BY>talk:1', source: 'person:0' });
  });

  it('labels a career step by kind and year', () => {
    const step = { id: 'decision:1', type: 'CareerDecision' as const, label: 'joined Naver (2018)' };
    expect(displayLabel(step, { year: 2018, kind: 'joined' })).toBe('Joined · 2018');
    expect(displayLabel(step, { year: null, kind: 'founded' })).toBe('Founded');
    expect(displayLabel(step, undefined)).toBe('joined Naver (2018)');
    expect(displayLabel(step, { year: 2018, kind: 'joined', person: '서민준' })).toBe(
      '서민준: joined · 2018',
    );
  });

  it('grows hubs', () => {
    const node = graph.nodes[0];
    expect(node && nodeData(node, undefined, 16).size).toBeGreaterThan(
      node ? nodeData(node, undefined, 0).size : 0,
    );
  });

  it('is accepted by headless Cytoscape without a style warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, new Map()),
      style: mapStyle(),
    });
    expect(cy.nodes()).toHaveLength(NODE_TYPES.length);
    expect(cy.getElementById('person:0').style('font-family')).toContain('Noto Sans KR');
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });

  it('wraps names instead of cutting them, and cuts only talk titles', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, new Map()),
      style: mapStyle(),
    });
    expect(cy.getElementById('institution:3').style('text-wrap')).toBe('wrap');
    expect(cy.getElementById('person:0').style('text-wrap')).toBe('wrap');
    expect(cy.getElementById('talk:1').style('text-wrap')).toBe('ellipsis');
    cy.destroy();
  });

  it("keeps Cytoscape's own wheel speed (a custom one warns on every load)", () => {
    expect(cyOptions(undefined, [], { webgl: false, large: false })).not.toHaveProperty('wheelSensitivity');
  });

  it('draws a large map with haystack edges, save those the user looks at', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const edges = [
      { group: 'edges' as const, data: { id: 'e1', source: 'person:0', target: 'talk:1', type: 'DECIDED' } },
      { group: 'edges' as const, data: { id: 'e2', source: 'talk:1', target: 'person:0', type: 'DECIDED' } },
    ];
    const elements = [...toElements({ ...graph, edges: [] }, new Map()), ...edges];
    const small = cytoscape({ headless: true, styleEnabled: true, elements, style: mapStyle() });
    const large = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: mapStyle({ large: true }),
    });
    expect(small.getElementById('e1').style('curve-style')).toBe('straight');
    expect(large.getElementById('e1').style('curve-style')).toBe('haystack');
    large.getElementById('e2').addClass('route');
    expect(large.getElementById('e2').style('curve-style')).toBe('straight');
    expect(warn).not.toHaveBeenCalled();
    small.destroy();
    large.destroy();
  });

  it('spreads a draft layout as the plan says, and a force layout not at all', () => {
    const separation = (spread: number, quality: 'draft' | 'default') =>
      (fcoseOptions({ mode: 'full', quality, spread }) as unknown as { nodeSeparation: number })
        .nodeSeparation;
    expect(separation(1, 'default')).toBe(75);
    expect(separation(4, 'draft')).toBe(300);
  });

  it('lays out nothing when the plan is none (added nodes are placed, not laid out)', () => {
    expect(fcoseOptions({ mode: 'none' })).toBeNull();
  });
});
