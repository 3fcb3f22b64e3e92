import { adjacency, type Fragment, type GraphEdge, type GraphNode } from './graph.ts';

/** The connection found between two nodes, in order, with the edges along it. */
export interface Route {
  nodes: string[];
  edges: GraphEdge[];
}

/**
 * The path in order from `from` to `to`. The API's `path` returns the path's nodes with every
 * relationship among them (so the picture shows how they hang together); the route itself is
 * the shortest walk through those, found breadth first.
 */
export function routeThrough(fragment: Fragment, from: string, to: string): Route | null {
  const links = adjacency(fragment);
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head] as string;
    if (current === to) {
      break;
    }
    for (const next of [...(links.get(current) ?? [])].sort()) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  if (!previous.has(to) || !fragment.nodes.some((n) => n.id === from)) {
    return null;
  }
  const nodes: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) {
    nodes.unshift(at);
  }
  return { nodes, edges: edgesAlong(fragment, nodes) };
}

/** A path as `shortestPaths` lists it (nodes and edges already in order) as a route. */
export function routeOfPath(path: Fragment): Route {
  return { nodes: path.nodes.map((n) => n.id), edges: path.edges };
}

/** The same walk: the same nodes in the same order (two relationships between a pair are one hop). */
export function sameRoute(a: Route | null, b: Route | null): boolean {
  return Boolean(a && b) && a?.nodes.join('\u0000') === b?.nodes.join('\u0000');
}

/** What tells one shortest path from another: the nodes between its two ends. */
export function routeVia(path: Fragment): GraphNode[] {
  return path.nodes.slice(1, -1);
}

function edgesAlong(fragment: Fragment, nodes: readonly string[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (let index = 1; index < nodes.length; index += 1) {
    const a = nodes[index - 1];
    const b = nodes[index];
    const edge = fragment.edges.find(
      (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
    );
    if (edge) {
      edges.push(edge);
    }
  }
  return edges;
}

/** How two neighbours on a route are linked, read from `from` towards the other end. */
const RELATION_WORDS: Record<string, [forward: string, backward: string]> = {
  GIVEN_BY: ['given by', 'gave'],
  MENTIONS: ['mentions', 'mentioned in'],
  FROM_SOURCE: ['from the source', 'source of'],
  DECIDED: ['took the step', 'a step of'],
  TO: ['to', 'the destination of'],
  FROM: ['leaving', 'left in'],
  TOLD_IN: ['told in', 'tells'],
  AFFILIATED_WITH: ['affiliated with', 'home of'],
  RELATED_TO: ['related to', 'related to'],
  PART_OF: ['part of', 'includes'],
  SAME_TALK: ['same talk as', 'same talk as'],
  NARRATED_BY: ['narrated by', 'narrates'],
};

export function relationPhrase(edge: GraphEdge, from: string): string {
  const words = RELATION_WORDS[edge.type];
  if (!words) {
    return edge.type.toLowerCase().replaceAll('_', ' ');
  }
  return edge.source === from ? words[0] : words[1];
}
