import { classifyWebgl, type WebglSupport } from '../model/renderer-choice.ts';

/** Which WebGL this browser offers, by the name of the renderer behind it. */
export function webglSupport(): WebglSupport {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) {
      return 'none';
    }
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return classifyWebgl(
      String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)),
    );
  } catch {
    return 'none';
  }
}
