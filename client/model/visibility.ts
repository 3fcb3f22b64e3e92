import { adjacency, type Fragment, type NodeMeta, type NodeType } from './graph.ts';
import { inRange, type YearRange } from './time-range.ts';

export interface Filters {
  hiddenTypes: readonly NodeType[];
  range: YearRange | null;
}

/** Nodes that carry their own year; everything else belongs to a time through them. */
const DATED_TYPES: ReadonlySet<NodeType> = new Set<NodeType>(['Talk', 'CareerDecision']);

/**
 * Which nodes a time range keeps: talks and career steps of those years; any other node
 * (a person, an institution…) when something of those years touches it. Undated talks and
 * steps cannot be placed in a range, so a range leaves them out. `pinned` nodes (the selection)
 * stay so the user does not lose what they are looking at.
 */
export function inTimeRange(
  graph: Fragment,
  meta: ReadonlyMap<string, NodeMeta>,
  range: YearRange | null,
  pinned: readonly string[] = [],
): Set<string> {
  if (!range) {
    return new Set(graph.nodes.map((n) => n.id));
  }
  const datedIn = new Set<string>();
  for (const node of graph.nodes) {
    const year = meta.get(node.id)?.year ?? null;
    if (DATED_TYPES.has(node.type) && year !== null && inRange(year, range)) {
      datedIn.add(node.id);
    }
  }
  const links = adjacency(graph);
  const kept = new Set<string>([...datedIn, ...pinned]);
  for (const node of graph.nodes) {
    if (DATED_TYPES.has(node.type)) {
      continue;
    }
    const around = links.get(node.id);
    if (around && [...around].some((id) => datedIn.has(id))) {
      kept.add(node.id);
    }
  }
  return kept;
}

/** The nodes to draw: in the time range and of a type the legend shows. */
export function visibleNodes(
  graph: Fragment,
  meta: ReadonlyMap<string, NodeMeta>,
  filters: Filters,
  pinned: readonly string[] = [],
): Set<string> {
  const timed = inTimeRange(graph, meta, filters.range, pinned);
  const hiddenTypes = new Set(filters.hiddenTypes);
  return new Set(graph.nodes.filter((n) => timed.has(n.id) && !hiddenTypes.has(n.type)).map((n) => n.id));
}

/** Nodes per type: on the map (after filters) and loaded, for the legend. */
export function countByType(
  graph: Fragment,
  visible: ReadonlySet<string>,
): Map<NodeType, { shown: number; loaded: number }> {
  const counts = new Map<NodeType, { shown: number; loaded: number }>();
  for (const node of graph.nodes) {
    const count = counts.get(node.type) ?? { shown: 0, loaded: 0 };
    count.loaded += 1;
    if (visible.has(node.id)) {
      count.shown += 1;
    }
    counts.set(node.type, count);
  }
  return counts;
}

/** The selected node and its neighbours (and the edges between), for focus + context. */
export function focusSet(graph: Fragment, selected: string | null): Set<string> | null {
  if (!selected || !graph.nodes.some((n) => n.id === selected)) {
    return null;
  }
  return new Set([selected, ...(adjacency(graph).get(selected) ?? [])]);
}
