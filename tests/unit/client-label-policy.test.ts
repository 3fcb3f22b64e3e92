import { describe, expect, it } from 'vitest';
import { expectedFitZoom, labelLook, labelTier, quantizeZoom } from '../../client/model/label-policy.ts';

describe('labelTier', () => {
  it('ranks people, places and hubs first, talks and steps last', () => {
    expect(labelTier('Person', 1)).toBe('primary');
    expect(labelTier('Institution', 1)).toBe('primary');
    expect(labelTier('Model', 2)).toBe('secondary');
    expect(labelTier('Talk', 3)).toBe('detail');
    expect(labelTier('Talk', 12)).toBe('primary');
  });
});

describe('labelLook', () => {
  it('zoomed out, only primary labels are drawn', () => {
    expect(labelLook('primary', 0.4).show).toBe(true);
    expect(labelLook('secondary', 0.4).show).toBe(false);
    expect(labelLook('detail', 0.9).show).toBe(false);
    expect(labelLook('detail', 1.2).show).toBe(true);
  });

  it('keeps drawn labels between a readable and a modest size on screen', () => {
    for (const zoom of [0.3, 0.5, 1, 2, 4]) {
      const look = labelLook('primary', zoom);
      const onScreen = look.fontSize * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(10.9);
      expect(onScreen).toBeLessThanOrEqual(17.1);
      expect(look.maxWidth * zoom).toBeCloseTo(120, -1);
    }
  });
});

describe('quantizeZoom', () => {
  it('moves in steps, so labels are not restyled on every wheel tick', () => {
    expect(quantizeZoom(1)).toBe(1);
    expect(quantizeZoom(1.01)).toBe(1);
    expect(quantizeZoom(0.5)).toBe(0.5);
    expect(quantizeZoom(1.3)).toBeCloseTo(2 ** (3 / 8));
  });
});

describe('expectedFitZoom', () => {
  it('expects small pictures at full size and large ones far out', () => {
    expect(expectedFitZoom(50)).toBe(1);
    expect(expectedFitZoom(2000)).toBeLessThan(0.25);
    expect(labelLook('primary', expectedFitZoom(5000)).show).toBe(false);
  });
});
