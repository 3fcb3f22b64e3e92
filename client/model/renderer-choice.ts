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
