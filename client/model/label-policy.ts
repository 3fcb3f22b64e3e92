import type { NodeType } from './graph.ts';

/** How much a label matters: people and places carry the map; talks and steps are detail. */
export type LabelTier = 'primary' | 'secondary' | 'detail';

export function labelTier(type: NodeType, degree: number): LabelTier {
  if (type === 'Person' || type === 'Institution' || degree >= 8) {
    return 'primary';
  }
  if (type === 'Talk' || type === 'CareerDecision' || type === 'Source') {
    return 'detail';
  }
  return 'secondary';
}

interface TierRule {
  /** Below this zoom the label is not drawn. */
  fromZoom: number;
  /** On-screen font size in px, between these, whatever the zoom. */
  minPx: number;
  maxPx: number;
}

const RULES: Record<LabelTier, TierRule> = {
  primary: { fromZoom: 0.25, minPx: 11, maxPx: 17 },
  secondary: { fromZoom: 0.75, minPx: 10.5, maxPx: 15 },
  detail: { fromZoom: 1.05, minPx: 10.5, maxPx: 13 },
};

export interface LabelLook {
  show: boolean;
  /** In model units (Cytoscape multiplies by zoom). */
  fontSize: number;
  /** Where a long title is cut with an ellipsis, in model units: about 120 px on screen. */
  maxWidth: number;
}

const LABEL_WIDTH_PX = 120;

/**
 * Labels by zoom: zoomed out only people and places keep one, and every drawn label stays
 * between a readable and a modest size on screen; Cytoscape alone would shrink them with the
 * map until unreadable, or grow them until they cover each other.
 */
export function labelLook(tier: LabelTier, rawZoom: number): LabelLook {
  const zoom = quantizeZoom(rawZoom);
  const rule = RULES[tier];
  const base = rule.maxPx;
  const screen = Math.max(rule.minPx, Math.min(rule.maxPx, base * zoom));
  return {
    show: zoom >= rule.fromZoom,
    fontSize: Math.round((screen / zoom) * 100) / 100,
    maxWidth: Math.round(LABEL_WIDTH_PX / zoom),
  };
}

/**
 * The zoom in steps of about 9 %: labels are re-sized when the zoom crosses a step, not on every
 * wheel tick, so thousands of nodes are not restyled sixty times a second.
 */
export function quantizeZoom(zoom: number): number {
  return 2 ** (Math.round(Math.log2(Math.max(zoom, 1e-3)) * 8) / 8);
}

/**
 * The zoom a first picture of `nodes` nodes will likely be fitted at (a force layout gives each
 * node roughly 80×80 px of a ~800×700 px map). Elements are created with labels for this zoom:
 * restyling thousands of nodes after the fit would double the first render.
 */
export function expectedFitZoom(nodes: number): number {
  return Math.min(1, Math.sqrt(90 / Math.max(nodes, 1)));
}
