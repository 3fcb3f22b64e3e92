import { sankey, sankeyLinkHorizontal } from 'd3-sankey';

/** One end of a flow as the API gives it: an institution (rolled up) or a kind of institution. */
export interface FlowEnd {
  key: string;
  label: string;
}

/** A move as a flow's step shows it. */
export interface FlowMove {
  id: string;
  kind: string;
  year: number | null;
  summary: string;
  evidence: string;
  place: { id: string; name: string } | null;
  talk: { id: string; title: string } | null;
}

export interface FlowStep {
  year: number | null;
  person: { id: string; name: string } | null;
  from: FlowMove | null;
  to: FlowMove | null;
}

/** `careerFlows`: people moving from one end to another between consecutive moves. */
export interface CareerFlow {
  source: FlowEnd;
  target: FlowEnd;
  people: number;
  count: number;
  steps: FlowStep[];
}

export type FlowSide = 'from' | 'to';

export interface FlowNode {
  id: string;
  key: string;
  label: string;
  side: FlowSide;
  /** People leaving (from) or arriving (to) through it. */
  people: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface FlowBand {
  /** The flow's position in the API's answer (most people first). */
  index: number;
  flow: CareerFlow;
  source: FlowNode;
  target: FlowNode;
  /** Drawn width: proportional to the number of people. */
  width: number;
  path: string;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: FlowNode[];
  bands: FlowBand[];
}

export interface FlowLayoutOptions {
  width: number;
  /** Room for the names beside each column. */
  labelWidth?: number;
  /** Height per end on the taller side; the picture grows with the number of ends. */
  rowHeight?: number;
  minHeight?: number;
}

interface SNode {
  id: string;
  key: string;
  label: string;
  side: FlowSide;
}

interface SLink {
  source: string;
  target: string;
  value: number;
  index: number;
}

/**
 * Lays flows out as a two-column Sankey: every end left ("came from") and right ("went to"), so a
 * place that people both leave and join is drawn twice and the graph stays acyclic (d3-sankey
 * needs that; Naver → KAIST and KAIST → Naver would otherwise be a cycle). Band width is people.
 */
export function layoutFlows(flows: readonly CareerFlow[], options: FlowLayoutOptions): FlowLayout {
  const labelWidth = options.labelWidth ?? 180;
  const nodes = new Map<string, SNode>();
  const end = (side: FlowSide, e: FlowEnd) => {
    const id = `${side}:${e.key}`;
    if (!nodes.has(id)) {
      nodes.set(id, { id, key: e.key, label: e.label, side });
    }
    return id;
  };
  const links: SLink[] = flows.map((flow, index) => ({
    source: end('from', flow.source),
    target: end('to', flow.target),
    value: Math.max(flow.people, 1),
    index,
  }));
  const perSide = Math.max(
    [...nodes.values()].filter((n) => n.side === 'from').length,
    [...nodes.values()].filter((n) => n.side === 'to').length,
  );
  const height = Math.max(options.minHeight ?? 240, perSide * (options.rowHeight ?? 34));
  if (links.length === 0) {
    return { width: options.width, height, nodes: [], bands: [] };
  }
  const layout = sankey<SNode, SLink>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(12)
    // Most people first within a column, as the list below the picture reads.
    .nodeSort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.label.localeCompare(b.label))
    .extent([
      [labelWidth, 4],
      [Math.max(labelWidth + 120, options.width - labelWidth), height - 4],
    ]);
  const graph = layout({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: links.map((l) => ({ ...l })),
  });
  const placed = new Map<string, FlowNode>();
  for (const n of graph.nodes) {
    placed.set(n.id, {
      id: n.id,
      key: n.key,
      label: n.label,
      side: n.side,
      people: n.value ?? 0,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
    });
  }
  const path = sankeyLinkHorizontal<SNode, SLink>();
  const bands = graph.links.map((link) => {
    const flow = flows[link.index] as CareerFlow;
    const source = link.source as SNode;
    const target = link.target as SNode;
    return {
      index: link.index,
      flow,
      source: placed.get(source.id) as FlowNode,
      target: placed.get(target.id) as FlowNode,
      width: Math.max(1, link.width ?? 1),
      path: path(link) ?? '',
    };
  });
  bands.sort((a, b) => a.index - b.index);
  return { width: options.width, height, nodes: [...placed.values()], bands };
}

const KIND_WORDS: Record<string, string> = {
  company: 'Companies',
  university: 'Universities',
  lab: 'Labs',
  programme: 'Programmes',
  other: 'Other places',
};

/** An end's label: a kind of institution in words; an institution by its name. */
export function endLabel(end: FlowEnd, byKind: boolean): string {
  if (!byKind) {
    return end.label;
  }
  return KIND_WORDS[end.key] ?? end.label.charAt(0).toUpperCase() + end.label.slice(1).replaceAll('_', ' ');
}

/** "Naver → KAIST: 3 people (4 moves)", what a band says to a screen reader and a tooltip. */
export function bandText(flow: CareerFlow, byKind: boolean): string {
  const moves = flow.count === flow.people ? '' : ` (${flow.count} moves)`;
  return `${endLabel(flow.source, byKind)} → ${endLabel(flow.target, byKind)}: ${flow.people} ${flow.people === 1 ? 'person' : 'people'}${moves}`;
}
