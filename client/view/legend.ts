import { NODE_TYPES, type NodeType } from '../model/graph.ts';
import { TYPE_LOOK } from '../model/node-types.ts';
import { h, shapeIcon } from './dom.ts';

export interface LegendHandlers {
  toggle(type: NodeType): void;
  only(type: NodeType): void;
  showAll(): void;
  showHidden(): void;
}

export interface LegendCounts {
  /** On the map after filters, and loaded on the map. */
  map: ReadonlyMap<NodeType, { shown: number; loaded: number }>;
  /** In the whole graph (`stats.labels`). */
  total: ReadonlyMap<string, number>;
}

/** The legend is the type filter: each row shows a type's look and counts and toggles it. */
export function renderLegend(
  root: HTMLElement,
  hiddenTypes: readonly NodeType[],
  counts: LegendCounts,
  hiddenNodes: number,
  handlers: LegendHandlers,
): void {
  const rows = NODE_TYPES.filter((type) => (counts.total.get(type) ?? 0) > 0 || counts.map.has(type)).map(
    (type) => legendRow(type, !hiddenTypes.includes(type), counts, handlers),
  );
  const reset = hiddenTypes.length
    ? h(
        'button',
        { type: 'button', class: 'link-button', onclick: () => handlers.showAll() },
        'Show all types',
      )
    : null;
  const hidden = hiddenNodes
    ? h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          'data-action': 'show-hidden',
          onclick: () => handlers.showHidden(),
        },
        `Show ${hiddenNodes} hidden node${hiddenNodes === 1 ? '' : 's'}`,
      )
    : null;
  root.replaceChildren(
    h('ul', { class: 'legend-list' }, ...rows),
    h('div', { class: 'legend-actions' }, reset, hidden),
  );
}

function legendRow(
  type: NodeType,
  shown: boolean,
  counts: LegendCounts,
  handlers: LegendHandlers,
): HTMLLIElement {
  const look = TYPE_LOOK[type];
  const onMap = counts.map.get(type);
  const total = counts.total.get(type);
  const numbers = `${onMap?.shown ?? 0}${total !== undefined ? ` / ${total}` : ''}`;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'legend-toggle',
      'aria-pressed': String(shown),
      'data-type': type,
      title: `${shown ? 'Hide' : 'Show'} ${look.label.toLowerCase()} (on the map / in the graph)`,
      onclick: () => handlers.toggle(type),
    },
    shapeIcon(look.shape, shown ? look.color : '#c0c6d0', 16),
    h(
      'span',
      { class: 'legend-name' },
      look.label,
      // Spoken as "People 인물, 13 / 20 on the map / in the graph", not "People인물13 / 20".
      h('span', { class: 'legend-ko', lang: 'ko' }, ` ${look.labelKo}`),
    ),
    h('span', { class: 'visually-hidden' }, ', '),
    h('span', { class: 'legend-count' }, numbers),
    h('span', { class: 'visually-hidden' }, ' on the map / in the graph'),
  );
  const only = h(
    'button',
    {
      type: 'button',
      class: 'legend-only',
      title: `Show only ${look.label.toLowerCase()}`,
      'aria-label': `Only ${look.label}`,
      onclick: () => handlers.only(type),
    },
    'only',
  );
  return h('li', { class: shown ? 'legend-row' : 'legend-row off' }, toggle, only);
}
