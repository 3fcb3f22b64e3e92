import type { AppState } from '../model/app-state.ts';
import type { Fragment, GraphNode } from '../model/graph.ts';
import type { GraphData } from './graph-data.ts';

export type Camera = 'keep' | 'focus' | 'fit' | 'route';

export interface DispatchOptions {
  /** Explore actions can be undone; selection and view changes are navigation. */
  undoable?: boolean;
  history?: 'push' | 'replace' | 'none';
  camera?: Camera;
}

/**
 * What the views and the exports ask of the explorer: its state, its data and its actions. They
 * depend on this, not on explorer.ts, so the explorer can build them without an import cycle.
 */
export interface Controller {
  readonly state: AppState;
  readonly data: GraphData;
  /** What the map holds, and which of it the filters show. */
  readonly graph: Fragment;
  readonly visible: ReadonlySet<string>;
  dispatch(next: AppState, options?: DispatchOptions): void;
  render(camera: Camera): Promise<void>;
  undo(): void;
  redo(): void;
  /** The camera moved or a node was dropped. */
  viewChanged(): void;
  togglePlay(): void;
  stopPlay(): void;
  /** Opens a view saved by the JSON export. */
  importView(text: string): void;
  /** Draws one of the other shortest connections of the current path query. */
  showPath(fragment: Fragment): void;
  nodeOf(id: string): GraphNode | undefined;
  labelOf(id: string): string | undefined;
}
