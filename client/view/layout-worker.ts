/**
 * A full layout of a large map off the main thread, so typing and panning never wait for fcose
 * (seconds at thousands of nodes). Headless Cytoscape with the same seeded Math.random as
 * runSeededLayout; nodes as boxes (their shape, or shape and label when the map draws labels).
 */
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../model/seeded-random.ts';

cytoscape.use(fcose);

export interface LayoutRequest {
  elements: ElementDefinition[];
  options: LayoutOptions;
  seed: number;
}

export interface LayoutAnswer {
  positions: [string, number, number][];
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { elements, options, seed } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
  });
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({ ...options, nodeDimensionsIncludeLabels: false } as LayoutOptions).run();
  } finally {
    Math.random = original;
  }
  const answer: LayoutAnswer = {
    positions: cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]),
  };
  cy.destroy();
  self.postMessage(answer);
};
