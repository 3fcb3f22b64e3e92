import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../adapter/cy-elements.ts';
import { cyOptions } from '../adapter/cy-options.ts';
import { fcoseOptions } from '../adapter/layout-options.ts';
import { mapStyle } from '../adapter/map-style.ts';
import { boxCentre, fitZoom } from '../model/camera.ts';
import { expectedFitZoom } from '../model/label-policy.ts';
import { draftSpread, planLayout } from '../model/layout-plan.ts';
import { isLargeMap } from '../model/renderer-choice.ts';
import { applyLabelPolicy, watchZoom } from '../view/label-zoom.ts';
import { syntheticGraph } from './synthetic-graph.ts';

cytoscape.use(fcose);

export interface BenchOptions {
  elements: number;
  renderer: 'canvas' | 'webgl';
  /** fcose quality; by default the app's own choice for a first picture of that size (planLayout). */
  quality?: 'draft' | 'default';
  /** Wheel steps, then as many drag steps, to time. */
  frames: number;
  /** Follow the zoom with the label policy as the app does (default), or leave labels alone. */
  zoomLabels?: boolean;
  /** Draw as a large map; by default the app's choice for that size (isLargeMap). */
  large?: boolean;
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
  /** From creating the map until it is idle (element bitmaps cached): gestures are timed then. */
  idleMs: number;
  /** Mean time per frame while the wheel zooms in and out. */
  zoomFrameMs: number;
  /** Mean time per frame while the mouse drags the map. */
  panFrameMs: number;
  /** Mean of both: the moment users feel. */
  frameMs: number;
  /**
   * The longest frame of both gestures and of the 400 ms after each (the redraw at full quality
   * and the labels for the new zoom): the hitch users see.
   */
  worstFrameMs: number;
  /** Whether it was drawn as a large map. */
  large: boolean;
  /** The zoom of the first picture, which decides how many labels are drawn. */
  zoom: number;
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
  const spread = quality === 'draft' ? draftSpread(elements.filter((el) => el.group === 'nodes').length) : 1;
  const options = fcoseOptions({ mode: 'full', quality, spread });
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

/** The app's fit (MapView.fit) without its animation: by node shapes, labels left out. */
function fitAsTheApp(cy: Core, container: HTMLElement): void {
  const { width, height } = container.getBoundingClientRect();
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const zoom = fitZoom(box, { width, height }, 60, 1.2, 0.05);
  const centre = boxCentre(box);
  cy.viewport({ zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } });
}

/** How long each of `steps` frames took, each drawing one input event. */
async function timeFrames(steps: number, step: (index: number) => void): Promise<number[]> {
  let last = await frame();
  const took: number[] = [];
  for (let index = 0; index < steps; index += 1) {
    step(index);
    const now = await frame();
    took.push(now - last);
    last = now;
  }
  return took;
}

/** The longest frame within `ms` after a gesture: the redraw at full quality, labels for the zoom. */
async function settleFrameMs(ms: number): Promise<number> {
  let last = await frame();
  const until = last + ms;
  let longest = 0;
  while (last < until) {
    const now = await frame();
    longest = Math.max(longest, now - last);
    last = now;
  }
  return longest;
}

/**
 * Time until the map is idle: Cytoscape keeps caching element bitmaps for a while after the
 * first picture, and a gesture started meanwhile pays for that too. Idle is eight short frames
 * in a row, or five seconds at most.
 */
async function untilIdle(): Promise<void> {
  let last = await frame();
  const until = last + 5000;
  let quiet = 0;
  while (quiet < 8 && last < until) {
    const now = await frame();
    quiet = now - last < 25 ? quiet + 1 : 0;
    last = now;
  }
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);

interface InteractionFigures {
  zoomFrameMs: number;
  panFrameMs: number;
  worstFrameMs: number;
}

/**
 * Zooming and panning as a user does, through DOM events on the map: Cytoscape's viewport
 * options (textureOnViewport, hideEdgesOnViewport) act only on wheel and drag gestures, never on
 * cy.zoom() and cy.pan() calls, so programmatic moves would not measure what users get.
 */
async function interaction(cy: Core, container: HTMLElement, frames: number): Promise<InteractionFigures> {
  const box = container.getBoundingClientRect();
  // A corner is empty after a fit with padding: a press there pans instead of dragging a node.
  const from = { x: box.left + 8, y: box.top + 8 };
  const mouse = (type: string, x: number, y: number) =>
    new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true });
  // Cytoscape takes only events aimed inside the map (at its canvases), as a real pointer's are.
  const target = (x: number, y: number) => document.elementFromPoint(x, y) ?? container;
  const panBefore = { ...cy.pan() };
  target(from.x, from.y).dispatchEvent(mouse('mousedown', from.x, from.y));
  const pan = await timeFrames(frames, (index) => {
    window.dispatchEvent(mouse('mousemove', from.x + 9 * (index + 1), from.y + 5 * (index + 1)));
  });
  window.dispatchEvent(mouse('mouseup', from.x + 9 * frames, from.y + 5 * frames));
  if (cy.pan().x === panBefore.x) {
    throw new Error('the drag did not pan the map');
  }
  const panSettle = await settleFrameMs(400);
  const zoomBefore = cy.zoom();
  const centre = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const zoom = await timeFrames(frames, (index) => {
    const deltaY = index < frames / 2 ? -100 : 100;
    const wheel = new WheelEvent('wheel', { ...centre, deltaY, bubbles: true, cancelable: true });
    target(centre.clientX, centre.clientY).dispatchEvent(wheel);
  });
  if (cy.zoom() === zoomBefore) {
    throw new Error('the wheel did not zoom the map');
  }
  const zoomSettle = await settleFrameMs(400);
  return {
    zoomFrameMs: mean(zoom),
    panFrameMs: mean(pan),
    worstFrameMs: Math.max(...zoom, ...pan, panSettle, zoomSettle),
  };
}

/**
 * One measurement as the app does it: fcose (headless) at the quality the app picks for that
 * size, then the map created with the app's options at those positions, fitted, labels set for
 * the zoom, then dragged and wheel-zoomed.
 */
async function run(options: BenchOptions): Promise<BenchResult> {
  const { elements, renderer, quality, frames, zoomLabels } = options;
  const { graph, meta } = syntheticGraph(elements);
  const plan = planLayout([], graph.nodes.length, graph.nodes.length);
  const chosen = quality ?? (plan.mode === 'full' ? plan.quality : 'default');
  const zoomGuess = expectedFitZoom(graph.nodes.length);
  const [layoutMs, placed] = await layoutPositions(toElements(graph, meta, zoomGuess), chosen);
  const container = document.getElementById('bench') as HTMLElement;
  const large = options.large ?? isLargeMap(placed.length, false);
  const started = performance.now();
  // As MapView does: the map exists before the graph comes, which is then added in one go.
  const cy = cytoscape(cyOptions(container, [], { webgl: renderer === 'webgl', large }));
  cy.add(placed);
  const createMs = performance.now() - started;
  fitAsTheApp(cy, container);
  applyLabelPolicy(cy);
  if (zoomLabels !== false) {
    watchZoom(cy);
  }
  await frame();
  await frame();
  const firstRenderMs = performance.now() - started;
  const zoom = cy.zoom();
  await untilIdle();
  const idleMs = performance.now() - started;
  const { zoomFrameMs, panFrameMs, worstFrameMs } = await interaction(cy, container, frames);
  const canvases = container.querySelectorAll('canvas').length;
  cy.destroy();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    elements: graph.nodes.length + graph.edges.length,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    renderer,
    quality: chosen,
    layoutMs: round(layoutMs),
    createMs: round(createMs),
    firstRenderMs: round(firstRenderMs),
    idleMs: round(idleMs),
    zoomFrameMs: round(zoomFrameMs),
    panFrameMs: round(panFrameMs),
    frameMs: round((zoomFrameMs + panFrameMs) / 2),
    worstFrameMs: round(worstFrameMs),
    large,
    zoom: Math.round(zoom * 1000) / 1000,
    canvases,
  };
}

window.runRenderBench = run;
document.body.dataset['ready'] = 'true';
