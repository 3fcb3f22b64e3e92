import type { ElementDefinition } from 'cytoscape';
import {
  degrees,
  edgeKey,
  type Fragment,
  type GraphEdge,
  type GraphNode,
  type NodeMeta,
} from '../model/graph.ts';
import { type LabelTier, labelLook, labelTier } from '../model/label-policy.ts';
import { kindName, TYPE_LOOK } from '../model/node-types.ts';

/** What each Cytoscape node carries; the stylesheet reads `size`, `fontSize` and `label`. */
export interface NodeData {
  id: string;
  type: string;
  label: string;
  /** The whole name or title, for the selected node and tooltips. */
  fullLabel: string;
  size: number;
  tier: LabelTier;
  /** Set for the current zoom by the label policy. */
  fontSize: number;
  labelWidth: number;
  showLabel: boolean;
  year: number | null;
  /** A talk group of the summary (opens on a tap). */
  group: boolean;
}

/** A career step's map label is its kind and year; the sentence lives in the details panel. */
export function displayLabel(node: GraphNode, meta: NodeMeta | undefined): string {
  if (node.type === 'CareerDecision' && meta?.kind) {
    // Whose step it is first: around a hub, "Joined · 2013" alone names nobody.
    const step = meta.year === null ? kindName(meta.kind) : `${kindName(meta.kind)} · ${meta.year}`;
    return meta.person ? `${meta.person}: ${step.charAt(0).toLowerCase()}${step.slice(1)}` : step;
  }
  if (node.type === 'CareerDecision' && meta?.person) {
    // A step from an expansion: its summary ("joined Naver (2013)") after whose step it is.
    return `${meta.person}: ${node.label}`;
  }
  return node.label;
}

/**
 * Node size grows with degree, so hubs stand out before any label is read; a summary node's with
 * what it stands for (its weight: talks in a year, a person's talks and steps), and its label
 * tier is its rank's.
 */
export function nodeData(node: GraphNode, meta: NodeMeta | undefined, degree: number, zoom = 1): NodeData {
  const base = TYPE_LOOK[node.type].size;
  const tier = meta?.tier ?? labelTier(node.type, degree);
  const importance = meta?.weight === undefined ? 4 * Math.sqrt(degree) : 4 * Math.sqrt(meta.weight);
  const look = labelLook(tier, zoom);
  return {
    id: node.id,
    type: node.type,
    label: displayLabel(node, meta),
    fullLabel: node.label,
    size: Math.round(base + Math.min(meta?.weight === undefined ? 26 : 40, importance)),
    tier,
    fontSize: look.fontSize,
    labelWidth: look.maxWidth,
    showLabel: look.show,
    year: meta?.year ?? null,
    group: meta?.group === true,
  };
}

export function edgeData(edge: GraphEdge): ElementDefinition['data'] {
  return {
    id: edgeKey(edge),
    source: edge.source,
    target: edge.target,
    type: edge.type,
    weight: edge.weight ?? null,
  };
}

/** The one adapter from the app's graph to Cytoscape elements. */
export function toElements(
  graph: Fragment,
  meta: ReadonlyMap<string, NodeMeta>,
  zoom = 1,
): ElementDefinition[] {
  const degree = degrees(graph);
  return [
    ...graph.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { ...nodeData(node, meta.get(node.id), degree.get(node.id) ?? 0, zoom) },
    })),
    ...graph.edges.map((edge) => ({ group: 'edges' as const, data: edgeData(edge) })),
  ];
}
