import { errorText } from '../api/graphql-client.ts';
import { fetchShortestPaths, type ShortestPaths } from '../api/paths-api.ts';
import type { PathQuery } from '../model/app-state.ts';
import type { Fragment, GraphNode } from '../model/graph.ts';
import { type Route, relationPhrase, routeOfPath, routeVia, sameRoute } from '../model/path-route.ts';
import { nodeLink, type Open } from './details-parts.ts';
import { h } from './dom.ts';
import { SearchBox } from './search-box.ts';

export interface PathHandlers {
  find(path: PathQuery): void;
  clear(): void;
  open: Open;
  /** Draws another of the shortest connections (one path, in order) in place of the route shown. */
  showPath(path: Fragment): void;
}

export type PathStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; route: Route | null };

interface End {
  id: string;
  label: string;
}

/** The other shortest connections of one path query, once asked for. */
type Others =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; found: ShortestPaths | null };

/** The connection finder: two nodes picked by search (or from the details panel), then `path`. */
export class PathFinder {
  private ends: { from: End | null; to: End | null } = { from: null, to: null };
  private readonly boxes: { from: SearchBox; to: SearchBox };
  private readonly result: HTMLElement;
  private readonly findButton: HTMLButtonElement;
  /** The alternatives, by the path query they belong to (from|to). */
  private others: { key: string; value: Others } | null = null;
  /** What the last render drew, so the alternatives can redraw the result when they arrive. */
  private last: {
    path: PathQuery | null;
    status: PathStatus;
    nodeOf: (id: string) => GraphNode | undefined;
  } = {
    path: null,
    status: { kind: 'idle' },
    nodeOf: () => undefined,
  };

  constructor(
    root: HTMLElement,
    private readonly handlers: PathHandlers,
  ) {
    const combo = (end: 'from' | 'to', label: string) => {
      const input = h('input', {
        type: 'search',
        id: `path-${end}`,
        placeholder: label,
        'aria-label': `Connection ${end}`,
      });
      const list = h('ul', { id: `path-${end}-list`, class: 'suggestions', hidden: true });
      const box = new SearchBox(input, list, { onChoose: (hit) => this.setEnd(end, hit.node.id, hit.label) });
      input.addEventListener('input', () => {
        this.ends[end] = null;
        this.updateButton();
      });
      return { box, element: h('div', { class: 'combo' }, input, list) };
    };
    const from = combo('from', 'From… (a person, a model…)');
    const to = combo('to', 'To…');
    this.boxes = { from: from.box, to: to.box };
    this.findButton = h(
      'button',
      { type: 'button', class: 'primary', id: 'path-find', disabled: true, onclick: () => this.find() },
      'Find connection',
    );
    const swap = h(
      'button',
      {
        type: 'button',
        class: 'icon-button',
        title: 'Swap',
        'aria-label': 'Swap the two ends',
        onclick: () => this.swap(),
      },
      '⇅',
    );
    const clear = h(
      'button',
      { type: 'button', class: 'link-button', onclick: () => handlers.clear() },
      'Clear',
    );
    this.result = h('div', { class: 'path-result', id: 'path-result', 'aria-live': 'polite' });
    root.append(
      from.element,
      h('div', { class: 'path-swap' }, swap),
      to.element,
      h('div', { class: 'path-buttons' }, this.findButton, clear),
      this.result,
    );
  }

  setEnd(end: 'from' | 'to', id: string, label: string): void {
    this.ends[end] = { id, label };
    this.boxes[end].setValue(label);
    this.updateButton();
  }

  private updateButton(): void {
    this.findButton.disabled = !(this.ends.from && this.ends.to);
  }

  private swap(): void {
    const { from, to } = this.ends;
    this.ends = { from: to, to: from };
    this.boxes.from.setValue(to?.label ?? '');
    this.boxes.to.setValue(from?.label ?? '');
    this.updateButton();
  }

  private find(): void {
    const { from, to } = this.ends;
    if (from && to) {
      this.handlers.find({ from: from.id, to: to.id });
    }
  }

  /** Shows the state's path: its two ends in the boxes and the route found (or why none). */
  render(
    path: PathQuery | null,
    status: PathStatus,
    labelOf: (id: string) => string | undefined,
    nodeOf: (id: string) => GraphNode | undefined,
  ): void {
    if (path) {
      for (const end of ['from', 'to'] as const) {
        const known = this.ends[end];
        // A link opened cold knows only ids: the box stays empty until the name arrives.
        const label = labelOf(path[end]) ?? (known?.id === path[end] ? known.label : '');
        if (known?.id !== path[end] || known.label !== label) {
          this.setEnd(end, path[end], label);
        }
      }
    }
    this.last = { path, status, nodeOf };
    this.result.replaceChildren(...this.describe(path, status, nodeOf));
  }

  private redraw(): void {
    const { path, status, nodeOf } = this.last;
    this.result.replaceChildren(...this.describe(path, status, nodeOf));
  }

  /** Asks for every shortest connection of `path` (once per query) and lists them. */
  private async askOthers(path: PathQuery): Promise<void> {
    const key = `${path.from}|${path.to}`;
    this.others = { key, value: { kind: 'loading' } };
    this.redraw();
    let value: Others;
    try {
      value = { kind: 'done', found: await fetchShortestPaths(path.from, path.to) };
    } catch (error) {
      value = { kind: 'error', message: errorText(error) };
    }
    if (this.others?.key === key) {
      this.others = { key, value };
      this.redraw();
    }
  }

  /**
   * The offer of the other shortest connections under a found route: a button, then one entry
   * per path (named by the nodes it goes through), the one on the map marked as pressed.
   */
  private describeOthers(path: PathQuery, route: Route): HTMLElement {
    const key = `${path.from}|${path.to}`;
    const others = this.others?.key === key ? this.others.value : null;
    const box = h('div', { class: 'other-paths', id: 'path-others' });
    if (!others || others.kind === 'error') {
      const ask = h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          id: 'path-others-ask',
          onclick: () => void this.askOthers(path),
        },
        others ? 'Try again: other shortest connections' : 'Other shortest connections…',
      );
      box.append(
        ...(others?.kind === 'error' ? [h('p', { class: 'error-box', role: 'alert' }, others.message)] : []),
        ask,
      );
      return box;
    }
    if (others.kind === 'loading') {
      box.append(h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Finding the others…'));
      return box;
    }
    const paths = others.found?.paths ?? [];
    if (paths.length < 2) {
      box.append(h('p', { class: 'muted' }, 'This is the only shortest connection.'));
      return box;
    }
    const items = paths.map((p, index) => {
      const shown = sameRoute(route, routeOfPath(p));
      const via = routeVia(p)
        .map((n) => n.label)
        .join(' → ');
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'other-path',
            'data-index': String(index),
            'data-route': p.nodes.map((n) => n.id).join(' '),
            'aria-pressed': String(shown),
            onclick: () => this.handlers.showPath(p),
          },
          via ? `via ${via}` : 'direct',
        ),
      );
    });
    const more = others.found?.truncated ? ` (the first ${paths.length})` : '';
    box.append(
      h(
        'p',
        { class: 'path-summary' },
        `${paths.length} connections of ${route.nodes.length - 1} steps${more}`,
      ),
      h('ol', { class: 'other-path-list' }, ...items),
    );
    return box;
  }

  private describe(
    path: PathQuery | null,
    status: PathStatus,
    nodeOf: (id: string) => GraphNode | undefined,
  ): (HTMLElement | string)[] {
    if (!path || status.kind === 'idle') {
      return [];
    }
    if (status.kind === 'loading') {
      return [
        h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Finding the shortest connection…'),
      ];
    }
    if (status.kind === 'error') {
      return [h('div', { class: 'error-box', role: 'alert' }, status.message)];
    }
    if (!status.route) {
      return [h('p', { class: 'muted' }, 'No connection within 6 steps.')];
    }
    const { nodes, edges } = status.route;
    const steps = nodes.map((id, index) => {
      const node = nodeOf(id);
      const edge = edges[index];
      const next = nodes[index + 1];
      // Each hop says how it leads on: "given by", "mentions", "affiliated with"…
      const hop =
        edge && next
          ? h('span', { class: 'hop', 'data-relation': edge.type }, `↓ ${relationPhrase(edge, id)}`)
          : null;
      return h(
        'li',
        {},
        nodeLink({ id, name: node?.label ?? '…', type: node?.type ?? '' }, this.handlers.open),
        hop,
      );
    });
    return [
      h('p', { class: 'path-summary' }, `${status.route.nodes.length - 1} steps`),
      h('ol', { class: 'route' }, ...steps),
      this.describeOthers(path, status.route),
    ];
  }
}
