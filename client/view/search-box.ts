import { type SearchHit, searchNodes } from '../api/graph-api.ts';
import { errorText, isAbort } from '../api/graphql-client.ts';
import type { NodeType } from '../model/graph.ts';
import { TYPE_LOOK, typeName } from '../model/node-types.ts';
import { highlightSegments, moveActive, searchText } from '../model/search-suggest.ts';
import { h, shapeIcon } from './dom.ts';

export interface SearchBoxOptions {
  /** Only suggest nodes of these types (the career comparison asks for people). */
  types?: NodeType[];
  /** Wait this long after the last key before asking the server. */
  debounceMs?: number;
  onChoose(hit: SearchHit): void;
}

let boxes = 0;

/**
 * A combobox (WAI-ARIA 1.2 pattern): suggestions while typing, arrows to move, Enter to choose,
 * Escape to close. Stale answers are aborted so a slow reply never overwrites a newer one.
 */
export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private readonly listId: string;

  constructor(
    readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly options: SearchBoxOptions,
  ) {
    boxes += 1;
    this.listId = list.id || `suggestions-${boxes}`;
    list.id = this.listId;
    list.setAttribute('role', 'listbox');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.listId);
    input.setAttribute('aria-expanded', 'false');
    input.autocomplete = 'off';
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => this.hits.length && this.open());
  }

  setValue(text: string): void {
    this.input.value = text;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // Short: a search answers in ~10–25 ms and a newer keystroke aborts the older request, so a
    // long wait only added to every suggestion's latency (180 ms of a ~300 ms budget).
    this.timer = setTimeout(() => void this.query(), this.options.debounceMs ?? 80);
  }

  private async query(): Promise<void> {
    this.inflight?.abort();
    const text = searchText(this.input.value);
    if (!text) {
      this.show([], null);
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    this.status('Searching…');
    try {
      const hits = await searchNodes(text, this.options.types ?? null, controller.signal);
      this.show(hits, hits.length ? null : `Nothing matches “${text}”`);
    } catch (error) {
      if (!isAbort(error)) {
        this.show([], `Search failed: ${errorText(error)}`);
      }
    }
  }

  private status(text: string): void {
    this.list.replaceChildren(
      h('li', { class: 'suggestion-status', role: 'option', 'aria-disabled': 'true' }, text),
    );
    this.open();
  }

  private show(hits: SearchHit[], message: string | null): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    if (message) {
      this.status(message);
      return;
    }
    this.list.replaceChildren(...hits.map((hit, index) => this.option(hit, index)));
    this.highlightActive();
    if (hits.length) {
      this.open();
    } else {
      this.close();
    }
  }

  private option(hit: SearchHit, index: number): HTMLLIElement {
    const look = TYPE_LOOK[hit.type];
    const matchedName = hit.highlight.text || hit.label;
    const segments = highlightSegments(matchedName, hit.highlight.spans);
    const label = h(
      'span',
      { class: 'suggestion-label' },
      ...segments.map((s) => (s.match ? h('mark', {}, s.text) : s.text)),
    );
    return h(
      'li',
      {
        id: `${this.listId}-${index}`,
        role: 'option',
        class: 'suggestion',
        'data-id': hit.node.id,
        onmousedown: (event: MouseEvent) => event.preventDefault(),
        onclick: () => this.choose(index),
      },
      shapeIcon(look.shape, look.color),
      label,
      hit.highlight.field === 'alias' ? h('span', { class: 'suggestion-alias' }, `→ ${hit.label}`) : null,
      h('span', { class: 'suggestion-type' }, typeName(hit.type)),
    );
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.active = moveActive(this.active, event.key === 'ArrowDown' ? 1 : -1, this.hits.length);
      this.open();
      this.highlightActive();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      if (this.active >= 0) {
        this.choose(this.active);
      } else {
        void this.query();
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private highlightActive(): void {
    for (const [index, item] of [...this.list.children].entries()) {
      item.setAttribute('aria-selected', String(index === this.active));
    }
    const current = this.list.children[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) {
      return;
    }
    this.input.value = hit.label;
    this.close();
    this.options.onChoose(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
