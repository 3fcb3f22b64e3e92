import type { RendererChoice } from './app-state.ts';

/** From about this many elements the canvas renderer stutters while panning: WebGL takes over. */
export const WEBGL_FROM_ELEMENTS = 2000;

/** What WebGL the browser has: software WebGL (SwiftShader, llvmpipe) is slower than the canvas. */
export type WebglSupport = 'none' | 'software' | 'hardware';

export function classifyWebgl(rendererName: string | null): WebglSupport {
  if (rendererName === null) {
    return 'none';
  }
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(rendererName) ? 'software' : 'hardware';
}

/**
 * Whether to draw with WebGL: what the user picked (when there is any WebGL), else by size, and
 * only on a GPU: measured here, software WebGL draws 5k elements twenty times slower than canvas.
 */
export function useWebgl(choice: RendererChoice, elements: number, support: WebglSupport): boolean {
  if (support === 'none') {
    return false;
  }
  if (choice !== 'auto') {
    return choice === 'webgl';
  }
  return support === 'hardware' && elements >= WEBGL_FROM_ELEMENTS;
}

/**
 * From this many elements the map draws for speed rather than finish (adapter/map-style.ts):
 * plain edges without arrows, save those the user looks at. Smaller maps look as before.
 */
export const LARGE_MAP_FROM = 3000;

/** A large map stays large down to this size: one near the threshold is not rebuilt on every expand. */
export const LARGE_MAP_DOWN_TO = 2500;

export function isLargeMap(elements: number, wasLarge: boolean): boolean {
  return elements >= (wasLarge ? LARGE_MAP_DOWN_TO : LARGE_MAP_FROM);
}

/** How the map is drawn; Cytoscape fixes both when it is created. */
export interface DrawingMode {
  webgl: boolean;
  large: boolean;
}
