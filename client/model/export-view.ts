import type { AppState } from './app-state.ts';
import { edgeKey, type Fragment } from './graph.ts';
import type { Point } from './layout-plan.ts';
import { decodeState } from './url-state.ts';

/** The current view as a file: Cytoscape's element JSON (with positions) plus the state behind it. */
export interface ExportedView {
  format: 'talkgraph-view';
  version: 1;
  url: string;
  state: AppState;
  /** What the map showed: zoom and pan. */
  camera?: { zoom: number; pan: Point };
  elements: {
    nodes: { data: { id: string; label: string; type: string }; position: Point }[];
    edges: { data: { id: string; source: string; target: string; type: string; weight: number | null } }[];
  };
}

/** What the map shows right now: the visible nodes where they are drawn, and the edges among them. */
export function exportView(
  graph: Fragment,
  visible: ReadonlySet<string>,
  positions: ReadonlyMap<string, Point>,
  state: AppState,
  url: string,
  camera?: { zoom: number; pan: Point },
): ExportedView {
  const nodes = graph.nodes
    .filter((n) => visible.has(n.id))
    .map((n) => ({
      data: { id: n.id, label: n.label, type: n.type },
      position: roundPoint(positions.get(n.id) ?? { x: 0, y: 0 }),
    }));
  const edges = graph.edges
    .filter((e) => visible.has(e.source) && visible.has(e.target))
    .map((e) => ({
      data: { id: edgeKey(e), source: e.source, target: e.target, type: e.type, weight: e.weight ?? null },
    }));
  return {
    format: 'talkgraph-view',
    version: 1,
    url,
    state,
    ...(camera ? { camera } : {}),
    elements: { nodes, edges },
  };
}

/** An exported view read back: the state to show, where its nodes were, and the camera. */
export interface ImportedView {
  state: AppState;
  positions: Map<string, Point>;
  camera: { zoom: number; pan: Point } | null;
}

/**
 * Reads a file written by exportView. The state comes from the file's link (decodeState, which
 * drops anything malformed) rather than its `state` object, so a hand-edited file can ask for
 * nothing a link could not; positions are kept for well-formed nodes only.
 */
export function parseExportedView(text: string): ImportedView | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'This file is not JSON.' };
  }
  const view = data as Partial<ExportedView> | null;
  if (view?.format !== 'talkgraph-view' || view.version !== 1 || typeof view.url !== 'string') {
    return { error: 'This file is not a talkgraph view (exported with the JSON button).' };
  }
  let search: string;
  try {
    search = new URL(view.url).search;
  } catch {
    return { error: 'The view’s link is damaged.' };
  }
  const positions = new Map<string, Point>();
  for (const node of Array.isArray(view.elements?.nodes) ? view.elements.nodes : []) {
    const id = node?.data?.id;
    const x = node?.position?.x;
    const y = node?.position?.y;
    if (typeof id === 'string' && Number.isFinite(x) && Number.isFinite(y)) {
      positions.set(id, { x: x as number, y: y as number });
    }
  }
  const camera = view.camera;
  const goodCamera =
    camera &&
    Number.isFinite(camera.zoom) &&
    camera.zoom > 0 &&
    Number.isFinite(camera.pan?.x) &&
    Number.isFinite(camera.pan?.y);
  return { state: decodeState(search), positions, camera: goodCamera ? camera : null };
}

function roundPoint(point: Point): Point {
  return { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
}

/** A file name that says what and when: `talkgraph-서민준-2024-05-01.png`. */
export function exportFileName(subject: string | null, extension: 'png' | 'json', now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const name = (subject ?? 'map').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `talkgraph-${name}-${day}.${extension}`;
}
