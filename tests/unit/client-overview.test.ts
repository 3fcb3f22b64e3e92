import { describe, expect, it } from 'vitest';
import { buildOverview, type OverviewTalk } from '../../client/model/overview.ts';

const talks: OverviewTalk[] = [
  {
    id: 'talk:1',
    title: '서민준 교수님 마스터클래스',
    year: 2021,
    speakers: [{ id: 'person:서민준', name: '서민준' }],
    decisions: [
      {
        id: 'decision:join',
        kind: 'joined',
        year: 2018,
        label: 'joined Naver (2018)',
        person: { id: 'person:서민준', name: '서민준' },
        from: null,
        to: { id: 'institution:naver', name: 'Naver', type: 'Institution' },
      },
      {
        id: 'decision:major',
        kind: 'major_change',
        year: null,
        label: 'major change',
        person: { id: 'person:서민준', name: '서민준' },
        from: { id: 'topic:civil', name: 'Civil engineering', type: 'Topic' },
        to: { id: 'x', name: 'odd', type: 'NotAType' },
      },
    ],
  },
  {
    id: 'talk:2',
    title: '두 번째 강연',
    year: null,
    speakers: [{ id: 'person:서민준', name: '서민준' }],
    decisions: [],
  },
];

describe('buildOverview', () => {
  const { fragment, meta } = buildOverview(talks);

  it('draws talks, speakers, career steps and where they led, each once', () => {
    expect(fragment.nodes.map((n) => n.id).sort()).toEqual([
      'decision:join',
      'decision:major',
      'institution:naver',
      'person:서민준',
      'talk:1',
      'talk:2',
      'topic:civil',
    ]);
    const types = fragment.edges.map((e) => e.type).sort();
    expect(types).toEqual(['DECIDED', 'DECIDED', 'FROM', 'GIVEN_BY', 'GIVEN_BY', 'TO', 'TOLD_IN', 'TOLD_IN']);
  });

  it('keeps years and kinds for the time bar and the labels', () => {
    expect(meta.get('talk:1')).toEqual({ year: 2021 });
    expect(meta.get('talk:2')).toEqual({ year: null });
    expect(meta.get('decision:join')).toEqual({ year: 2018, kind: 'joined', person: '서민준' });
  });
});
