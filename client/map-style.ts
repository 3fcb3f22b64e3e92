import type { StylesheetJson } from 'cytoscape';

/** One colour and shape per node type, so the legend and the map agree. */
export const TYPE_STYLE: Record<string, { color: string; shape: string }> = {
  Talk: { color: '#3b6fd8', shape: 'round-rectangle' },
  Person: { color: '#e0793a', shape: 'ellipse' },
  Institution: { color: '#2f9e72', shape: 'hexagon' },
  Model: { color: '#8e5bd0', shape: 'diamond' },
  Conference: { color: '#c94f7c', shape: 'star' },
  Dataset: { color: '#b59a1b', shape: 'barrel' },
  Topic: { color: '#5b6474', shape: 'tag' },
};

export function mapStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: '#1d2330',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        width: 22,
        height: 22,
      },
    },
    ...Object.entries(TYPE_STYLE).map(([type, { color, shape }]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': color, shape: shape as 'ellipse' },
    })),
    {
      selector: 'edge',
      style: { width: 1.5, 'line-color': '#b8c0cc', 'curve-style': 'straight', 'target-arrow-shape': 'none' },
    },
  ];
}
