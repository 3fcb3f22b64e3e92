export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/**
 * The zoom that shows a box in a viewport with padding, never closer than `max` (a lone node
 * filling the screen tells nothing) and never further than `min`.
 */
export function fitZoom(
  box: Box,
  viewport: { width: number; height: number },
  padding: number,
  max = 1.2,
  min = 0.2,
): number {
  const width = Math.max(1, viewport.width - 2 * padding);
  const height = Math.max(1, viewport.height - 2 * padding);
  const zoom = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  return Math.max(min, Math.min(max, zoom));
}

export function boxCentre(box: Box): { x: number; y: number } {
  return { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
}
