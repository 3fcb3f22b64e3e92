import { exportFileName, exportView } from '../model/export-view.ts';
import { download } from '../view/dom.ts';
import type { MapView } from '../view/map-view.ts';
import type { Explorer } from './explorer.ts';

function subject(app: Explorer): string | null {
  return app.state.node ? (app.labelOf(app.state.node) ?? null) : null;
}

export function exportPng(app: Explorer, map: MapView): void {
  download(map.png(), exportFileName(subject(app), 'png', new Date()));
}

/** The view as Cytoscape-compatible JSON: visible elements with positions, and the state behind them. */
export function exportJson(app: Explorer, map: MapView): void {
  const view = exportView(app.graph, app.visible, map.positions(), app.state, location.href);
  const blob = new Blob([JSON.stringify(view, null, 2)], { type: 'application/json' });
  download(blob, exportFileName(subject(app), 'json', new Date()));
}
