import { h } from './dom.ts';

/** Covers the map while it loads, when there is nothing to draw, or when the server failed. */
export class Overlay {
  constructor(private readonly root: HTMLElement) {}

  loading(text: string): void {
    this.root.hidden = false;
    this.root.dataset['state'] = 'loading';
    this.root.replaceChildren(
      h('div', { class: 'overlay-card' }, h('span', { class: 'spinner large' }), h('p', {}, text)),
    );
  }

  empty(): void {
    this.root.hidden = false;
    this.root.dataset['state'] = 'empty';
    this.root.replaceChildren(
      h(
        'div',
        { class: 'overlay-card' },
        h('h2', {}, 'No talks yet'),
        h('p', {}, 'Load notes of talks into the graph, then reload this page:'),
        h('pre', {}, 'npm run ingest -- corpus/'),
      ),
    );
  }

  error(text: string, retry: () => void): void {
    this.root.hidden = false;
    this.root.dataset['state'] = 'error';
    this.root.replaceChildren(
      h(
        'div',
        { class: 'overlay-card error', role: 'alert' },
        h('h2', { class: 'error-title' }, 'Something went wrong'),
        h('p', {}, text),
        h('button', { type: 'button', class: 'primary', onclick: retry }, 'Try again'),
      ),
    );
  }

  hide(): void {
    this.root.hidden = true;
    this.root.dataset['state'] = 'hidden';
  }
}

/** A line under the top bar for what failed while exploring (an expansion, a path). */
export class StatusBar {
  constructor(
    private readonly root: HTMLElement,
    private readonly retry: () => void,
  ) {}

  show(
    message: { kind: 'error' | 'info'; text: string; action?: { label: string; run: () => void } } | null,
  ): void {
    if (!message) {
      this.root.hidden = true;
      this.root.replaceChildren();
      return;
    }
    this.root.hidden = false;
    this.root.className = `status ${message.kind}`;
    this.root.replaceChildren(
      h('span', {}, message.text),
      message.kind === 'error'
        ? h('button', { type: 'button', class: 'link-button', onclick: this.retry }, 'Retry')
        : '',
      message.action
        ? h(
            'button',
            { type: 'button', class: 'link-button', onclick: message.action.run },
            message.action.label,
          )
        : '',
      h(
        'button',
        { type: 'button', class: 'link-button', 'aria-label': 'Dismiss', onclick: () => this.show(null) },
        '×',
      ),
    );
  }
}
