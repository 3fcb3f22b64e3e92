import type { NodeDetails } from '../api/details-api.ts';
import { errorText } from '../api/graphql-client.ts';
import { NODE_TYPES, type NodeType } from '../model/graph.ts';
import { TYPE_LOOK, typeName } from '../model/node-types.ts';
import { detailSections } from './details-sections.ts';
import { h, shapeIcon } from './dom.ts';

export interface DetailsHandlers {
  open(id: string): void;
  expand(id: string, types: NodeType[] | null): void;
  collapse(id: string): void;
  hide(id: string): void;
  focus(id: string): void;
  pathEnd(end: 'from' | 'to', id: string, label: string): void;
  career(id: string): void;
  close(): void;
}

export interface DetailsContext {
  onMap: boolean;
  expanded: boolean;
}

/** The right-hand panel: what the selected node is, what it connects to, and what to do with it. */
export class DetailsPanel {
  private shownId: string | null = null;
  private details: NodeDetails | null = null;
  private token = 0;

  /** `load` reads a node's details through the app's data (GraphData), which caches them. */
  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: DetailsHandlers,
    private readonly load: (id: string) => Promise<NodeDetails | null>,
  ) {
    root.replaceChildren(welcome());
  }

  async show(id: string | null, context: DetailsContext): Promise<void> {
    if (!id) {
      this.shownId = null;
      this.root.replaceChildren(welcome());
      return;
    }
    if (id === this.shownId) {
      this.refreshActions(context);
      return;
    }
    this.shownId = id;
    const token = ++this.token;
    this.root.setAttribute('aria-busy', 'true');
    this.root.replaceChildren(
      h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Loading details…'),
    );
    try {
      const details = await this.load(id);
      if (token === this.token) {
        this.root.replaceChildren(...(details ? this.render(details, context) : [notFound(id)]));
      }
    } catch (error) {
      if (token === this.token) {
        this.shownId = null;
        this.root.replaceChildren(
          h('div', { class: 'error-box', role: 'alert' }, `Could not load details: ${errorText(error)}`),
        );
      }
    } finally {
      if (token === this.token) {
        this.root.removeAttribute('aria-busy');
      }
    }
  }

  private render(details: NodeDetails, context: DetailsContext): HTMLElement[] {
    this.details = details;
    const look = TYPE_LOOK[details.type];
    const name = details.name ?? details.title ?? details.label;
    const aliases = (details.aliases ?? []).filter((a) => a !== name);
    const header = h(
      'header',
      { class: 'details-header' },
      h(
        'span',
        { class: 'type-chip', style: `--type-color:${look.color}` },
        shapeIcon(look.shape, look.color, 12),
        typeName(details.type),
      ),
      h('h2', { id: 'details-title', tabindex: -1 }, name),
      aliases.length ? h('p', { class: 'aliases' }, `Also: ${aliases.join(', ')}`) : null,
      details.entityKind ? h('p', { class: 'kind' }, details.entityKind) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'close',
          'aria-label': 'Close details',
          onclick: () => this.handlers.close(),
        },
        '×',
      ),
    );
    return [
      header,
      this.actions(details, context),
      h('div', { class: 'details-body' }, ...detailSections(details, (id) => this.handlers.open(id))),
    ];
  }

  private refreshActions(context: DetailsContext): void {
    const current = this.root.querySelector('.actions');
    if (current && this.details) {
      current.replaceWith(this.actions(this.details, context));
    }
  }

  private actions(details: NodeDetails, context: DetailsContext): HTMLElement {
    const id = details.id;
    const label = details.name ?? details.title ?? details.label;
    const button = (text: string, action: () => void, extra: Record<string, string> = {}) =>
      h('button', { type: 'button', onclick: action, ...extra }, text);
    const typePicker = h(
      'select',
      {
        'aria-label': 'Expand neighbours of one type',
        class: 'expand-type',
        onchange: (event: Event) => {
          const select = event.target as HTMLSelectElement;
          const type = NODE_TYPES.find((t) => t === select.value);
          if (type) {
            this.handlers.expand(id, [type]);
          }
          select.value = '';
        },
      },
      h('option', { value: '' }, 'Expand by type…'),
      ...NODE_TYPES.map((t) => h('option', { value: t }, TYPE_LOOK[t].label)),
    );
    return h(
      'div',
      { class: 'actions', role: 'toolbar', 'aria-label': 'Actions on this node' },
      button('Expand all', () => this.handlers.expand(id, null), {
        'data-action': 'expand',
        class: 'primary',
      }),
      typePicker,
      context.expanded
        ? button('Collapse', () => this.handlers.collapse(id), { 'data-action': 'collapse' })
        : null,
      context.onMap ? button('Focus', () => this.handlers.focus(id), { 'data-action': 'focus' }) : null,
      context.onMap ? button('Hide', () => this.handlers.hide(id), { 'data-action': 'hide' }) : null,
      button('Path from here', () => this.handlers.pathEnd('from', id, label), {
        'data-action': 'path-from',
      }),
      button('Path to here', () => this.handlers.pathEnd('to', id, label), { 'data-action': 'path-to' }),
      details.type === 'Person'
        ? button('Career path', () => this.handlers.career(id), { 'data-action': 'career', class: 'primary' })
        : null,
    );
  }
}

function welcome(): HTMLElement {
  return h(
    'div',
    { class: 'welcome' },
    h('h2', {}, 'Explore AI careers'),
    h('p', {}, 'Search for a person, a talk, a model or an institution, or click a node on the map.'),
    h(
      'ul',
      { class: 'tips' },
      h('li', {}, h('kbd', {}, '/'), ' search · ', h('kbd', {}, 'Esc'), ' clear the selection'),
      h('li', {}, 'Double-click a node to expand its neighbours'),
      h('li', {}, 'Drag across the time bar to see what happened in those years'),
      h('li', {}, 'Open a person’s ', h('strong', {}, 'career path'), ' to compare it with another'),
      h(
        'li',
        {},
        'On the map: arrows go from node to linked node, ',
        h('kbd', {}, 'Enter'),
        ' opens, ',
        h('kbd', {}, 'Shift'),
        '+arrows pan, ',
        h('kbd', {}, '+'),
        h('kbd', {}, '−'),
        ' zoom, ',
        h('kbd', {}, '0'),
        ' fits, ',
        h('kbd', {}, 'E'),
        ' expands, ',
        h('kbd', {}, 'H'),
        ' hides; ',
        h('kbd', {}, 'Ctrl'),
        '+',
        h('kbd', {}, 'Z'),
        ' undoes',
      ),
    ),
  );
}

function notFound(id: string): HTMLElement {
  return h('div', { class: 'error-box', role: 'alert' }, `There is no node “${id}” in the graph (any more).`);
}
