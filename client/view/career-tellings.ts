import { fetchTellings } from '../api/career-api.ts';
import { errorText } from '../api/graphql-client.ts';
import {
  type CareerStep,
  conflictText,
  type MoveTelling,
  toldInText,
  type YearConflict,
} from '../model/career-timeline.ts';
import { evidence, muted, nodeLink, type Open } from './details-parts.ts';
import { h } from './dom.ts';

/** "Years differ: 2017 (1 talk) or 2018 (1 talk). 2017 chosen by: <rule>." */
export function yearConflict(conflict: YearConflict): HTMLElement {
  return h(
    'p',
    { class: 'year-conflict', 'data-chosen': conflict.chosen },
    h('strong', {}, 'Years differ: '),
    `${conflictText(conflict)}. `,
    h('span', { class: 'rule' }, `${conflict.chosen} chosen by: ${conflict.rule}.`),
  );
}

/**
 * "told in 2 notes", opening onto every telling: its note, talk, the year it states and its
 * sentence. Read when first opened (a hub's move has hundreds), and kept.
 */
export function tellingsOf(step: CareerStep, open: Open): HTMLElement | null {
  const label = toldInText(step);
  if (label === null) {
    return null;
  }
  const list = h('div', { class: 'tellings-list' });
  const box = h(
    'details',
    { class: 'tellings', 'data-told-in': step.toldIn ?? 0 },
    h('summary', {}, label),
    list,
  );
  let loaded = false;
  box.addEventListener('toggle', () => {
    if (!box.open || loaded) {
      return;
    }
    loaded = true;
    list.replaceChildren(h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Loading…'));
    fetchTellings(step.id).then(
      (tellings) =>
        list.replaceChildren(
          tellings.length
            ? h('ol', {}, ...tellings.map((t) => telling(t, step, open)))
            : muted('No telling found.'),
        ),
      (error: unknown) => {
        loaded = false;
        list.replaceChildren(
          h('div', { class: 'error-box', role: 'alert' }, `Could not load the tellings: ${errorText(error)}`),
        );
      },
    );
  });
  return box;
}

function telling(t: MoveTelling, step: CareerStep, open: Open): HTMLElement {
  const names = [step.to?.name ?? '', step.from?.name ?? '', step.place?.name ?? ''];
  return h(
    'li',
    { class: 'telling' },
    h(
      'div',
      { class: 'telling-head' },
      h('span', { class: 'telling-year' }, t.year === null ? 'no year stated' : `says ${t.year}`),
      t.talk ? nodeLink({ id: t.talk.id, name: t.talk.title, type: 'Talk' }, open) : null,
    ),
    t.source ? h('div', { class: 'muted telling-note' }, `note: ${t.source.path}`) : null,
    evidence(t.evidence, names),
  );
}
