import type { Core, LayoutOptions } from 'cytoscape';
import { seededRandom, seedOf } from '../model/seeded-random.ts';
import { measureWithRoomForLabels } from './label-zoom.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-worker.ts';

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

let worker: Worker | null | undefined;

/**
 * Starts the layout worker (once): called as the map is created, so the worker has loaded its
 * Cytoscape while the first data is fetched, not after. Null when no worker can run.
 */
export function prepareLayoutWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  return worker;
}

/**
 * The same layout in a Web Worker (layout-worker.ts), then the positions applied at once;
 * resolves to the time it took, or null when no worker can run (the caller lays out here).
 * With `labels`, each node goes as the box of its shape and label together, labels sized as
 * withRoomForLabels sizes them (the worker draws no text), so the layout leaves labels their
 * room as fcose's nodeDimensionsIncludeLabels does. The positions go to `target()` when the
 * answer comes: the map may have been rebuilt meanwhile (MapView.setDrawing).
 */
export async function runLayoutInWorker(
  cy: Core,
  options: LayoutOptions,
  labels = false,
  target: () => Core = () => cy,
): Promise<number | null> {
  const running = prepareLayoutWorker();
  if (!running) {
    return null;
  }
  const started = performance.now();
  const ids = cy.nodes().map((n) => n.id());
  const nodes = () =>
    cy.nodes().map((n) => {
      const size = n.data('size') as number;
      const box = labels ? n.boundingBox({ includeLabels: true, includeOverlays: false }) : null;
      return {
        group: 'nodes' as const,
        data: {
          id: n.id(),
          width: box ? Math.max(size, box.w) : size,
          height: box ? Math.max(size, box.h) : size,
        },
        position: { ...n.position() },
      };
    });
  const request: LayoutRequest = {
    elements: [
      ...(labels ? measureWithRoomForLabels(cy, nodes) : nodes()),
      ...cy.edges().map((e) => ({
        group: 'edges' as const,
        data: { id: e.id(), source: e.source().id(), target: e.target().id() },
      })),
    ],
    options,
    seed: seedOf(ids.join('|')),
  };
  const answer = await new Promise<LayoutAnswer | null>((resolve) => {
    running.onmessage = (event: MessageEvent<LayoutAnswer>) => resolve(event.data);
    running.onerror = () => resolve(null);
    running.postMessage(request);
  });
  if (!answer) {
    worker = null;
    return null;
  }
  const into = target();
  into.batch(() => {
    for (const [id, x, y] of answer.positions) {
      into.getElementById(id).position({ x, y });
    }
  });
  return performance.now() - started;
}
