import { describe, expect, it } from 'vitest';
import type { Fragment, NodeMeta } from '../../client/model/graph.ts';
import { countByType, focusSet, inTimeRange, visibleNodes } from '../../client/model/visibility.ts';

// 김 decided to join Naver in 2018 (told in a 2021 talk); 이 gave an undated talk mentioning BERT.
const graph: Fragment = {
  nodes: [
    { id: 'person:kim', type: 'Person', label: '김' },
    { id: 'decision:1', type: 'CareerDecision', label: 'joined Naver' },
    { id: 'institution:naver', type: 'Institution', label: 'Naver' },
    { id: 'talk:2021', type: 'Talk', label: '김 님 특강' },
    { id: 'talk:undated', type: 'Talk', label: '이 님 특강' },
    { id: 'person:lee', type: 'Person', label: '이' },
    { id: 'model:bert', type: 'Model', label: 'BERT' },
  ],
  edges: [
    { source: 'person:kim', target: 'decision:1', type: 'DECIDED' },
    { source: 'decision:1', target: 'institution:naver', type: 'TO' },
    { source: 'decision:1', target: 'talk:2021', type: 'TOLD_IN' },
    { source: 'talk:2021', target: 'person:kim', type: 'GIVEN_BY' },
    { source: 'talk:undated', target: 'person:lee', type: 'GIVEN_BY' },
    { source: 'talk:undated', target: 'model:bert', type: 'MENTIONS' },
  ],
};
const meta = new Map<string, NodeMeta>([
  ['decision:1', { year: 2018, kind: 'joined' }],
  ['talk:2021', { year: 2021 }],
  ['talk:undated', { year: null }],
]);

describe('inTimeRange', () => {
  it('keeps everything without a range', () => {
    expect(inTimeRange(graph, meta, null).size).toBe(graph.nodes.length);
  });

  it('keeps the steps and talks of those years and what they touch', () => {
    const kept = inTimeRange(graph, meta, { from: 2017, to: 2019 });
    expect([...kept].sort()).toEqual(['decision:1', 'institution:naver', 'person:kim']);
  });

  it('leaves out undated talks and what only they touch, but never a pinned node', () => {
    const kept = inTimeRange(graph, meta, { from: 2021, to: 2021 }, ['model:bert']);
    expect(kept.has('talk:undated')).toBe(false);
    expect(kept.has('person:lee')).toBe(false);
    expect(kept.has('model:bert')).toBe(true);
    expect(kept.has('talk:2021')).toBe(true);
  });
});

describe('visibleNodes', () => {
  it('applies the time range and the legend together', () => {
    const visible = visibleNodes(graph, meta, {
      hiddenTypes: ['Institution'],
      range: { from: 2018, to: 2018 },
    });
    expect([...visible].sort()).toEqual(['decision:1', 'person:kim']);
  });
});

describe('countByType', () => {
  it('counts shown and loaded nodes per type for the legend', () => {
    const visible = new Set(['person:kim']);
    const counts = countByType(graph, visible);
    expect(counts.get('Person')).toEqual({ shown: 1, loaded: 2 });
    expect(counts.get('Model')).toEqual({ shown: 0, loaded: 1 });
  });
});

describe('focusSet', () => {
  it('is the selected node and its neighbours', () => {
    expect([...(focusSet(graph, 'decision:1') ?? [])].sort()).toEqual([
      'decision:1',
      'institution:naver',
      'person:kim',
      'talk:2021',
    ]);
  });

  it('is null without a selection on the map', () => {
    expect(focusSet(graph, null)).toBeNull();
    expect(focusSet(graph, 'person:nobody')).toBeNull();
  });
});
