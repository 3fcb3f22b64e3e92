import { describe, expect, it } from 'vitest';
import type { RelatedInput } from '../../ingest/related/related-talks.ts';
import { relatedTalks } from '../../ingest/related/related-talks.ts';
import { inCanonicalOrder } from '../../ingest/related/write-related.ts';

/** Talks that share entities in a regular pattern: many pairs score alike. */
const talks: RelatedInput[] = Array.from({ length: 40 }, (_, i) => ({
  id: `talk:${String(i).padStart(3, '0')}`,
  entities: [`e${i % 4}`, `e${4 + (i % 3)}`, 'hub', `e${7 + (i % 5)}`].map((id) => ({ id, name: id })),
  fingerprint: [],
}));

/** The same talks as another store would return them: another order, entities reversed. */
function reordered(input: RelatedInput[]): RelatedInput[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const keyed = input.map((t) => ({ t: { ...t, entities: [...t.entities].reverse() }, k: next() }));
  return keyed.sort((a, b) => a.k - b.k).map((x) => x.t);
}

const edges = (input: RelatedInput[]) =>
  relatedTalks(input)
    .map((e) => `${e.source} ${e.target} ${e.score} ${e.reasons.join('|')}`)
    .sort();

describe('related talks read back for a pass', () => {
  it('give the same edges whatever order the graph returns them in', () => {
    // Without a canonical order, ties between equal scores are broken by storage order.
    expect(edges(reordered(talks))).not.toEqual(edges(talks));
    expect(edges(inCanonicalOrder(reordered(talks)))).toEqual(edges(inCanonicalOrder(talks)));
  });
});
