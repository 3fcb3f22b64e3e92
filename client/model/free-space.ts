/** A place on the map (the same shape as layout-plan's Point, which imports this file: no cycle). */
interface Point {
  x: number;
  y: number;
}

/**
 * Labels run sideways under their node: two nodes side by side need this many times the room
 * that two stacked ones need.
 */
const WIDE = 1.6;

/** Placed points in square cells, so "is anything too near?" looks at a few cells, not at every node. */
export class PointGrid {
  private readonly cells = new Map<string, Point[]>();
  private readonly cell: number;

  constructor(
    private readonly spacing: number,
    points: Iterable<Point> = [],
  ) {
    this.cell = spacing * WIDE;
    for (const point of points) {
      this.add(point);
    }
  }

  private key(x: number, y: number): string {
    return `${x}:${y}`;
  }

  add(point: Point): void {
    const key = this.key(Math.floor(point.x / this.cell), Math.floor(point.y / this.cell));
    const list = this.cells.get(key);
    if (list) {
      list.push(point);
    } else {
      this.cells.set(key, [point]);
    }
  }

  /** True when no placed point is within `spacing` (WIDE times that sideways) of `point`. */
  isFree(point: Point): boolean {
    const cx = Math.floor(point.x / this.cell);
    const cy = Math.floor(point.y / this.cell);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          const x = (other.x - point.x) / (this.spacing * WIDE);
          const y = (other.y - point.y) / this.spacing;
          if (x * x + y * y < 1) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Placed points within `radius` of `centre`. */
  near(centre: Point, radius: number): Point[] {
    const found: Point[] = [];
    const reach = Math.ceil(radius / this.cell);
    const cx = Math.floor(centre.x / this.cell);
    const cy = Math.floor(centre.y / this.cell);
    for (let dx = -reach; dx <= reach; dx += 1) {
      for (let dy = -reach; dy <= reach; dy += 1) {
        for (const other of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (Math.hypot(other.x - centre.x, other.y - centre.y) <= radius) {
            found.push(other);
          }
        }
      }
    }
    return found;
  }
}

/** Rings searched for free room: 80 rings hold ~20,000 spots. */
const MAX_RINGS = 80;

/**
 * Places `count` nodes around `centre` where there is room: on rings of growing radius, the
 * nearest ring first, each ring tried from the side facing away from the nodes already nearby
 * (so an expansion fans out into open space instead of onto its neighbours), and a spot taken
 * only when nothing placed (the grid, which the new points join) is within the spacing.
 */
export function placeInFreeSpace(centre: Point, count: number, grid: PointGrid, spacing: number): Point[] {
  const found: { point: Point; ring: number; offset: number }[] = [];
  if (!count) {
    return [];
  }
  const away = awayFromCrowd(centre, grid, spacing * 4);
  // Rings are ellipses WIDE times wider than tall: on each, neighbouring spots are `spacing`
  // apart as isFree counts room, so a ring holds about 2π·ring of them.
  for (let ring = 1; ring <= MAX_RINGS && found.length < count; ring += 1) {
    const radius = spacing * ring;
    const slots = Math.max(6, Math.floor(2 * Math.PI * ring));
    const step = (2 * Math.PI) / slots;
    for (let j = 0; j < slots && found.length < count; j += 1) {
      // 0, +1, −1, +2, −2…: the slots nearest the open side first.
      const offset = j % 2 ? (j + 1) / 2 : -j / 2;
      const angle = away + offset * step;
      const point = { x: centre.x + WIDE * radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      if (grid.isFree(point)) {
        grid.add(point);
        found.push({ point, ring, offset: offset * step });
      }
    }
  }
  // No room within MAX_RINGS (a crowded middle): the rest on a spiral past the last ring.
  for (let index = 0; found.length < count; index += 1) {
    const angle = away + index * 2.399963;
    const radius = spacing * (MAX_RINGS + Math.sqrt(index + 1));
    const point = { x: centre.x + WIDE * radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    found.push({ point, ring: MAX_RINGS + 1, offset: index });
  }
  // Ring by ring, each in order round it: nodes given one after another end up side by side.
  found.sort((a, b) => a.ring - b.ring || a.offset - b.offset);
  return found.map((f) => f.point);
}

/**
 * The direction from the nodes around `centre` (their mean) towards it, as an angle on the
 * rings (x counted in WIDE units); straight up when alone.
 */
function awayFromCrowd(centre: Point, grid: PointGrid, radius: number): number {
  const crowd = grid.near(centre, radius).filter((p) => p.x !== centre.x || p.y !== centre.y);
  if (!crowd.length) {
    return -Math.PI / 2;
  }
  const mean = {
    x: crowd.reduce((sum, p) => sum + p.x, 0) / crowd.length,
    y: crowd.reduce((sum, p) => sum + p.y, 0) / crowd.length,
  };
  const dx = (centre.x - mean.x) / WIDE;
  const dy = centre.y - mean.y;
  return dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
}
