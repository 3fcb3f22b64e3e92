import type { CytoscapeOptions, ElementDefinition } from 'cytoscape';
import type { DrawingMode } from '../model/renderer-choice.ts';
import { mapStyle } from './map-style.ts';

/**
 * The map's Cytoscape options, shared by the app and the render benchmark so both measure the
 * same thing. A large map (isLargeMap) draws plain edges (map-style.ts).
 */
export function cyOptions(
  container: HTMLElement | undefined,
  elements: ElementDefinition[],
  { webgl, large }: DrawingMode,
): CytoscapeOptions {
  return {
    ...(container ? { container } : {}),
    elements,
    style: mapStyle({ large }),
    // The caller sets the viewport: fitting here would measure every label for nothing.
    layout: { name: 'preset', fit: false },
    // Cytoscape's own wheel speed: a custom one logs a warning on every load, and 0.25 made
    // zooming across a large map take a dozen turns.
    minZoom: 0.05,
    maxZoom: 4,
    autounselectify: true,
    boxSelectionEnabled: false,
    // Not textureOnViewport/hideEdgesOnViewport, even on large maps: measured with real wheel and
    // drag gestures (bench/client-render.ts, headless Chromium, noisy), the bitmap made dragging
    // 5k elements ~40 % cheaper but the wheel 2–3× dearer (Cytoscape's layered cache already
    // keeps it at 60 fps), added a hitch of 0.4–2.6 s when drawn, lost at 20k on every figure,
    // and made software WebGL 2–4× slower. hideEdgesOnViewport alone bypasses the layered cache.
    // The WebGL renderer is still the canvas renderer, drawing nodes and edges through WebGL.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as CytoscapeOptions;
}
