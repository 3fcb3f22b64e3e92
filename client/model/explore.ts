import { EMPTY_FRAGMENT, type Fragment, mergeFragments, type NodeType } from './graph.ts';

/** A node whose neighbours were added to the map: all of them (`types` null) or some types only. */
export interface Expansion {
  id: string;
  types: NodeType[] | null;
}

/** What the user built on top of the overview; undo and the URL keep this. */
export interface ExploreState {
  expanded: Expansion[];
  hidden: string[];
}

export const EMPTY_EXPLORE: ExploreState = { expanded: [], hidden: [] };

/** The cache key of an expansion's fetched neighbourhood. */
export function expansionKey(expansion: Expansion): string {
  const types = expansion.types ? [...expansion.types].sort().join(',') : '*';
  return `${expansion.id}|${types}`;
}

/** Expands a node once per type selection; expanding shows the node again if it was hidden. */
export function expand(state: ExploreState, expansion: Expansion): ExploreState {
  const key = expansionKey(expansion);
  if (state.expanded.some((e) => expansionKey(e) === key) && !state.hidden.includes(expansion.id)) {
    return state;
  }
  return {
    expanded: [...state.expanded.filter((e) => expansionKey(e) !== key), expansion],
    hidden: state.hidden.filter((id) => id !== expansion.id),
  };
}

/** Takes back every expansion of a node: neighbours only it brought leave the map. */
export function collapse(state: ExploreState, id: string): ExploreState {
  if (!state.expanded.some((e) => e.id === id)) {
    return state;
  }
  return { ...state, expanded: state.expanded.filter((e) => e.id !== id) };
}

export function hide(state: ExploreState, id: string): ExploreState {
  if (state.hidden.includes(id)) {
    return state;
  }
  return { ...state, hidden: [...state.hidden, id] };
}

export function unhide(state: ExploreState, id: string): ExploreState {
  return { ...state, hidden: state.hidden.filter((h) => h !== id) };
}

export function isExpanded(state: ExploreState, id: string): boolean {
  return state.expanded.some((e) => e.id === id);
}

/**
 * The graph on the map: the overview, every expansion and path fetched so far that the state
 * asks for, without the hidden nodes. Fragments not fetched yet are simply absent.
 */
export function composeGraph(
  overview: Fragment,
  cache: ReadonlyMap<string, Fragment>,
  state: ExploreState,
  extra: readonly Fragment[] = [],
): Fragment {
  const parts = [overview];
  for (const expansion of state.expanded) {
    parts.push(cache.get(expansionKey(expansion)) ?? EMPTY_FRAGMENT);
  }
  parts.push(...extra);
  const merged = mergeFragments(parts);
  if (!state.hidden.length) {
    return merged;
  }
  const hidden = new Set(state.hidden);
  return {
    nodes: merged.nodes.filter((n) => !hidden.has(n.id)),
    edges: merged.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
    truncated: merged.truncated ?? false,
  };
}
