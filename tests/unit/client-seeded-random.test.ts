import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../client/bench/synthetic-graph.ts';
import { seededRandom, seedOf } from '../../client/model/seeded-random.ts';

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('seeds from text, Hangul included', () => {
    expect(seedOf('person:서민준|model:bert')).toBe(seedOf('person:서민준|model:bert'));
    expect(seedOf('person:서민준')).not.toBe(seedOf('person:주재걸'));
  });
});

describe('syntheticGraph', () => {
  it('is the same graph for the same size, near the asked element count', () => {
    const one = syntheticGraph(1000);
    expect(syntheticGraph(1000).graph).toEqual(one.graph);
    const count = one.graph.nodes.length + one.graph.edges.length;
    expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
