import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../model/graph.ts';
import { TYPE_LOOK } from '../model/node-types.ts';

/**
 * Hangul first where the system has it: Latin fallbacks draw Korean with tofu or ugly metrics.
 * Double quotes only: Cytoscape's font-family parser rejects single-quoted names.
 */
export const FONT_STACK =
  '"Noto Sans KR", "Nanum Gothic", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", system-ui, sans-serif';

const ROUTE = '#f08c00';
const FOCUS = '#101828';

function nodeStyles(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 'data(fontSize)',
        'text-wrap': 'ellipsis',
        'text-max-width': 'data(labelWidth)',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1d2330',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    // The label policy (model/label-policy.ts) decides per zoom which labels are drawn.
    // No label text at all rather than transparent text: Cytoscape then skips measuring it,
    // which is most of the first render of a large graph.
    { selector: 'node[!showLabel]', style: { label: '' } },
    // A name wraps onto a second line rather than losing its end ("University of Washi…");
    // only talk titles, sentences long, are cut.
    { selector: 'node[type != "Talk"]', style: { 'text-wrap': 'wrap' } },
    // A summary's talk group ("2019 · 812 talks") is a name too, and a landmark of the picture.
    { selector: 'node[?group]', style: { 'text-wrap': 'wrap', 'font-weight': 'bold' } },
    ...NODE_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': TYPE_LOOK[type].color, shape: TYPE_LOOK[type].shape },
    })),
  ];
}

function edgeStyles(): StylesheetJson {
  return [
    {
      selector: 'edge',
      style: { width: 1.2, 'line-color': '#c3cad6', 'curve-style': 'straight', opacity: 0.9 },
    },
    { selector: 'edge[type = "RELATED_TO"]', style: { 'line-color': '#a9b8ea', 'line-style': 'dashed' } },
    { selector: 'edge[type = "TOLD_IN"], edge[type = "FROM_SOURCE"]', style: { 'line-color': '#dde2ea' } },
    {
      selector: 'edge[type = "DECIDED"], edge[type = "TO"]',
      style: {
        'line-color': '#8fcfdc',
        width: 1.8,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8fcfdc',
        'arrow-scale': 0.7,
      },
    },
  ];
}

/** Focus + context, the path, hover and the filters, as classes the view toggles. */
function stateStyles(): StylesheetJson {
  return [
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    { selector: 'node.context', style: { label: 'data(label)', 'z-index': 5 } },
    { selector: 'edge.context', style: { 'line-color': '#7d8aa0', width: 2, 'z-index': 5 } },
    {
      selector: 'node.focus',
      style: {
        'border-width': 4,
        'border-color': FOCUS,
        'font-weight': 'bold',
        'text-wrap': 'wrap',
        'text-max-width': 'data(labelWidth)',
        label: 'data(label)',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'z-index': 20,
      },
    },
    {
      selector: 'node.route',
      style: { 'border-width': 4, 'border-color': ROUTE, label: 'data(label)', 'z-index': 15 },
    },
    {
      selector: 'edge.route',
      style: { width: 5, 'line-color': ROUTE, 'target-arrow-color': ROUTE, opacity: 1, 'z-index': 15 },
    },
    {
      // The keyboard cursor: a ring in the focus colour that differs from the selection's border.
      selector: 'node.cursor',
      style: {
        'underlay-color': FOCUS,
        'underlay-opacity': 0.25,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        label: 'data(label)',
        'z-index': 19,
      },
    },
    {
      selector: 'node.hover',
      style: { 'border-width': 3, 'border-color': '#475467', label: 'data(label)', 'z-index': 18 },
    },
  ];
}

/**
 * A large map is seen zoomed out, where arrows and edge ends tucked under node borders cannot be
 * told apart: haystack edges skip the endpoint and arrow geometry of thousands of edges on every
 * full redraw. Edges the user looks at (context, route) keep their straight line and arrows.
 */
function largeMapStyles(): StylesheetJson {
  return [
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: 'edge.context, edge.route', style: { 'curve-style': 'straight' } },
  ];
}

export interface MapStyleOptions {
  /** Drawn for speed (isLargeMap). @default false */
  large?: boolean;
}

export function mapStyle({ large = false }: MapStyleOptions = {}): StylesheetJson {
  return [...nodeStyles(), ...edgeStyles(), ...(large ? largeMapStyles() : []), ...stateStyles()];
}
