import { fetchPeopleDecidingFor } from '../api/details-api.ts';
import { errorText } from '../api/graphql-client.ts';
import { type CareerStep, type SameMove, sameMoves, stepYearText } from '../model/career-timeline.ts';
import { kindName } from '../model/node-types.ts';
import { evidence, muted } from './details-parts.ts';
import { h } from './dom.ts';

/**
 * "Who else made this move?": people whose career has a step of the same kind to the same place.
 * The API has no field for it; the destination's `people` linked by a decision, with their
 * decisions, are enough to find them (sameMoves does, in the model).
 */
export async function showSameMoves(
  root: HTMLElement,
  step: CareerStep,
  personId: string,
  compare: (id: string) => void,
): Promise<void> {
  const to = step.to;
  if (!to) {
    return;
  }
  const title = h('h3', {}, `Who else: ${kindName(step.kind)} → ${to.name}`);
  root.replaceChildren(title, h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Looking…'));
  try {
    const people = await fetchPeopleDecidingFor(to.id);
    const found = sameMoves(
      step,
      people.map((p) => ({ person: p, steps: p.decisions })),
      personId,
    );
    root.replaceChildren(
      title,
      found.length ? list(found, compare) : muted('Nobody else in the notes made this move.'),
    );
  } catch (error) {
    root.replaceChildren(
      h('div', { class: 'error-box', role: 'alert' }, `Could not look: ${errorText(error)}`),
    );
  }
  root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function list(found: readonly SameMove[], compare: (id: string) => void): HTMLElement {
  return h(
    'ul',
    { class: 'same-move-list' },
    ...found.map(({ person, step }) =>
      h(
        'li',
        {},
        h('strong', {}, person.name),
        h('span', { class: 'muted' }, ` ${stepYearText(step)}`),
        evidence(step.evidence, [step.to?.name ?? '']),
        h(
          'button',
          {
            type: 'button',
            class: 'chip-button',
            'data-action': 'compare',
            onclick: () => compare(person.id),
          },
          `Compare with ${person.name}`,
        ),
      ),
    ),
  );
}
