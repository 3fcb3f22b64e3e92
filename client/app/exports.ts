import { exportFileName, exportView } from '../model/export-view.ts';
import { NODE_TYPES } from '../model/graph.ts';
import { TYPE_LOOK } from '../model/node-types.ts';
import { formatRange } from '../model/time-range.ts';
import { encodeState } from '../model/url-state.ts';
import { countByType } from '../model/visibility.ts';
import { download } from '../view/dom.ts';
import type { MapView } from '../view/map-view.ts';
import { composePng } from '../view/png-export.ts';
import type { Controller } from './controller.ts';

/** What an export reads of the explorer. */
type Shown = Pick<Controller, 'state' | 'graph' | 'visible' | 'labelOf'>;

function subject(app: Shown): string | null {
  return app.state.node ? (app.labelOf(app.state.node) ?? null) : null;
}

/** The map as drawn, with a caption (what, which years, when, the link) and the legend. */
export async function exportPng(app: Shown, map: MapView): Promise<void> {
  const now = new Date();
  const counts = countByType(app.graph, app.visible);
  const legend = NODE_TYPES.filter((type) => (counts.get(type)?.shown ?? 0) > 0).map((type) => ({
    label: TYPE_LOOK[type].label,
    color: TYPE_LOOK[type].color,
    count: counts.get(type)?.shown ?? 0,
  }));
  const what = subject(app) ?? 'Overview of AI career talks';
  const caption = [
    `talkgraph — ${what} · ${formatRange(app.state.range)}`,
    // The state's link, short enough to read and type (the positions stay in the page's URL).
    `${now.toISOString().slice(0, 10)} · ${readable(`${location.origin}${location.pathname}${encodeState(app.state)}`)}`,
  ];
  download(await composePng(map.png(), caption, legend), exportFileName(subject(app), 'png', now));
}

/** The view as Cytoscape-compatible JSON: visible elements with positions, and the state behind them. */
export function exportJson(app: Shown, map: MapView): void {
  const view = exportView(app.graph, app.visible, map.positions(), app.state, location.href, map.viewport());
  const blob = new Blob([JSON.stringify(view, null, 2)], { type: 'application/json' });
  download(blob, exportFileName(subject(app), 'json', new Date()));
}

/** A link as people read it: 서민준, not %EC%84%9C… (decodeURI keeps the reserved characters escaped). */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
