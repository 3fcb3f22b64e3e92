import { describe, expect, it } from 'vitest';
import { nodeData } from '../../client/adapter/cy-elements.ts';
import { INITIAL_STATE } from '../../client/model/app-state.ts';
import { composeGraph } from '../../client/model/explore.ts';
import { degrees } from '../../client/model/graph.ts';
import {
  buildSummary,
  groupId,
  groupTalks,
  groupYear,
  isGroupId,
  type OverviewSummary,
  toggleGroup,
} from '../../client/model/overview-summary.ts';

const hub = (id: string, type: string, talks: number, steps: number) => ({
  id,
  name: id.split(':')[1] ?? id,
  type,
  talks,
  steps,
});

const summary: OverviewSummary = {
  talks: 1200,
  people: Array.from({ length: 15 }, (_, i) => hub(`person:p${i}`, 'Person', 15 - i, 1)),
  institutions: [
    hub('institution:naver', 'Institution', 0, 30),
    hub('institution:kaist', 'Institution', 0, 4),
  ],
  groups: [
    { year: 2019, talks: 700 },
    { year: 2020, talks: 480 },
    { year: null, talks: 20 },
  ],
  links: [
    { source: 'person:p0', target: null, year: 2019, type: 'GAVE', weight: 9 },
    { source: 'person:p0', target: 'institution:naver', year: null, type: 'STEP', weight: 2 },
    { source: 'person:p1', target: null, year: null, type: 'GAVE', weight: 1 },
    { source: 'institution:naver', target: null, year: 2019, type: 'PLACED', weight: 12 },
    { source: 'institution:naver', target: null, year: 2020, type: 'PLACED', weight: 8 },
    { source: 'institution:naver', target: null, year: 2015, type: 'PLACED', weight: 7 },
    { source: 'institution:naver', target: null, year: null, type: 'PLACED', weight: 1 },
    // Its person is not among the hubs: nothing to draw it to.
    { source: 'person:gone', target: 'institution:kaist', year: null, type: 'STEP', weight: 1 },
  ],
};

describe('the summary as a first picture', () => {
  const { fragment, meta } = buildSummary(summary);
  const edge = (source: string, target: string) =>
    fragment.edges.find((e) => e.source === source && e.target === target);

  it('draws a node per year of talks, counted, and the hubs by name', () => {
    expect(fragment.nodes).toHaveLength(3 + 15 + 2);
    expect(fragment.nodes.find((n) => n.id === groupId(2019))).toEqual({
      id: 'talks-of:2019',
      type: 'Talk',
      label: '2019 · 700 talks',
    });
    expect(fragment.nodes.find((n) => n.id === groupId(null))?.label).toBe('Undated · 20 talks');
    expect(meta.get(groupId(2020))).toMatchObject({ year: 2020, weight: 480, group: true });
  });

  it('links people to the years they spoke in and the places of their steps, weighted', () => {
    expect(edge('person:p0', groupId(2019))).toEqual({
      source: 'person:p0',
      target: groupId(2019),
      type: 'GAVE',
      weight: 9,
    });
    expect(edge('person:p1', groupId(null))?.type).toBe('GAVE');
    expect(edge('person:p0', 'institution:naver')?.weight).toBe(2);
    expect(fragment.edges.some((e) => e.source === 'person:gone')).toBe(false);
  });

  it('ties an institution to its two busiest years of talks only', () => {
    const placed = fragment.edges.filter((e) => e.type === 'PLACED').map((e) => e.target);
    // 2015 has no talk group; of the others, the two heaviest.
    expect(placed).toEqual([groupId(2019), groupId(2020)]);
  });

  it('labels and sizes by importance: years and the top hubs first, bigger with what they stand for', () => {
    const degree = degrees(fragment);
    const data = (id: string) => {
      const node = fragment.nodes.find((n) => n.id === id);
      if (!node) {
        throw new Error(id);
      }
      return nodeData(node, meta.get(id), degree.get(id) ?? 0, 0.5);
    };
    expect(data(groupId(2019)).tier).toBe('primary');
    expect(data(groupId(2019)).group).toBe(true);
    expect(data('person:p0').tier).toBe('primary');
    expect(data('person:p14').tier).toBe('secondary');
    // Zoomed out to 0.5, a secondary label waits; a primary one shows.
    expect(data('person:p14').showLabel).toBe(false);
    expect(data('person:p0').showLabel).toBe(true);
    expect(data(groupId(2019)).size).toBeGreaterThan(data(groupId(null)).size);
    expect(data('person:p0').size).toBeGreaterThan(data('person:p14').size);
  });
});

describe('opening a talk group', () => {
  it('knows a group by its id, and its year', () => {
    expect(isGroupId(groupId(2019))).toBe(true);
    expect(groupYear(groupId(2019))).toBe(2019);
    expect(groupYear(groupId(null))).toBeNull();
    expect(groupYear('talk:2019')).toBeUndefined();
    expect(isGroupId('person:talks-of')).toBe(false);
  });

  it('brings its talks around it, linked to their speakers, and says when some are left out', () => {
    const opened = groupTalks(
      groupId(2019),
      [
        { id: 'talk:a', title: 'A', year: 2019, speakers: [{ id: 'person:p0', name: 'p0' }], decisions: [] },
        {
          id: 'talk:b',
          title: 'B',
          year: 2019,
          speakers: [{ id: 'person:new', name: 'New' }],
          decisions: [],
        },
      ],
      700,
    );
    expect(opened.fragment.truncated).toBe(true);
    expect(opened.meta.get('talk:a')).toEqual({ year: 2019 });
    const { fragment } = buildSummary(summary);
    const cache = new Map([[`${groupId(2019)}|*`, opened.fragment]]);
    const graph = composeGraph(fragment, cache, {
      expanded: [{ id: groupId(2019), types: null }],
      hidden: [],
    });
    const has = (s: string, t: string) => graph.edges.some((e) => e.source === s && e.target === t);
    expect(has(groupId(2019), 'talk:a')).toBe(true);
    expect(has('talk:a', 'person:p0')).toBe(true);
    expect(has('talk:b', 'person:new')).toBe(true);
    expect(graph.nodes.filter((n) => n.id === 'person:p0')).toHaveLength(1);
  });

  it('opens on a tap (selected, so the camera frames it) and closes on the next', () => {
    const id = groupId(2019);
    const opened = toggleGroup(INITIAL_STATE, id);
    expect(opened.node).toBe(id);
    expect(opened.explore.expanded).toEqual([{ id, types: null }]);
    const closed = toggleGroup(opened, id);
    expect(closed.node).toBeNull();
    expect(closed.explore.expanded).toEqual([]);
  });
});
