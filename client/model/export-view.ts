import type { AppState } from './app-state.ts';
import { edgeKey, type Fragment } from './graph.ts';
import type { Point } from './layout-plan.ts';

/** The current view as a file: Cytoscape's element JSON (with positions) plus the state behind it. */
export interface ExportedView {
  format: 'talkgraph-view';
  version: 1;
  url: string;
  state: AppState;
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
  return { format: 'talkgraph-view', version: 1, url, state, elements: { nodes, edges } };
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
