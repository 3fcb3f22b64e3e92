import { describe, expect, it } from 'vitest';
import { fitZoom } from '../../client/model/camera.ts';
import { markTerms } from '../../client/model/mark-terms.ts';
import {
  classifyWebgl,
  isLargeMap,
  LARGE_MAP_DOWN_TO,
  LARGE_MAP_FROM,
  useWebgl,
  WEBGL_FROM_ELEMENTS,
} from '../../client/model/renderer-choice.ts';

describe('markTerms', () => {
  it('marks every spelling of an entity, ignoring case, longest first', () => {
    const segments = markTerms('2018년 10월에 BERT가 나왔고, bert-base는…', ['BERT', 'BERT-base']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['BERT', 'bert-base']);
    expect(segments.map((s) => s.text).join('')).toBe('2018년 10월에 BERT가 나왔고, bert-base는…');
  });

  it('ignores one-letter and empty terms', () => {
    expect(markTerms('a b', ['a', ''])).toEqual([{ text: 'a b', match: false }]);
  });
});

describe('useWebgl', () => {
  it('follows the user, else the size, and never without WebGL', () => {
    expect(useWebgl('webgl', 10, 'software')).toBe(true);
    expect(useWebgl('canvas', 100_000, 'hardware')).toBe(false);
    expect(useWebgl('auto', WEBGL_FROM_ELEMENTS, 'hardware')).toBe(true);
    expect(useWebgl('auto', 100, 'hardware')).toBe(false);
    expect(useWebgl('webgl', 10, 'none')).toBe(false);
  });

  it('does not pick software WebGL by itself: it is slower than the canvas', () => {
    expect(useWebgl('auto', 100_000, 'software')).toBe(false);
  });
});

describe('isLargeMap', () => {
  it('draws for speed from a threshold, and stays so a little below it', () => {
    expect(isLargeMap(LARGE_MAP_FROM - 1, false)).toBe(false);
    expect(isLargeMap(LARGE_MAP_FROM, false)).toBe(true);
    expect(isLargeMap(LARGE_MAP_FROM - 1, true)).toBe(true);
    expect(isLargeMap(LARGE_MAP_DOWN_TO - 1, true)).toBe(false);
  });
});

describe('classifyWebgl', () => {
  it('tells software renderers from GPUs', () => {
    expect(
      classifyWebgl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'),
    ).toBe('software');
    expect(classifyWebgl('llvmpipe (LLVM 15.0.7, 256 bits)')).toBe('software');
    expect(classifyWebgl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(
      'hardware',
    );
    expect(classifyWebgl(null)).toBe('none');
  });
});

describe('fitZoom', () => {
  it('fits a box with padding, within bounds', () => {
    expect(fitZoom({ x1: 0, y1: 0, w: 400, h: 100 }, { width: 500, height: 500 }, 50)).toBe(1);
    expect(fitZoom({ x1: 0, y1: 0, w: 10, h: 10 }, { width: 500, height: 500 }, 50)).toBe(1.2);
    expect(fitZoom({ x1: 0, y1: 0, w: 1e6, h: 10 }, { width: 500, height: 500 }, 50)).toBe(0.2);
  });
});
