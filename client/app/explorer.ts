import { errorText } from '../api/graphql-client.ts';
import { type AppState, INITIAL_STATE, sameState } from '../model/app-state.ts';
import { composeGraph, isExpanded } from '../model/explore.ts';
import { parseExportedView } from '../model/export-view.ts';
import { EMPTY_FRAGMENT, edgeKey, type Fragment, type GraphNode } from '../model/graph.ts';
import type { Point } from '../model/layout-plan.ts';
import { isGroupId, toggleGroup } from '../model/overview-summary.ts';
import { type Route, routeOfPath, routeThrough } from '../model/path-route.ts';
import { useWebgl } from '../model/renderer-choice.ts';
import { clampRange, fillYears, formatRange, nextPlayRange } from '../model/time-range.ts';
import * as act from '../model/transitions.ts';
import {
  canRedo,
  canUndo,
  createUndoStack,
  pushUndo,
  redo,
  type UndoStack,
  undo,
} from '../model/undo-stack.ts';
import { decodeState, encodeState, urlCorrections } from '../model/url-state.ts';
import {
  type CameraView,
  decodeCamera,
  decodePositions,
  encodeCamera,
  encodePositions,
} from '../model/view-snapshot.ts';
import { countByType, focusSet, visibleNodes } from '../model/visibility.ts';
import type { PathStatus } from '../view/path-finder.ts';
import type { Camera, Controller, DispatchOptions } from './controller.ts';
import { GraphData, pathKey } from './graph-data.ts';
import { createViews, type Views } from './views.ts';

/** The controller: holds the state, turns actions into new states, and brings every view in line. */
export class Explorer implements Controller {
  state: AppState;
  private undoStack: UndoStack<AppState>;
  readonly data = new GraphData();
  graph: Fragment = EMPTY_FRAGMENT;
  visible = new Set<string>();
  private renderToken = 0;
  private player: ReturnType<typeof setInterval> | null = null;
  private pathStatus: PathStatus = { kind: 'idle' };
  /** Another shortest connection picked in the path finder, drawn instead of the first (for its query only). */
  private chosenPath: { key: string; fragment: Fragment; route: Route } | null = null;
  private failures: string[] = [];
  /** What the link asked for and could not get, said until the user acts. */
  private corrections: string[];
  /** A shared link's positions and camera, applied on the render that follows loading it. */
  private shared: SharedView | null;
  private viewTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Where the nodes were in each state the user went through (by its link), so undo and redo put
   * them back exactly instead of laying the map out anew. Bounded like the undo stack.
   */
  private readonly placesByState = new Map<string, ReadonlyMap<string, Point>>();
  readonly views: Views;

  constructor() {
    this.state = decodeState(location.search);
    this.corrections = urlCorrections(location.search);
    this.shared = sharedView(location.search);
    this.undoStack = createUndoStack(this.state);
    this.views = createViews(this);
    window.addEventListener('popstate', () => {
      this.stopPlay();
      this.shared = sharedView(location.search);
      this.state = decodeState(location.search);
      this.undoStack = { ...this.undoStack, present: this.state };
      void this.render(this.openingCamera());
    });
  }

  async start(): Promise<void> {
    this.views.overlay.loading('Loading the graph…');
    try {
      await this.data.load((loaded, total) =>
        this.views.overlay.loading(`Loading talks ${loaded} / ${total}…`),
      );
    } catch (error) {
      this.views.overlay.error(`Could not load the graph: ${errorText(error)}`, () => void this.start());
      this.views.mapElement.dataset['ready'] = 'error';
      this.views.summary.textContent = 'Not connected';
      return;
    }
    this.views.overlay.hide();
    this.views.summary.textContent = this.summaryText();
    this.views.career.setPeople(this.peopleWithSteps());
    if (!this.data.talkCount) {
      this.views.overlay.empty();
    }
    this.correctRange();
    await this.render(this.openingCamera());
  }

  /** A link's years outside the data: shown as all years (or the years there are), and said. */
  private correctRange(): void {
    const range = this.state.range;
    if (!range || !this.data.stats) {
      return;
    }
    const clamped = clampRange(range, fillYears(this.data.stats.years));
    if (clamped && clamped.from === range.from && clamped.to === range.to) {
      return;
    }
    this.corrections.push(
      clamped
        ? `Years ${formatRange(range)} narrowed to ${formatRange(clamped)}, the years the graph has.`
        : `Nothing in the graph is from ${formatRange(range)}: showing all years.`,
    );
    this.state = { ...this.state, range: clamped };
    this.undoStack = { ...this.undoStack, present: this.state };
    window.history.replaceState(null, '', `${location.pathname}${encodeState(this.state)}`);
  }

  /** Opens a view saved by the JSON export: its state, then its positions and camera. */
  importView(text: string): void {
    const view = parseExportedView(text);
    if ('error' in view) {
      this.views.status.show({ kind: 'error', text: `Could not open the view: ${view.error}` });
      return;
    }
    this.shared = { camera: view.camera, positions: null, imported: view.positions };
    if (sameState(view.state, this.state)) {
      void this.render('keep');
    } else {
      this.dispatch(view.state, { undoable: true, camera: view.camera ? 'keep' : 'fit' });
    }
  }

  private rememberPlaces(): void {
    const key = encodeState(this.state);
    this.placesByState.delete(key);
    this.placesByState.set(key, this.views.map.positions());
    // The oldest first out: as many as the undo stack can reach.
    for (const old of this.placesByState.keys()) {
      if (this.placesByState.size <= 100) {
        break;
      }
      this.placesByState.delete(old);
    }
  }

  /** The camera moved or a node was dropped: the link follows, once things are still. */
  viewChanged(): void {
    clearTimeout(this.viewTimer);
    this.viewTimer = setTimeout(() => {
      // A dragged node's new place is where undo should come back to.
      if (this.views.mapElement.getAttribute('aria-busy') !== 'true') {
        this.rememberPlaces();
      }
      this.writeView();
    }, 300);
  }

  /**
   * Adds the positions and the camera to the current link (replacing the history entry), so a
   * shared link shows what the sender saw. The plain overview stays a plain link: its seeded
   * layout and fit already reproduce it.
   */
  private writeView(): void {
    if (this.shared || this.views.mapElement.getAttribute('aria-busy') === 'true') {
      return;
    }
    const params = new URLSearchParams(encodeState(this.state));
    if (!sameState(this.state, INITIAL_STATE)) {
      params.set('at', encodeCamera(this.views.map.viewport()));
      const positions = encodePositions(this.views.map.positions());
      if (positions) {
        params.set('pos', positions);
      }
    }
    const search = params.toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      window.history.replaceState(null, '', url);
    }
  }

  /** A link with a connection frames the route; with a node, the node; else the whole map. */
  private openingCamera(): Camera {
    return this.state.path ? 'route' : this.state.node ? 'focus' : 'fit';
  }

  dispatch(asked: AppState, options: DispatchOptions = {}): void {
    let next = asked;
    // Selecting a talk group of the summary opens (or closes) it: it has no details of its own.
    if (next.node && isGroupId(next.node) && next.explore === this.state.explore) {
      next = toggleGroup(this.state, next.node);
      options = { ...options, undoable: true, camera: 'focus' };
    }
    if (sameState(next, this.state)) {
      if (options.camera === 'focus' && next.node) {
        this.views.map.focusOn(next.node);
      }
      return;
    }
    this.state = next;
    this.corrections = [];
    this.undoStack = options.undoable ? pushUndo(this.undoStack, next) : { ...this.undoStack, present: next };
    const url = `${location.pathname}${encodeState(next)}`;
    if (options.history === 'replace') {
      window.history.replaceState(null, '', url);
    } else if (options.history !== 'none') {
      window.history.pushState(null, '', url);
    }
    void this.render(options.camera ?? 'keep');
  }

  undo(): void {
    this.travel(undo(this.undoStack));
  }

  redo(): void {
    this.travel(redo(this.undoStack));
  }

  private travel(stack: UndoStack<AppState>): void {
    if (stack === this.undoStack) {
      return;
    }
    this.undoStack = stack;
    this.state = stack.present;
    const places = this.placesByState.get(encodeState(this.state));
    if (places) {
      this.shared = { camera: null, positions: null, imported: places };
    }
    window.history.pushState(null, '', `${location.pathname}${encodeState(this.state)}`);
    void this.render('keep');
  }

  /** Fetches what is missing, redraws the map, then the panels; a newer render cancels an older one. */
  async render(camera: Camera): Promise<void> {
    const token = ++this.renderToken;
    const state = this.state;
    // Tests and assistive tech can tell when the map has caught up with the state.
    this.views.mapElement.setAttribute('aria-busy', 'true');
    this.renderChrome(state);
    if (state.path && !this.data.pathFragment(state.path)) {
      this.pathStatus = { kind: 'loading' };
      this.renderPathFinder();
    }
    const failures = await this.data.ensure(state);
    if (token !== this.renderToken) {
      return;
    }
    this.failures = failures;
    this.dropFailedExpansions();
    const pathFragment = this.data.pathFragment(state.path);
    const chosen = this.chosenFor(state);
    this.graph = composeGraph(
      this.data.overview.fragment,
      this.data.cache,
      state.explore,
      [pathFragment, chosen?.fragment].filter((f): f is Fragment => Boolean(f)),
    );
    const elements = this.graph.nodes.length + this.graph.edges.length;
    this.views.map.setDrawing(useWebgl(state.renderer, elements, this.views.webgl), elements);
    await this.views.map.sync(this.graph, this.data.overview.meta);
    if (token !== this.renderToken) {
      return;
    }
    const shared = this.takeShared();
    this.paint(state, pathFragment);
    if (shared?.camera) {
      this.views.map.setViewport(shared.camera);
    } else {
      this.moveCamera(camera, state);
    }
    this.views.mapElement.setAttribute('aria-busy', 'false');
    this.views.mapElement.dataset['ready'] = 'true';
    this.rememberPlaces();
    this.viewChanged();
    const described = state.node && !isGroupId(state.node) ? state.node : null;
    void this.views.details.show(described, {
      onMap: this.views.map.has(state.node ?? ''),
      expanded: isExpanded(this.state.explore, state.node ?? ''),
    });
    if (state.view === 'career') {
      void this.views.career.show(state.node?.startsWith('person:') ? state.node : null, state.compare);
    }
    if (state.view === 'flows') {
      void this.views.flows.show(state.range);
    }
  }

  /** Draws one of the other shortest connections of the current path query, and frames it. */
  showPath(fragment: Fragment): void {
    if (!this.state.path) {
      return;
    }
    this.chosenPath = { key: pathKey(this.state.path), fragment, route: routeOfPath(fragment) };
    void this.render('route');
  }

  private chosenFor(state: AppState): { fragment: Fragment; route: Route } | null {
    return state.path && this.chosenPath?.key === pathKey(state.path) ? this.chosenPath : null;
  }

  /** An expansion that could not be fetched leaves the state: nothing to collapse, Expand retries. */
  private dropFailedExpansions(): void {
    const failed = new Set(this.data.takeFailedExpansions(this.state));
    if (!failed.size) {
      return;
    }
    const explore = {
      ...this.state.explore,
      expanded: this.state.explore.expanded.filter((e) => !failed.has(e)),
    };
    this.state = { ...this.state, explore };
    this.undoStack = { ...this.undoStack, present: this.state };
    window.history.replaceState(null, '', `${location.pathname}${encodeState(this.state)}`);
  }

  /** A shared link's positions, put in place once its graph is drawn; its camera for the caller. */
  private takeShared(): { camera: CameraView | null } | null {
    const shared = this.shared;
    this.shared = null;
    if (!shared) {
      return null;
    }
    if (shared.imported) {
      // A file's positions are for the nodes it showed: the rest keep the layout's places.
      this.views.map.setPositions(shared.imported);
    } else if (shared.positions) {
      const drawn = this.views.map.positions();
      const positions = decodePositions(shared.positions, drawn.keys());
      if (positions) {
        this.views.map.setPositions(positions);
      } else {
        this.corrections.push('The graph has changed since this link was made: the map is laid out anew.');
        return null;
      }
    }
    return { camera: shared.camera };
  }

  /** What does not wait for data: view switch, toolbar, time bar. */
  private renderChrome(state: AppState): void {
    this.views.setView(state.view);
    this.views.toolbar({
      canUndo: canUndo(this.undoStack),
      canRedo: canRedo(this.undoStack),
      renderer: state.renderer,
    });
    const years = fillYears(this.data.stats?.years ?? []);
    const range = state.range ? clampRange(state.range, years) : null;
    const undated = this.data.stats
      ? ` · ${this.data.stats.undatedTalks} talks and ${this.data.stats.undatedDecisions} steps undated`
      : '';
    this.views.timeBar.render(years, range, this.player !== null, undated);
  }

  private paint(state: AppState, pathFragment: Fragment | null): void {
    const pinned = [state.node, state.path?.from, state.path?.to].filter((id): id is string => Boolean(id));
    this.visible = visibleNodes(
      this.graph,
      this.data.overview.meta,
      { hiddenTypes: state.hiddenTypes, range: state.range },
      pinned,
    );
    const route =
      state.path && pathFragment
        ? (this.chosenFor(state)?.route ?? routeThrough(pathFragment, state.path.from, state.path.to))
        : null;
    if (state.path && pathFragment) {
      this.pathStatus = { kind: 'done', route };
    } else if (!state.path) {
      this.pathStatus = { kind: 'idle' };
    }
    this.views.map.applyClasses({
      visible: this.visible,
      focus: focusSet(this.graph, state.node),
      selected: state.node,
      route: route ? { nodes: new Set(route.nodes), edges: new Set(route.edges.map(edgeKey)) } : null,
    });
    const totals = new Map((this.data.stats?.labels ?? []).map((l) => [l.name, l.count]));
    this.views.legend(
      state.hiddenTypes,
      { map: countByType(this.graph, this.visible), total: totals },
      state.explore.hidden.length,
    );
    this.renderPathFinder();
    this.renderStatus(state);
  }

  /** Errors first; else what the filters or limits leave out, with the way back. */
  private renderStatus(state: AppState): void {
    if (this.failures.length) {
      this.views.status.show({ kind: 'error', text: this.failures.join(' · ') });
    } else if (this.corrections.length) {
      this.views.status.show({
        kind: 'info',
        text: `This link was corrected. ${this.corrections.join(' ')}`,
      });
    } else if (this.graph.nodes.length && !this.visible.size) {
      this.views.status.show({
        kind: 'info',
        text: 'Nothing on the map matches these types and years.',
        action: {
          label: 'Clear filters',
          run: () => this.dispatch(act.clearFilters(state), { undoable: true }),
        },
      });
    } else if (this.data.notes.length) {
      this.views.status.show({ kind: 'info', text: this.data.notes.join(' ') });
    } else {
      this.views.status.show(null);
    }
  }

  private renderPathFinder(): void {
    this.views.pathFinder.render(
      this.state.path,
      this.pathStatus,
      (id) => this.labelOf(id),
      (id) => this.nodeOf(id),
    );
  }

  private moveCamera(camera: Camera, state: AppState): void {
    const route = this.pathStatus.kind === 'done' ? this.pathStatus.route : null;
    if (camera === 'route' && route) {
      this.views.map.fit(route.nodes);
    } else if (camera === 'focus' && state.node && this.views.map.has(state.node)) {
      this.views.map.focusOn(state.node);
    } else if (camera === 'fit' || (camera === 'focus' && !state.node)) {
      this.views.map.fit();
    }
  }

  nodeOf(id: string): GraphNode | undefined {
    return this.graph.nodes.find((n) => n.id === id);
  }

  /** The node's name once known (undefined while its data loads: inputs never show raw ids). */
  labelOf(id: string): string | undefined {
    return this.nodeOf(id)?.label;
  }

  togglePlay(): void {
    if (this.player) {
      this.stopPlay();
      this.renderChrome(this.state);
      return;
    }
    const years = fillYears(this.data.stats?.years ?? []);
    const step = (): void => {
      const next = nextPlayRange(years, this.state.range);
      if (!next) {
        // The last frame is every year, undated talks and steps included: none is dropped.
        this.stopPlay();
        this.dispatch(act.setRange(this.state, null), { history: 'replace' });
        this.renderChrome(this.state);
        return;
      }
      this.dispatch(act.setRange(this.state, next), { history: 'replace' });
    };
    // From the end (or a filter already at the last year) play starts over.
    if (!nextPlayRange(years, this.state.range)) {
      this.state = act.setRange(this.state, null);
    }
    this.player = setInterval(step, 1200);
    step();
  }

  stopPlay(): void {
    if (this.player) {
      clearInterval(this.player);
      this.player = null;
    }
  }

  private summaryText(): string {
    const count = (name: string) => this.data.stats?.labels.find((l) => l.name === name)?.count ?? 0;
    return `${count('Talk')} talks · ${count('Person')} people · ${count('CareerDecision')} career steps`;
  }

  private peopleWithSteps(): { id: string; name: string }[] {
    return [...this.data.deciders].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
  }
}

interface SharedView {
  camera: CameraView | null;
  /** A link's `pos`: every drawn node, checked against the drawn ids. */
  positions: string | null;
  /** An imported file's positions, by id. */
  imported?: ReadonlyMap<string, Point>;
}

/** The positions and camera a link carries (`pos`, `at`), if any. */
function sharedView(search: string): SharedView | null {
  const params = new URLSearchParams(search);
  const camera = decodeCamera(params.get('at'));
  const positions = params.get('pos');
  return camera || positions ? { camera, positions } : null;
}
