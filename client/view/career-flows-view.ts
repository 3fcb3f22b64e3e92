import { type FlowGrouping, fetchFlows } from '../api/career-flows-api.ts';
import { errorText, isAbort } from '../api/graphql-client.ts';
import {
  bandText,
  type CareerFlow,
  endLabel,
  type FlowBand,
  type FlowLayout,
  type FlowStep,
  layoutFlows,
} from '../model/career-flows.ts';
import { kindName } from '../model/node-types.ts';
import { formatRange, type YearRange } from '../model/time-range.ts';
import { evidence, muted, nodeLink } from './details-parts.ts';
import { h } from './dom.ts';
import './career-flows.css';

export interface FlowsHandlers {
  /** Show a node on the map. */
  open(id: string): void;
  /** Show a person's career path. */
  career(personId: string): void;
}

const SVG = 'http://www.w3.org/2000/svg';
// Colour-blind-safe hues (Okabe–Ito), one per source end, dark enough for a 3:1 band outline.
const HUES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a6500', '#555555'];

function svg(
  tag: string,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    element.setAttribute(key, String(value));
  }
  element.append(...children);
  return element;
}

/**
 * Career flows: a Sankey of people moving between places (or kinds of place) from one career move
 * to the next, within the time bar's years. Band width is people; a band is a button (click, Enter
 * or Space) that lists the people behind it with the sentences that tell both moves.
 */
export class CareerFlowsView {
  private groupBy: FlowGrouping = 'INSTITUTION';
  private minPeople = 1;
  private range: YearRange | null = null;
  private shown: string | null = null;
  private flows: CareerFlow[] = [];
  private request: AbortController | null = null;
  private readonly chart: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly caption: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly handlers: FlowsHandlers,
  ) {
    const grouping = h(
      'select',
      {
        id: 'flows-group',
        onchange: (event: Event) => {
          this.groupBy =
            (event.target as HTMLSelectElement).value === 'INSTITUTION_KIND'
              ? 'INSTITUTION_KIND'
              : 'INSTITUTION';
          void this.show(this.range);
        },
      },
      h('option', { value: 'INSTITUTION' }, 'Institution'),
      h('option', { value: 'INSTITUTION_KIND' }, 'Kind of institution'),
    );
    const minimum = h('input', {
      id: 'flows-min',
      type: 'number',
      min: 1,
      max: 99,
      value: 1,
      onchange: (event: Event) => {
        const value = Number((event.target as HTMLInputElement).value);
        this.minPeople = Number.isInteger(value) && value >= 1 ? Math.min(value, 99) : 1;
        void this.show(this.range);
      },
    });
    this.caption = h('p', { class: 'flows-caption muted', 'aria-live': 'polite' });
    this.chart = h('div', { class: 'flows-chart' });
    this.detail = h('section', {
      class: 'flow-detail',
      'aria-live': 'polite',
      'aria-label': 'People of the chosen flow',
    });
    root.replaceChildren(
      h(
        'div',
        { class: 'career-head' },
        h('h2', {}, 'Career flows'),
        h(
          'div',
          { class: 'flows-controls' },
          h('label', { for: 'flows-group' }, 'Group by '),
          grouping,
          h('label', { for: 'flows-min' }, 'At least '),
          minimum,
          h('span', {}, 'people'),
        ),
      ),
      this.caption,
      this.chart,
      this.detail,
    );
  }

  /** Draws the flows of the years (all years when null); asks the API only when something changed. */
  async show(range: YearRange | null): Promise<void> {
    this.range = range;
    const key = JSON.stringify([this.groupBy, this.minPeople, range]);
    if (key === this.shown) {
      return;
    }
    this.shown = key;
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.chart.setAttribute('aria-busy', 'true');
    this.chart.replaceChildren(
      h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Loading flows…'),
    );
    try {
      this.flows = await fetchFlows(this.groupBy, range, this.minPeople, request.signal);
    } catch (error) {
      if (!isAbort(error)) {
        this.shown = null;
        this.chart.replaceChildren(
          h('div', { class: 'error-box', role: 'alert' }, `Could not load the flows: ${errorText(error)}`),
        );
        this.chart.setAttribute('aria-busy', 'false');
      }
      return;
    }
    this.detail.replaceChildren();
    this.draw();
    this.chart.setAttribute('aria-busy', 'false');
  }

  private byKind(): boolean {
    return this.groupBy === 'INSTITUTION_KIND';
  }

  private draw(): void {
    const years = this.range ? `in ${formatRange(this.range)}` : 'in all years';
    const people = new Set(this.flows.flatMap((f) => f.steps.map((s) => s.person?.id ?? '')));
    this.caption.textContent = this.flows.length
      ? `${this.flows.length} flow${this.flows.length === 1 ? '' : 's'} of ${people.size} ${people.size === 1 ? 'person' : 'people'} ${years}, from the place of one career move to the next. Band width is people; pick a band to see who and why.`
      : '';
    if (!this.flows.length) {
      this.chart.replaceChildren(muted(`No career moves from one place to another ${years}.`));
      return;
    }
    const width = Math.max(640, Math.min(1200, this.chart.clientWidth || 960));
    const layout = layoutFlows(this.flows, { width });
    this.chart.replaceChildren(this.picture(layout));
  }

  private picture(layout: FlowLayout): SVGElement {
    const hue = new Map<string, string>();
    for (const node of layout.nodes.filter((n) => n.side === 'from')) {
      hue.set(node.id, HUES[hue.size % HUES.length] ?? '#555555');
    }
    const byKind = this.byKind();
    const bands = layout.bands.map((band) => this.band(band, hue.get(band.source.id) ?? '#555555'));
    const ends = layout.nodes.map((node) =>
      svg(
        'g',
        { class: `flow-end ${node.side}`, 'data-key': node.key },
        svg('rect', {
          x: node.x0,
          y: node.y0,
          width: node.x1 - node.x0,
          height: Math.max(1, node.y1 - node.y0),
          fill: hue.get(node.id) ?? '#475467',
        }),
        svg(
          'text',
          {
            x: node.side === 'from' ? node.x0 - 6 : node.x1 + 6,
            y: (node.y0 + node.y1) / 2,
            dy: '0.35em',
            'text-anchor': node.side === 'from' ? 'end' : 'start',
          },
          `${endLabel(node, byKind)} · ${node.people}`,
        ),
      ),
    );
    return svg(
      'svg',
      {
        class: 'flows-svg',
        width: layout.width,
        height: layout.height,
        viewBox: `0 0 ${layout.width} ${layout.height}`,
        role: 'group',
        'aria-label': `Career flows, ${byKind ? 'kinds of institution' : 'institutions'}: where people were on the left, where they went next on the right`,
      },
      svg('g', { class: 'flow-bands' }, ...bands),
      svg('g', { class: 'flow-ends', 'aria-hidden': 'true' }, ...ends),
    );
  }

  private band(band: FlowBand, colour: string): SVGElement {
    const label = bandText(band.flow, this.byKind());
    const pick = () => this.pick(band.index);
    const path = svg(
      'path',
      {
        class: 'flow-band',
        d: band.path,
        stroke: colour,
        'stroke-width': band.width,
        tabindex: 0,
        role: 'button',
        'aria-pressed': 'false',
        'aria-label': label,
        'data-index': band.index,
        'data-people': band.flow.people,
      },
      svg('title', {}, label),
    );
    path.addEventListener('click', pick);
    path.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        pick();
      }
    });
    return path;
  }

  private pick(index: number): void {
    for (const path of this.chart.querySelectorAll('.flow-band')) {
      const on = path.getAttribute('data-index') === String(index);
      path.setAttribute('aria-pressed', String(on));
      path.classList.toggle('picked', on);
    }
    const flow = this.flows[index];
    if (!flow) {
      return;
    }
    const more = flow.count > flow.steps.length ? muted(`…and ${flow.count - flow.steps.length} more`) : null;
    this.detail.replaceChildren(
      h('h3', {}, bandText(flow, this.byKind())),
      h('ol', { class: 'flow-people' }, ...flow.steps.map((step) => this.step(step))),
      more ?? '',
    );
  }

  private step(step: FlowStep): HTMLElement {
    const open = this.handlers.open;
    const person = step.person;
    const move = (label: string, m: FlowStep['from']) =>
      m
        ? h(
            'div',
            { class: 'flow-move' },
            h('span', { class: 'flow-move-label' }, label),
            h(
              'span',
              {},
              `${kindName(m.kind)} · ${m.place?.name ?? 'no place named'} · ${m.year ?? 'year not told'}`,
            ),
            evidence(m.evidence, [m.place?.name ?? '']),
            m.talk ? nodeLink({ id: m.talk.id, name: m.talk.title, type: 'Talk' }, open) : null,
          )
        : null;
    return h(
      'li',
      { class: 'flow-person' },
      h(
        'div',
        { class: 'flow-person-head' },
        person
          ? nodeLink({ id: person.id, name: person.name, type: 'Person' }, open)
          : h('span', {}, 'someone'),
        h('span', { class: 'muted' }, step.year === null ? ' year not told' : ` ${step.year}`),
        person
          ? h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                'data-action': 'career',
                onclick: () => this.handlers.career(person.id),
              },
              'Career path',
            )
          : null,
      ),
      move('Before', step.from),
      move('Then', step.to),
    );
  }
}
