import { describe, expect, it } from 'vitest';
import {
  decodeCamera,
  decodePositions,
  encodeCamera,
  encodePositions,
  MAX_SHARED_NODES,
} from '../../client/model/view-snapshot.ts';

describe('positions in a link', () => {
  const positions = new Map([
    ['person:서민준', { x: 12.4, y: -3000.6 }],
    ['model:bert', { x: -0.2, y: 70000 }],
    ['talk:a', { x: 1e6, y: -1e6 }],
  ]);

  it('round-trips to the whole pixel, whatever the order of the ids', () => {
    const text = encodePositions(positions);
    expect(text).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    const back = decodePositions(text, ['talk:a', 'model:bert', 'person:서민준']);
    expect(Object.fromEntries(back ?? [])).toEqual({
      'person:서민준': { x: 12, y: -3001 },
      'model:bert': { x: 0, y: 70000 },
      'talk:a': { x: 1e6, y: -1e6 },
    });
  });

  it('is null for another set of nodes, a damaged text, or none', () => {
    const text = encodePositions(positions);
    expect(decodePositions(text, ['talk:a', 'model:bert'])).toBeNull();
    expect(decodePositions(`${text?.split('.')[0]}.!!`, [...positions.keys()])).toBeNull();
    expect(decodePositions(null, [])).toBeNull();
  });

  it('leaves very large maps out of the link', () => {
    const many = new Map(Array.from({ length: MAX_SHARED_NODES + 1 }, (_, i) => [`n${i}`, { x: i, y: i }]));
    expect(encodePositions(many)).toBeNull();
  });
});

describe('the camera in a link', () => {
  it('round-trips zoom and pan, and refuses nonsense', () => {
    expect(decodeCamera(encodeCamera({ zoom: 0.3456789, pan: { x: 10.6, y: -4.2 } }))).toEqual({
      zoom: 0.3457,
      pan: { x: 11, y: -4 },
    });
    for (const bad of [null, '', '1,2', 'a,b,c', '0,1,1', '-1,0,0', '1,2,3,4']) {
      expect(decodeCamera(bad), String(bad)).toBeNull();
    }
  });
});
