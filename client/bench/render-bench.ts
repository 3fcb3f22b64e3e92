import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../adapter/cy-elements.ts';
import { cyOptions } from '../adapter/cy-options.ts';
import { fcoseOptions } from '../adapter/layout-options.ts';
import { mapStyle } from '../adapter/map-style.ts';
import { expectedFitZoom } from '../model/label-policy.ts';
import { applyLabelPolicy, watchZoom } from '../view/label-zoom.ts';
import { syntheticGraph } from './synthetic-graph.ts';

cytoscape.use(fcose);

export interface BenchOptions {
  elements: number;
  renderer: 'canvas' | 'webgl';
  quality: 'draft' | 'default';
  /** Zoom and pan steps to time. */
  frames: number;
  /** Follow the zoom with the label policy as the app does (default), or leave labels alone. */
  zoomLabels?: boolean;
}

/** What one run measured, in milliseconds. */
export interface BenchResult {
  elements: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  quality: 'draft' | 'default';
  layoutMs: number;
  /** Of the first render: building the Cytoscape instance (elements and styles). */
  createMs: number;
  firstRenderMs: number;
  frameMs: number;
  /** Canvases Cytoscape drew into: proof the case rendered. */
  canvases: number;
}

declare global {
  interface Window {
    runRenderBench?: (options: BenchOptions) => Promise<BenchResult>;
  }
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** fcose on the app's own options, headless: the layout cost alone, whatever the renderer. */
async function layoutPositions(
  elements: ElementDefinition[],
  quality: 'draft' | 'default',
): Promise<[number, ElementDefinition[]]> {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: mapStyle() });
  const options = fcoseOptions({ mode: 'full', quality }, new Map());
  const started = performance.now();
  if (options) {
    const layout = cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }
  const took = performance.now() - started;
  const placed = cy.elements().jsons() as unknown as ElementDefinition[];
  cy.destroy();
  return [took, placed];
}

/** Average time per frame while zooming and panning, the moment users feel. */
async function interactionFrameMs(cy: Core, frames: number): Promise<number> {
  await frame();
  const started = performance.now();
  for (let index = 0; index < frames; index += 1) {
    cy.zoom({ level: cy.zoom() * (index < frames / 2 ? 1.04 : 0.96), renderedPosition: { x: 400, y: 300 } });
    cy.panBy({ x: 6, y: 3 });
    await frame();
  }
  return (performance.now() - started) / frames;
}

/**
 * One measurement as the app does it: fcose (headless), then the map created with the app's
 * options at those positions, fitted, labels set for the zoom, then zooming and panning.
 */
async function run({ elements, renderer, quality, frames, zoomLabels }: BenchOptions): Promise<BenchResult> {
  const { graph, meta } = syntheticGraph(elements);
  const zoomGuess = expectedFitZoom(graph.nodes.length);
  const [layoutMs, placed] = await layoutPositions(toElements(graph, meta, zoomGuess), quality);
  const container = document.getElementById('bench') as HTMLElement;
  const started = performance.now();
  const cy = cytoscape(cyOptions(container, placed, renderer === 'webgl'));
  const createMs = performance.now() - started;
  cy.fit(undefined, 30);
  applyLabelPolicy(cy);
  if (zoomLabels !== false) {
    watchZoom(cy);
  }
  await frame();
  await frame();
  const firstRenderMs = performance.now() - started;
  const frameMs = await interactionFrameMs(cy, frames);
  const canvases = container.querySelectorAll('canvas').length;
  cy.destroy();
  const round = (ms: number) => Math.round(ms);
  return {
    elements: graph.nodes.length + graph.edges.length,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    renderer,
    quality,
    layoutMs: round(layoutMs),
    createMs: round(createMs),
    firstRenderMs: round(firstRenderMs),
    frameMs: round(frameMs),
    canvases,
  };
}

window.runRenderBench = run;
document.body.dataset['ready'] = 'true';
