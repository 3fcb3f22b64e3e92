import type { CytoscapeOptions, ElementDefinition } from 'cytoscape';
import { mapStyle } from './map-style.ts';

/** From this many elements, panning draws a cached bitmap and no edges until the view rests. */
export const VIEWPORT_TEXTURE_FROM = 3000;

/** The map's Cytoscape options, shared by the app and the render benchmark so both measure the same thing. */
export function cyOptions(
  container: HTMLElement | undefined,
  elements: ElementDefinition[],
  webgl: boolean,
): CytoscapeOptions {
  const large = elements.length >= VIEWPORT_TEXTURE_FROM;
  return {
    ...(container ? { container } : {}),
    elements,
    style: mapStyle(),
    layout: { name: 'preset' },
    wheelSensitivity: 0.25,
    minZoom: 0.05,
    maxZoom: 4,
    autounselectify: true,
    boxSelectionEnabled: false,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    // The WebGL renderer is still the canvas renderer, drawing nodes and edges through WebGL.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as CytoscapeOptions;
}
