import { EMPTY_EXPLORE, type ExploreState } from './explore.ts';
import type { NodeType } from './graph.ts';
import type { YearRange } from './time-range.ts';

export type View = 'map' | 'career' | 'flows';
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface PathQuery {
  from: string;
  to: string;
}

/** Everything a link reproduces: what is selected, which view, filters, time, what was explored. */
export interface AppState {
  node: string | null;
  view: View;
  /** The second person of the career comparison. */
  compare: string | null;
  hiddenTypes: NodeType[];
  range: YearRange | null;
  explore: ExploreState;
  path: PathQuery | null;
  renderer: RendererChoice;
}

export const INITIAL_STATE: AppState = {
  node: null,
  view: 'map',
  compare: null,
  hiddenTypes: [],
  range: null,
  explore: EMPTY_EXPLORE,
  path: null,
  renderer: 'auto',
};

/** Same view: used to skip history entries and redraws that would change nothing. */
export function sameState(a: AppState, b: AppState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
