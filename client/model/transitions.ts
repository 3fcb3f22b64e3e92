import { type AppState, INITIAL_STATE, type PathQuery, type View } from './app-state.ts';
import { collapse, EMPTY_EXPLORE, type Expansion, expand, hide, isExpanded } from './explore.ts';
import { NODE_TYPES, type NodeType } from './graph.ts';
import type { YearRange } from './time-range.ts';

/** Every user action as a pure step from one state to the next (the controller only dispatches). */
export function select(state: AppState, id: string | null): AppState {
  return { ...state, node: id };
}

/** Choosing a search hit or following a link to a node not on the map: select it and show its neighbours. */
export function open(state: AppState, id: string, onMap: boolean): AppState {
  const selected = { ...state, node: id, view: 'map' as View };
  return onMap ? selected : { ...selected, explore: expand(state.explore, { id, types: null }) };
}

export function expandNode(state: AppState, expansion: Expansion): AppState {
  return { ...state, node: expansion.id, explore: expand(state.explore, expansion) };
}

export function collapseNode(state: AppState, id: string): AppState {
  return { ...state, explore: collapse(state.explore, id) };
}

/** Hiding the selected node clears the selection (the panel would describe something gone). */
export function hideNode(state: AppState, id: string): AppState {
  return {
    ...state,
    node: state.node === id ? null : state.node,
    explore: hide(collapse(state.explore, id), id),
  };
}

export function toggleType(state: AppState, type: NodeType): AppState {
  const hidden = state.hiddenTypes.includes(type)
    ? state.hiddenTypes.filter((t) => t !== type)
    : [...state.hiddenTypes, type];
  return { ...state, hiddenTypes: NODE_TYPES.filter((t) => hidden.includes(t)) };
}

export function onlyType(state: AppState, type: NodeType): AppState {
  return { ...state, hiddenTypes: NODE_TYPES.filter((t) => t !== type) };
}

export function showAllTypes(state: AppState): AppState {
  return { ...state, hiddenTypes: [] };
}

export function clearFilters(state: AppState): AppState {
  return { ...state, hiddenTypes: [], range: null };
}

export function showHidden(state: AppState): AppState {
  return { ...state, explore: { ...state.explore, hidden: [] } };
}

export function setRange(state: AppState, range: YearRange | null): AppState {
  return { ...state, range };
}

export function setPath(state: AppState, path: PathQuery | null): AppState {
  return { ...state, path };
}

export function showCareer(state: AppState, personId: string | null): AppState {
  return { ...state, view: 'career', node: personId ?? state.node };
}

export function setCompare(state: AppState, personId: string | null): AppState {
  return { ...state, view: 'career', compare: personId };
}

export function setView(state: AppState, view: View): AppState {
  return { ...state, view };
}

/** Back to the first picture; the renderer choice is a preference, not part of the view. */
export function reset(state: AppState): AppState {
  return { ...INITIAL_STATE, explore: EMPTY_EXPLORE, renderer: state.renderer };
}

export function expanded(state: AppState, id: string): boolean {
  return isExpanded(state.explore, id);
}
