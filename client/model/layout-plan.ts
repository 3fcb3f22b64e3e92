import { adjacency, type Fragment } from './graph.ts';

export interface Point {
  x: number;
  y: number;
}

/** Beyond this many nodes a force layout on every change costs seconds: new nodes are only placed. */
export const FORCE_LAYOUT_LIMIT = 1500;

export type LayoutPlan =
  | { mode: 'full'; quality: 'default' | 'draft'; spread: number }
  | { mode: 'incremental'; fixed: string[] }
  | { mode: 'none' };

/**
 * How to lay out after the graph changed. A first picture gets a full layout (draft quality when
 * large); added nodes get a layout that pins every node already placed, so nothing the user has
 * seen jumps; large graphs keep placement only.
 */
export function planLayout(existing: readonly string[], added: number, total: number): LayoutPlan {
  if (!existing.length) {
    if (!total) {
      return { mode: 'none' };
    }
    return total > FORCE_LAYOUT_LIMIT
      ? { mode: 'full', quality: 'draft', spread: draftSpread(total) }
      : { mode: 'full', quality: 'default', spread: 1 };
  }
  if (!added || total > FORCE_LAYOUT_LIMIT) {
    return { mode: 'none' };
  }
  return { mode: 'incremental', fixed: [...existing] };
}

/**
 * How much farther apart than usual a draft layout of `nodes` nodes puts them. The draft is
 * fcose's spectral step alone, which spaces nodes by hops (times nodeSeparation): its picture
 * grows with the graph's diameter, about log n, where the room nodes need grows with √n.
 * Measured on the synthetic graph: 2,174 nodes came out 540 units wide, against 1,560 for 1,304
 * nodes at default quality, so the fit hit its 1.2 cap with thousands of nodes and every label
 * on top of each other. √(n/140) gives each node about the room the force layout gives it
 * (2,174 nodes: ×3.9, fitted at 0.24–0.33 instead of 0.95–1.2, where only people, places and
 * hubs keep a label): readable, and in bench/client-render.ts the first render ~25 % cheaper
 * (dragging only ~10 %, within the noise). Within FORCE_LAYOUT_LIMIT the force layout spaces nodes.
 */
export function draftSpread(nodes: number): number {
  return nodes > FORCE_LAYOUT_LIMIT ? Math.sqrt(nodes / 140) : 1;
}

/** The n-th point of a sunflower spiral: evenly spread, never on top of each other. */
export function spiralPoint(centre: Point, index: number, spacing: number): Point {
  const angle = index * 2.399963; // the golden angle, in radians
  const radius = spacing * Math.sqrt(index + 1);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/**
 * Starting positions for new nodes: around the placed neighbour they hang from (an expanded
 * node's neighbours gather around it), chained through other new nodes, else around the centre.
 */
export function placeNewNodes(
  newIds: readonly string[],
  graph: Fragment,
  placed: ReadonlyMap<string, Point>,
  spacing = 95,
): Map<string, Point> {
  const links = adjacency(graph);
  const known = new Map(placed);
  const result = new Map<string, Point>();
  const perAnchor = new Map<string, number>();
  let pending = newIds.filter((id) => !known.has(id));
  while (pending.length) {
    const waiting: string[] = [];
    for (const id of pending) {
      const anchor = [...(links.get(id) ?? [])].find((n) => known.has(n));
      if (anchor === undefined) {
        waiting.push(id);
        continue;
      }
      const index = perAnchor.get(anchor) ?? 0;
      perAnchor.set(anchor, index + 1);
      const point = spiralPoint(known.get(anchor) as Point, index, spacing);
      known.set(id, point);
      result.set(id, point);
    }
    if (waiting.length === pending.length) {
      placeAroundCentre(waiting, known, result, spacing);
      break;
    }
    pending = waiting;
  }
  return result;
}

function placeAroundCentre(
  ids: readonly string[],
  known: Map<string, Point>,
  result: Map<string, Point>,
  spacing: number,
): void {
  const centre = centroid([...known.values()]);
  const offset = known.size;
  ids.forEach((id, index) => {
    const point = spiralPoint(centre, offset + index, spacing);
    known.set(id, point);
    result.set(id, point);
  });
}

export function centroid(points: readonly Point[]): Point {
  if (!points.length) {
    return { x: 0, y: 0 };
  }
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/**
 * Where new nodes go after an incremental layout, with every pinned node exactly where it was.
 * fcose keeps pinned nodes' relative places but may shift the whole picture a little; the shift
 * (the pinned nodes' mean drift) is taken back from the new nodes too, so they stay beside
 * their neighbours.
 */
export function withoutDrift(
  before: ReadonlyMap<string, Point>,
  after: ReadonlyMap<string, Point>,
  newIds: readonly string[],
): Map<string, Point> {
  const drifts: Point[] = [];
  for (const [id, point] of before) {
    const moved = after.get(id);
    if (moved) {
      drifts.push({ x: point.x - moved.x, y: point.y - moved.y });
    }
  }
  const offset = centroid(drifts);
  const result = new Map<string, Point>();
  for (const id of newIds) {
    const point = after.get(id);
    if (point) {
      result.set(id, { x: point.x + offset.x, y: point.y + offset.y });
    }
  }
  return result;
}

/**
 * A draft layout made readable: fcose's spectral step alone can throw a few nodes far out (the
 * synthetic 1k-talk graph came out ~50,000 units wide, so even the smallest zoom showed a blank
 * map) and puts nodes of the same neighbours on one point (a talk on its speaker). The middle
 * 90 % of nodes is scaled to about `spacing` units per node (√n · spacing a side), the rest pulled
 * in to the edge of that box, and nodes on one spot spread on a small spiral around it.
 */
export function tidyDraft(positions: ReadonlyMap<string, Point>, spacing = 80): Map<string, Point> {
  const ids = [...positions.keys()];
  if (ids.length < 3) {
    return new Map(positions);
  }
  const xs = ids.map((id) => (positions.get(id) as Point).x).sort((a, b) => a - b);
  const ys = ids.map((id) => (positions.get(id) as Point).y).sort((a, b) => a - b);
  const at = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
  const core = { x1: at(xs, 0.05), x2: at(xs, 0.95), y1: at(ys, 0.05), y2: at(ys, 0.95) };
  const centre = { x: (core.x1 + core.x2) / 2, y: (core.y1 + core.y2) / 2 };
  const side = spacing * Math.sqrt(ids.length);
  const extent = Math.max(core.x2 - core.x1, core.y2 - core.y1);
  const scale = extent > 0 ? side / extent : 1;
  // Outliers stay on their side of the picture, at most a little past the core's edge.
  const limit = (side / 2) * 1.3;
  const clamp = (v: number) => Math.max(-limit, Math.min(limit, v));
  const result = new Map<string, Point>();
  const taken = new Map<string, number>();
  const cell = spacing / 2;
  for (const id of ids) {
    const p = positions.get(id) as Point;
    const scaled = { x: clamp((p.x - centre.x) * scale), y: clamp((p.y - centre.y) * scale) };
    const key = `${Math.round(scaled.x / cell)}:${Math.round(scaled.y / cell)}`;
    const crowd = taken.get(key) ?? 0;
    taken.set(key, crowd + 1);
    result.set(id, crowd ? spiralPoint(scaled, crowd - 1, spacing / 2) : scaled);
  }
  return result;
}
