import { PointGrid, placeInFreeSpace } from './free-space.ts';
import { adjacency, type Fragment } from './graph.ts';

export interface Point {
  x: number;
  y: number;
}

/** Beyond this many nodes a first picture gets fcose's draft (spectral step) alone. */
export const FORCE_LAYOUT_LIMIT = 1500;

export type LayoutPlan = { mode: 'full'; quality: 'default' | 'draft'; spread: number } | { mode: 'none' };

/**
 * How to lay out after the graph changed. A first picture gets a full layout (draft quality when
 * large). Added nodes need none: placeNewNodes already put them in free space around what they
 * hang from, and every node the user has seen stays where it was. (A force layout with the old
 * nodes pinned, used before, pulled an expansion of ~20 nodes into a ball of overlapping labels.)
 */
export function planLayout(existing: readonly string[], _added: number, total: number): LayoutPlan {
  if (existing.length || !total) {
    return { mode: 'none' };
  }
  return total > FORCE_LAYOUT_LIMIT
    ? { mode: 'full', quality: 'draft', spread: draftSpread(total) }
    : { mode: 'full', quality: 'default', spread: 1 };
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
 * Where new nodes go, every node already placed staying where it is: a local layout. Each new
 * node hangs from the placed neighbour with the most new neighbours (the node just expanded),
 * and each such parent's new nodes, grouped by type and by a shared other neighbour, take the
 * free spots nearest it, on the side
 * away from what is already around it (placeInFreeSpace). New nodes that hang only from other
 * new ones follow them; the unconnected go in free space around the middle of the picture.
 */
export function placeNewNodes(
  newIds: readonly string[],
  graph: Fragment,
  placed: ReadonlyMap<string, Point>,
  spacing = 95,
): Map<string, Point> {
  if (!placed.size) {
    // A first picture: the full layout places everything; this only keeps nodes apart till then.
    return new Map(newIds.map((id, index) => [id, spiralPoint({ x: 0, y: 0 }, index, spacing)]));
  }
  const links = adjacency(graph);
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const known = new Map(placed);
  const grid = new PointGrid(spacing, placed.values());
  const result = new Map<string, Point>();
  let pending = newIds.filter((id) => !known.has(id));
  while (pending.length) {
    const waiting = new Set(pending);
    const children = new Map<string, string[]>();
    for (const id of pending) {
      const parent = parentOf(id, links, known, waiting);
      if (parent !== undefined) {
        children.set(parent, [...(children.get(parent) ?? []), id]);
        waiting.delete(id);
      }
    }
    if (!children.size) {
      const ids = [...waiting];
      const spots = placeInFreeSpace(centroid([...known.values()]), ids.length, grid, spacing);
      ids.forEach((id, index) => {
        result.set(id, spots[index] as Point);
      });
      break;
    }
    for (const [parent, ids] of children) {
      // Side by side on the ring: nodes of one type, and within it those sharing another
      // neighbour (a hub's career steps by their person), so a hub opens into named clusters.
      const key = (id: string) =>
        `${typeOf.get(id) ?? ''}\u0000${[...(links.get(id) ?? [])].filter((n) => n !== parent).sort()[0] ?? ''}\u0000${id}`;
      ids.sort((a, b) => key(a).localeCompare(key(b)));
      const spots = placeInFreeSpace(known.get(parent) as Point, ids.length, grid, spacing);
      ids.forEach((id, index) => {
        known.set(id, spots[index] as Point);
        result.set(id, spots[index] as Point);
      });
    }
    pending = [...waiting];
  }
  return result;
}

/** The placed neighbour of `id` that most of the waiting nodes hang from. */
function parentOf(
  id: string,
  links: ReadonlyMap<string, ReadonlySet<string>>,
  known: ReadonlyMap<string, Point>,
  waiting: ReadonlySet<string>,
): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const neighbour of links.get(id) ?? []) {
    if (!known.has(neighbour)) {
      continue;
    }
    let count = 0;
    for (const next of links.get(neighbour) ?? []) {
      count += waiting.has(next) ? 1 : 0;
    }
    if (count > most) {
      best = neighbour;
      most = count;
    }
  }
  return best;
}

export function centroid(points: readonly Point[]): Point {
  if (!points.length) {
    return { x: 0, y: 0 };
  }
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
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
