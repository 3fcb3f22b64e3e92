import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../../client/model/app-state.ts';
import { exportFileName, exportView, parseExportedView } from '../../client/model/export-view.ts';
import type { Fragment } from '../../client/model/graph.ts';

const graph: Fragment = {
  nodes: [
    { id: 'person:서민준', type: 'Person', label: '서민준' },
    { id: 'model:bert', type: 'Model', label: 'BERT' },
    { id: 'talk:hidden', type: 'Talk', label: 'filtered out' },
  ],
  edges: [
    { source: 'person:서민준', target: 'model:bert', type: 'MENTIONS', weight: 2 },
    { source: 'talk:hidden', target: 'model:bert', type: 'MENTIONS' },
  ],
};

describe('exportView', () => {
  const positions = new Map([
    ['person:서민준', { x: 10.123, y: -4.56 }],
    ['model:bert', { x: 3, y: 4 }],
  ]);
  const view = exportView(
    graph,
    new Set(['person:서민준', 'model:bert']),
    positions,
    INITIAL_STATE,
    'http://x/',
  );

  it('holds the visible elements with their positions, as Cytoscape JSON', () => {
    expect(view.format).toBe('talkgraph-view');
    expect(view.elements.nodes).toEqual([
      { data: { id: 'person:서민준', label: '서민준', type: 'Person' }, position: { x: 10.1, y: -4.6 } },
      { data: { id: 'model:bert', label: 'BERT', type: 'Model' }, position: { x: 3, y: 4 } },
    ]);
    expect(view.elements.edges).toEqual([
      {
        data: {
          id: 'person:서민준>MENTIONS>model:bert',
          source: 'person:서민준',
          target: 'model:bert',
          type: 'MENTIONS',
          weight: 2,
        },
      },
    ]);
  });

  it('keeps the state and the link that reproduce the view', () => {
    expect(view.state).toEqual(INITIAL_STATE);
    expect(view.url).toBe('http://x/');
  });
});

describe('exportFileName', () => {
  it('names the subject and the day, safely', () => {
    const day = new Date('2024-05-01T12:00:00Z');
    expect(exportFileName('서민준', 'png', day)).toBe('talkgraph-서민준-2024-05-01.png');
    expect(exportFileName('a/b: c', 'json', day)).toBe('talkgraph-a-b-c-2024-05-01.json');
    expect(exportFileName(null, 'png', day)).toBe('talkgraph-map-2024-05-01.png');
  });
});

describe('parseExportedView', () => {
  const exported = exportView(
    graph,
    new Set(['person:서민준', 'model:bert']),
    new Map([
      ['person:서민준', { x: 10, y: -4 }],
      ['model:bert', { x: 3, y: 4 }],
    ]),
    { ...INITIAL_STATE, node: 'person:서민준' },
    'http://x/?node=person%3A%EC%84%9C%EB%AF%BC%EC%A4%80&off=Topic',
    { zoom: 0.8, pan: { x: 12, y: -3 } },
  );

  it('reads back what exportView wrote: the state of its link, positions and camera', () => {
    const back = parseExportedView(JSON.stringify(exported));
    expect(back).toEqual({
      state: { ...INITIAL_STATE, node: 'person:서민준', hiddenTypes: ['Topic'] },
      positions: new Map([
        ['person:서민준', { x: 10, y: -4 }],
        ['model:bert', { x: 3, y: 4 }],
      ]),
      camera: { zoom: 0.8, pan: { x: 12, y: -3 } },
    });
  });

  it('refuses what is not a talkgraph view, and skips malformed nodes', () => {
    expect(parseExportedView('{')).toEqual({ error: 'This file is not JSON.' });
    expect(parseExportedView('{"format":"other"}')).toHaveProperty('error');
    expect(parseExportedView('null')).toHaveProperty('error');
    const damaged = {
      ...exported,
      elements: { nodes: [{ data: { id: 'a' }, position: { x: 'no', y: 1 } }], edges: [] },
    };
    const back = parseExportedView(JSON.stringify(damaged));
    expect('positions' in back && back.positions.size).toBe(0);
  });
});
