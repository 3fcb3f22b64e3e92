import {
  barHeights,
  formatRange,
  inRange,
  rangeBetween,
  type YearCount,
  type YearRange,
} from '../model/time-range.ts';
import { h } from './dom.ts';

export interface TimeBarHandlers {
  /** A range chosen (drag, click or keys); null for all years. */
  setRange(range: YearRange | null): void;
  togglePlay(): void;
}

/**
 * The histogram of talks and career steps per year under the map. Drag across bars to filter
 * to those years, click one year, arrows move the window, Shift+arrows widen it, Escape clears.
 */
export class TimeBar {
  private years: YearCount[] = [];
  private range: YearRange | null = null;
  private dragFrom: number | null = null;
  private pending: YearRange | null = null;
  private readonly bars: HTMLElement;
  private readonly label: HTMLElement;
  private readonly playButton: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: TimeBarHandlers,
  ) {
    this.playButton = h(
      'button',
      { type: 'button', class: 'play', onclick: () => handlers.togglePlay() },
      '▶ Play',
    );
    this.label = h('span', { class: 'range-label', 'aria-live': 'polite' });
    const clear = h(
      'button',
      { type: 'button', class: 'link-button', onclick: () => handlers.setRange(null) },
      'All years',
    );
    this.bars = h('div', {
      class: 'bars',
      role: 'group',
      tabindex: 0,
      'aria-label': 'Years: drag or use arrow keys to pick a range, Escape for all years',
      onkeydown: (event: KeyboardEvent) => this.onKey(event),
      onpointerup: () => this.endDrag(),
      onpointerleave: () => this.endDrag(),
    });
    const head = h(
      'div',
      { class: 'timebar-head' },
      this.playButton,
      h('strong', {}, 'Time'),
      this.label,
      clear,
    );
    root.replaceChildren(head, this.bars);
  }

  render(years: YearCount[], range: YearRange | null, playing: boolean, undated: string): void {
    this.years = years;
    this.range = range;
    this.playButton.textContent = playing ? '❚❚ Pause' : '▶ Play';
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.label.textContent = `${formatRange(range)}${range ? '' : undated}`;
    this.root.classList.toggle('filtering', range !== null);
    if (!years.length) {
      this.bars.replaceChildren(h('p', { class: 'muted' }, 'No dated talks or career steps yet.'));
      return;
    }
    this.drawBars(range);
  }

  private drawBars(range: YearRange | null): void {
    const heights = barHeights(this.years);
    const every = Math.max(1, Math.ceil(this.years.length / 24));
    this.bars.replaceChildren(
      ...this.years.map((year, index) => {
        const picked = range ? inRange(year.year, range) : false;
        const height = heights[index] ?? 0;
        const total = year.talks + year.decisions;
        const bar = h(
          'div',
          {
            class: `bar${picked ? ' picked' : ''}${total ? '' : ' empty'}`,
            'data-year': year.year,
            title: `${year.year}: ${year.talks} talks, ${year.decisions} career steps`,
            onpointerdown: (event: PointerEvent) => this.startDrag(event, year.year),
            onpointerenter: () => this.moveDrag(year.year),
          },
          h(
            'div',
            { class: 'bar-stack', style: `height:${Math.round(height * 100)}%` },
            h('div', { class: 'bar-decisions', style: `flex:${year.decisions}` }),
            h('div', { class: 'bar-talks', style: `flex:${year.talks}` }),
          ),
          h('span', { class: 'bar-year' }, index % every === 0 || picked ? String(year.year) : ''),
        );
        return bar;
      }),
    );
  }

  /** Marks the bars of a range being dragged, without rebuilding them under the pointer. */
  private markPicked(range: YearRange): void {
    for (const bar of this.bars.querySelectorAll<HTMLElement>('.bar')) {
      bar.classList.toggle('picked', inRange(Number(bar.dataset['year']), range));
    }
  }

  private startDrag(event: PointerEvent, year: number): void {
    // No text selection or native drag while sweeping across the bars.
    event.preventDefault();
    this.dragFrom = year;
    this.pending = rangeBetween(year, year);
    this.markPicked(this.pending);
  }

  private moveDrag(year: number): void {
    if (this.dragFrom !== null) {
      this.pending = rangeBetween(this.dragFrom, year);
      this.markPicked(this.pending);
    }
  }

  private endDrag(): void {
    if (this.dragFrom === null) {
      return;
    }
    const picked = this.pending ?? rangeBetween(this.dragFrom, this.dragFrom);
    this.dragFrom = null;
    this.pending = null;
    const same = this.range && this.range.from === picked.from && this.range.to === picked.to;
    // Clicking the one year already picked clears the filter: a toggle, as the legend does.
    this.handlers.setRange(same && picked.from === picked.to ? null : picked);
  }

  private onKey(event: KeyboardEvent): void {
    const first = this.years[0]?.year;
    const last = this.years[this.years.length - 1]?.year;
    if (first === undefined || last === undefined) {
      return;
    }
    if (event.key === 'Escape') {
      this.handlers.setRange(null);
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) {
      return;
    }
    event.preventDefault();
    const current = this.range ?? {
      from: step > 0 ? first - 1 : last + 1,
      to: step > 0 ? first - 1 : last + 1,
    };
    const next = event.shiftKey
      ? rangeBetween(current.from, current.to + step)
      : { from: current.from + step, to: current.to + step };
    if (next.from >= first && next.to <= last) {
      this.handlers.setRange(next);
    }
  }
}
