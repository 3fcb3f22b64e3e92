import type { Core, LayoutOptions } from 'cytoscape';
import { seededRandom, seedOf } from '../model/seeded-random.ts';

/**
 * Runs a layout on every element with Math.random seeded by the graph's node ids, and resolves to
 * the time it took. fcose starts from random positions (its spectral step samples at random):
 * seeded, a reload or a shared link draws the same picture, so the mental map outlives a visit.
 */
export async function runSeededLayout(cy: Core, options: LayoutOptions): Promise<number> {
  const started = performance.now();
  const layout = cy.elements().layout(options);
  const done = layout.promiseOn('layoutstop');
  const original = Math.random;
  Math.random = seededRandom(
    seedOf(
      cy
        .nodes()
        .map((n) => n.id())
        .join('|'),
    ),
  );
  try {
    layout.run();
    await done;
  } finally {
    Math.random = original;
  }
  return performance.now() - started;
}
