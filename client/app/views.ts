import type { AppState, RendererChoice, View } from '../model/app-state.ts';
import { isExpanded } from '../model/explore.ts';
import { TYPE_LOOK } from '../model/node-types.ts';
import type { WebglSupport } from '../model/renderer-choice.ts';
import * as act from '../model/transitions.ts';
import { CareerFlowsView } from '../view/career-flows-view.ts';
import { CareerView } from '../view/career-view.ts';
import { DetailsPanel } from '../view/details-panel.ts';
import { byId } from '../view/dom.ts';
import { type LegendCounts, renderLegend } from '../view/legend.ts';
import { MapView } from '../view/map-view.ts';
import { Overlay, StatusBar } from '../view/notices.ts';
import { PathFinder } from '../view/path-finder.ts';
import { SearchBox } from '../view/search-box.ts';
import { TimeBar } from '../view/time-bar.ts';
import { webglSupport } from '../view/webgl-support.ts';
import type { Controller, DispatchOptions } from './controller.ts';
import { exportJson, exportPng } from './exports.ts';
import { bindMapKeys, bindShortcuts } from './keyboard.ts';

export interface Views {
  map: MapView;
  mapElement: HTMLElement;
  webgl: WebglSupport;
  details: DetailsPanel;
  career: CareerView;
  flows: CareerFlowsView;
  timeBar: TimeBar;
  pathFinder: PathFinder;
  search: SearchBox;
  overlay: Overlay;
  status: StatusBar;
  summary: HTMLElement;
  legend(hidden: AppStateTypes, counts: LegendCounts, hiddenNodes: number): void;
  toolbar(state: { canUndo: boolean; canRedo: boolean; renderer: RendererChoice }): void;
  setView(view: View): void;
}

type AppStateTypes = Parameters<typeof renderLegend>[1];

type Go = (next: AppState, options?: DispatchOptions) => void;

/** Builds every view on the page and routes what the user does to the explorer as actions. */
export function createViews(app: Controller): Views {
  const go: Go = (next, options = {}) => app.dispatch(next, options);
  const map = new MapView(
    byId('map'),
    {
      select: (id) => go(act.select(app.state, id)),
      expand: (id) => go(act.expandNode(app.state, { id, types: null }), { undoable: true, camera: 'focus' }),
      viewChanged: () => app.viewChanged(),
      // Zooming into a talk group opens it (selecting a group toggles it: only a closed one).
      zoomedInto: (id) => !isExpanded(app.state.explore, id) && go(act.select(app.state, id)),
    },
    false,
  );
  const openNode = (id: string) => go(act.open(app.state, id, map.has(id)), { camera: 'focus' });
  const search = new SearchBox(byId<HTMLInputElement>('search-input'), byId('search-list'), {
    onChoose: (hit) => go(act.open(app.state, hit.node.id, false), { camera: 'focus', undoable: true }),
  });
  const pathFinder = new PathFinder(byId('path-finder'), {
    find: (path) => go(act.setPath(app.state, path), { undoable: true, camera: 'route' }),
    clear: () => go(act.setPath(app.state, null), { undoable: true }),
    open: openNode,
    showPath: (path) => app.showPath(path),
  });
  bindToolbar(app, map);
  bindKeys(app, map, search);
  return {
    map,
    mapElement: byId('map'),
    webgl: webglSupport(),
    search,
    pathFinder,
    ...createPanels(app, go, map, pathFinder, openNode),
    ...createChrome(app, go),
  };
}

/** The details panel, the career view and the time bar. */
function createPanels(
  app: Controller,
  go: Go,
  map: MapView,
  pathFinder: PathFinder,
  openNode: (id: string) => void,
): Pick<Views, 'details' | 'career' | 'flows' | 'timeBar'> {
  const details = new DetailsPanel(
    byId('details'),
    {
      open: openNode,
      expand: (id, types) =>
        go(act.expandNode(app.state, { id, types }), { undoable: true, camera: 'focus' }),
      collapse: (id) => go(act.collapseNode(app.state, id), { undoable: true }),
      hide: (id) => go(act.hideNode(app.state, id), { undoable: true }),
      focus: (id) => map.focusOn(id),
      pathEnd: (end, id, label) => pathFinder.setEnd(end, id, label),
      career: (id) => go(act.showCareer(app.state, id)),
      close: () => go(act.select(app.state, null)),
    },
    (id) => app.data.nodeDetails(id),
  );
  const career = new CareerView(byId('career'), {
    open: openNode,
    pick: (id) => go(act.showCareer(app.state, id)),
    compare: (id) => go(act.setCompare(app.state, id)),
  });
  const flows = new CareerFlowsView(byId('flows'), {
    open: openNode,
    career: (id) => go(act.showCareer(app.state, id)),
  });
  const timeBar = new TimeBar(byId('timebar'), {
    setRange: (range) => {
      app.stopPlay();
      go(act.setRange(app.state, range), { undoable: true });
    },
    togglePlay: () => app.togglePlay(),
  });
  return { details, career, flows, timeBar };
}

/** Notices, the legend, the toolbar's state and the view switch. */
function createChrome(
  app: Controller,
  go: Go,
): Pick<Views, 'overlay' | 'status' | 'summary' | 'legend' | 'toolbar' | 'setView'> {
  const legendRoot = byId('legend');
  return {
    overlay: new Overlay(byId('map-overlay')),
    status: new StatusBar(byId('status'), () => {
      app.data.forgetFailures();
      void app.render('keep');
    }),
    summary: byId('summary'),
    legend: (hidden, counts, hiddenNodes) =>
      renderLegend(legendRoot, hidden, counts, hiddenNodes, {
        toggle: (type) => go(act.toggleType(app.state, type), { undoable: true }),
        only: (type) => go(act.onlyType(app.state, type), { undoable: true }),
        showAll: () => go(act.showAllTypes(app.state), { undoable: true }),
        showHidden: () => go(act.showHidden(app.state), { undoable: true }),
      }),
    toolbar: (state) => {
      byId<HTMLButtonElement>('undo').disabled = !state.canUndo;
      byId<HTMLButtonElement>('redo').disabled = !state.canRedo;
      byId<HTMLSelectElement>('renderer').value = state.renderer;
    },
    setView: (view) => {
      byId('career').hidden = view !== 'career';
      byId('flows').hidden = view !== 'flows';
      byId('map-controls').hidden = view !== 'map';
      document.body.dataset['view'] = view;
      for (const button of document.querySelectorAll<HTMLButtonElement>('.view-switch button')) {
        button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
      }
    },
  };
}

function bindToolbar(app: Controller, map: MapView): void {
  const go: Go = (next, options = {}) => app.dispatch(next, options);
  byId('undo').addEventListener('click', () => app.undo());
  byId('redo').addEventListener('click', () => app.redo());
  byId('reset').addEventListener('click', () => go(act.reset(app.state), { undoable: true, camera: 'fit' }));
  byId('export-png').addEventListener('click', () => void exportPng(app, map));
  byId('export-json').addEventListener('click', () => exportJson(app, map));
  const file = byId<HTMLInputElement>('import-file');
  byId('import-json').addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) {
      void chosen.text().then((text) => app.importView(text));
    }
  });
  byId<HTMLSelectElement>('renderer').addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value;
    const renderer = value === 'canvas' || value === 'webgl' ? value : 'auto';
    go({ ...app.state, renderer }, { history: 'replace' });
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('.view-switch button')) {
    button.addEventListener('click', () => go(act.setView(app.state, viewOf(button.dataset['view']))));
  }
  byId('zoom-in').addEventListener('click', () => map.zoomBy(1.25));
  byId('zoom-out').addEventListener('click', () => map.zoomBy(0.8));
  byId('zoom-fit').addEventListener('click', () => map.fit());
  byId('zoom-focus').addEventListener('click', () => app.state.node && map.focusOn(app.state.node));
}

function bindKeys(app: Controller, map: MapView, search: SearchBox): void {
  bindShortcuts({
    focusSearch: () => search.input.focus(),
    escape: () => app.dispatch(act.select(app.state, null)),
    undo: () => app.undo(),
    redo: () => app.redo(),
  });
  const announce = byId('map-cursor');
  bindMapKeys(byId('map'), {
    pan: (dx, dy) => map.panBy(dx, dy),
    move: (direction) => {
      const at = map.moveCursor(direction, app.state.node);
      const node = at ? app.nodeOf(at.id) : undefined;
      announce.textContent = at
        ? `${at.label}${node ? `, ${TYPE_LOOK[node.type].label.replace(/s$/, '')}` : ''}. Enter opens.`
        : 'The map is empty.';
    },
    open: () => {
      const id = map.cursorId();
      if (id) {
        app.dispatch(act.open(app.state, id, true), { camera: 'focus' });
      }
    },
    zoom: (factor) => map.zoomBy(factor),
    fit: () => map.fit(),
    focus: () => app.state.node && map.focusOn(app.state.node),
    expand: () =>
      app.state.node &&
      app.dispatch(act.expandNode(app.state, { id: app.state.node, types: null }), {
        undoable: true,
        camera: 'focus',
      }),
    hide: () => app.state.node && app.dispatch(act.hideNode(app.state, app.state.node), { undoable: true }),
  });
}

function viewOf(name: string | undefined): View {
  return name === 'career' || name === 'flows' ? name : 'map';
}
