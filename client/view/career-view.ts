import { type CareerPerson, fetchCareer } from '../api/career-api.ts';
import { errorText } from '../api/graphql-client.ts';
import { alignLanes, type CareerStep, stepYearText, type TimelineColumn } from '../model/career-timeline.ts';
import { kindName } from '../model/node-types.ts';
import { tellingsOf, yearConflict } from './career-tellings.ts';
import { evidence, muted, nodeLink } from './details-parts.ts';
import { h } from './dom.ts';
import { showSameMoves } from './same-moves.ts';
import './career-moves.css';
import { SearchBox } from './search-box.ts';

export interface CareerHandlers {
  /** Show a node on the map. */
  open(id: string): void;
  /** The person whose path is shown. */
  pick(id: string): void;
  compare(id: string | null): void;
}

/**
 * The career path view: a person's moves left to right by year (one per kind and place, however
 * many notes tell it), optionally beside a second person's. Each says how many notes tell it,
 * marks tellings that disagree on the year, and opens onto its tellings.
 */
export class CareerView {
  private token = 0;
  private readonly body: HTMLElement;
  private readonly compareBox: SearchBox;
  private readonly compareRow: HTMLElement;
  private readonly sameMove: HTMLElement;
  // Nothing drawn yet (not {null, null}): the first show(null, null) must draw the picker.
  private shown: { id: string | null; compare: string | null } | null = null;
  private people: { id: string; name: string }[] = [];
  private readonly title: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly handlers: CareerHandlers,
  ) {
    const input = h('input', {
      type: 'search',
      id: 'compare-input',
      placeholder: 'Compare with… (type a name)',
      'aria-label': 'Compare with another person',
    });
    const list = h('ul', { id: 'compare-list', class: 'suggestions', hidden: true });
    this.compareBox = new SearchBox(input, list, {
      types: ['Person'],
      onChoose: (hit) => handlers.compare(hit.node.id),
    });
    this.compareRow = h('div', { class: 'compare-row' });
    this.body = h('div', { class: 'career-body' });
    this.sameMove = h('section', { class: 'same-move', 'aria-live': 'polite' });
    const picker = h('div', { class: 'compare' }, h('div', { class: 'combo' }, input, list), this.compareRow);
    this.title = h('span', { class: 'career-subject' });
    root.replaceChildren(
      h('div', { class: 'career-head' }, h('h2', {}, 'Career path ', this.title), picker),
      this.body,
      this.sameMove,
    );
  }

  /** People who have career steps (from the overview): quick picks for either lane. */
  setPeople(people: { id: string; name: string }[]): void {
    this.people = people;
  }

  async show(personId: string | null, compareId: string | null): Promise<void> {
    if (this.shown?.id === personId && this.shown?.compare === compareId) {
      return;
    }
    this.shown = { id: personId, compare: compareId };
    this.sameMove.replaceChildren();
    this.renderCompareRow(personId, compareId);
    if (!personId) {
      this.title.textContent = '';
      this.body.replaceChildren(this.pickPerson());
      return;
    }
    const token = ++this.token;
    this.body.replaceChildren(
      h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Loading career path…'),
    );
    try {
      const [main, other] = await Promise.all([
        fetchCareer(personId),
        compareId ? fetchCareer(compareId) : null,
      ]);
      if (token === this.token) {
        this.title.textContent = main ? `— ${[main.name, other?.name].filter(Boolean).join(' vs ')}` : '';
        this.body.replaceChildren(
          main
            ? this.timeline(main, other)
            : this.pickPerson('That is not a person in the graph. Pick someone:'),
        );
      }
    } catch (error) {
      if (token === this.token) {
        this.shown = null;
        this.body.replaceChildren(
          h(
            'div',
            { class: 'error-box', role: 'alert' },
            `Could not load the career path: ${errorText(error)}`,
          ),
        );
      }
    }
  }

  private renderCompareRow(personId: string | null, compareId: string | null): void {
    this.compareBox.setValue('');
    const quick = this.people.filter((p) => p.id !== personId && p.id !== compareId).slice(0, 8);
    this.compareRow.replaceChildren(
      ...(personId
        ? quick.map((p) =>
            h(
              'button',
              { type: 'button', class: 'chip-button', onclick: () => this.handlers.compare(p.id) },
              p.name,
            ),
          )
        : []),
      compareId
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'data-action': 'uncompare',
              onclick: () => this.handlers.compare(null),
            },
            'Remove comparison',
          )
        : '',
    );
  }

  private pickPerson(message = 'Pick a person to see their career path:'): HTMLElement {
    return h(
      'div',
      { class: 'career-empty' },
      h('p', {}, message),
      this.people.length
        ? h(
            'div',
            { class: 'chips' },
            ...this.people.map((p) =>
              h(
                'button',
                { type: 'button', class: 'chip-button', onclick: () => this.handlers.pick(p.id) },
                p.name,
              ),
            ),
          )
        : muted('No career steps have been read from the notes yet.'),
    );
  }

  private timeline(main: CareerPerson, other: CareerPerson | null): HTMLElement {
    const lanes = other ? [main, other] : [main];
    const columns = alignLanes(lanes.map((p) => p.decisions));
    if (!columns.length) {
      return h(
        'div',
        { class: 'career-empty' },
        muted(`No career steps of ${main.name} were found in the notes.`),
      );
    }
    const grid = h('div', {
      class: 'timeline',
      role: 'table',
      'aria-label': other ? `Career paths of ${main.name} and ${other.name}` : `Career path of ${main.name}`,
      style: `grid-template-columns: 8rem repeat(${columns.length}, 15rem)`,
    });
    const row = (...cells: HTMLElement[]) => h('div', { class: 'timeline-row', role: 'row' }, ...cells);
    grid.append(row(h('div', { class: 'corner', role: 'columnheader' }), ...columns.map(yearHeader)));
    lanes.forEach((person, lane) => {
      grid.append(
        row(
          h(
            'div',
            { class: 'lane-label', role: 'rowheader' },
            nodeLink({ id: person.id, name: person.name, type: 'Person' }, this.handlers.open),
            h(
              'span',
              { class: 'muted' },
              `${person.decisions.length} move${person.decisions.length === 1 ? '' : 's'}`,
            ),
          ),
          ...columns.map((column) => this.cell(column.cells[lane] ?? null, lane)),
        ),
      );
    });
    return h('div', { class: 'timeline-scroll' }, grid);
  }

  private cell(step: CareerStep | null, lane: number): HTMLElement {
    if (!step) {
      return h('div', { class: 'cell gap', role: 'cell' });
    }
    const open = this.handlers.open;
    return h(
      'div',
      { class: 'cell', role: 'cell' },
      h(
        'article',
        {
          class: `step-card lane-${lane}${step.year === null ? ' undated' : ''}`,
          'data-step': step.id,
          'data-kind': step.kind,
        },
        h(
          'header',
          {},
          h('span', { class: 'kind' }, kindName(step.kind)),
          h(
            'span',
            { class: `year${step.yearConflict ? ' conflict' : ''}` },
            stepYearText(step),
            step.yearConflict ? h('span', { class: 'conflict-mark', 'aria-hidden': 'true' }, ' ≠') : null,
          ),
        ),
        step.from || step.to
          ? h(
              'p',
              { class: 'where' },
              step.from ? nodeLink(step.from, open) : null,
              step.from && step.to ? ' → ' : null,
              step.to ? nodeLink(step.to, open) : null,
            )
          : null,
        step.yearConflict ? yearConflict(step.yearConflict) : null,
        evidence(step.evidence, [step.to?.name ?? '', step.from?.name ?? '']),
        tellingsOf(step, open),
        h(
          'footer',
          {},
          step.talk ? nodeLink({ id: step.talk.id, name: step.talk.title, type: 'Talk' }, open) : null,
          step.to || step.place
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link-button same-move-button',
                  onclick: () => void showSameMoves(this.sameMove, step, this.handlers.compare),
                },
                'Who else made this move?',
              )
            : null,
        ),
      ),
    );
  }
}

function yearHeader(column: TimelineColumn): HTMLElement {
  const text = column.firstOfYear ? (column.year === null ? 'Before' : String(column.year)) : '';
  return h('div', { class: `year-head${column.firstOfYear ? ' first' : ''}`, role: 'columnheader' }, text);
}
