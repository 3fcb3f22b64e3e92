import type { Point } from './layout-plan.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The node an arrow key moves the keyboard cursor to: among `neighbours` first (the graph's own
 * links), else among `others`, the one lying in that direction (within 75° of it) that is
 * nearest, with a sideways offset costing twice a straight one. Null when nothing lies that way.
 */
export function nextInDirection(
  from: Point,
  direction: Direction,
  neighbours: ReadonlyMap<string, Point>,
  others: ReadonlyMap<string, Point> = new Map(),
): string | null {
  return bestToward(from, UNIT[direction], neighbours) ?? bestToward(from, UNIT[direction], others);
}

function bestToward(from: Point, unit: Point, candidates: ReadonlyMap<string, Point>): string | null {
  let best: { id: string; cost: number } | null = null;
  const cone = Math.cos((75 * Math.PI) / 180);
  for (const [id, point] of candidates) {
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance < 1e-6) {
      continue;
    }
    const along = dx * unit.x + dy * unit.y;
    if (along / distance < cone) {
      continue;
    }
    const across = Math.abs(dx * unit.y - dy * unit.x);
    const cost = along + 2 * across;
    if (!best || cost < best.cost || (cost === best.cost && id < best.id)) {
      best = { id, cost };
    }
  }
  return best?.id ?? null;
}
