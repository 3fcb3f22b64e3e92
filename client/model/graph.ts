/** The node labels the API returns (`NodeType`), in legend order. */
export const NODE_TYPES = [
  'Person',
  'Talk',
  'CareerDecision',
  'Institution',
  'Model',
  'Topic',
  'Conference',
  'Dataset',
  'Source',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Relationship type: GIVEN_BY, MENTIONS, DECIDED, TO, FROM, TOLD_IN, RELATED_TO, … */
  type: string;
  weight?: number | null;
}

/** A piece of the graph as fetched: the overview, one expansion, or one path. */
export interface Fragment {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

/** What the map knows about a node beyond its label, from the overview (years drive the time bar). */
export interface NodeMeta {
  year: number | null;
  kind?: string;
  /** A career step's person: a step drawn near a hub says whose it is. */
  person?: string;
  /** What a summary node stands for (talks in a group, talks and steps of a hub): its size. */
  weight?: number;
  /** A summary node's label tier by rank, in place of the one its type and degree give. */
  tier?: 'primary' | 'secondary';
  /** A talk group of the summary: opening it brings its talks. */
  group?: boolean;
}

export const EMPTY_FRAGMENT: Fragment = { nodes: [], edges: [] };

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

/**
 * Edge identity on the client. The server's edge ids are element ids that change across
 * reloads, and the overview builds edges itself: one key for the same relationship from both.
 */
export function edgeKey(edge: GraphEdge): string {
  return `${edge.source}>${edge.type}>${edge.target}`;
}

/** Nodes and edges of fragments together, each once; the first non-empty label wins. */
export function mergeFragments(fragments: readonly Fragment[]): Fragment {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const fragment of fragments) {
    truncated ||= fragment.truncated === true;
    for (const node of fragment.nodes) {
      const known = nodes.get(node.id);
      if (!known || (!known.label && node.label)) {
        nodes.set(node.id, node);
      }
    }
    for (const edge of fragment.edges) {
      edges.set(edgeKey(edge), edge);
    }
  }
  // An edge whose end is not drawn would make Cytoscape throw: keep only edges among the nodes.
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}

/** Degree of every node (edges counted once per end). */
export function degrees(fragment: Fragment): Map<string, number> {
  const result = new Map<string, number>(fragment.nodes.map((n) => [n.id, 0]));
  for (const edge of fragment.edges) {
    result.set(edge.source, (result.get(edge.source) ?? 0) + 1);
    result.set(edge.target, (result.get(edge.target) ?? 0) + 1);
  }
  return result;
}

/** Undirected adjacency of a fragment. */
export function adjacency(fragment: Fragment): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = result.get(a) ?? new Set<string>();
    set.add(b);
    result.set(a, set);
  };
  for (const edge of fragment.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  return result;
}
