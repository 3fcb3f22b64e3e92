import { fetchSameMove, type SameMoveAnswer } from '../api/career-api.ts';
import { errorText } from '../api/graphql-client.ts';
import { type CareerStep, stepYearText } from '../model/career-timeline.ts';
import { kindName } from '../model/node-types.ts';
import { evidence, muted } from './details-parts.ts';
import { h } from './dom.ts';

/**
 * "Who else made this move?": the API's `sameMove` (same kind, same place or part of the same
 * organisation: Naver Clova counts as Naver), its one-line summary and the people.
 */
export async function showSameMoves(
  root: HTMLElement,
  step: CareerStep,
  compare: (id: string) => void,
): Promise<void> {
  const place = step.to ?? step.place;
  if (!place) {
    return;
  }
  const title = h('h3', {}, `Who else: ${kindName(step.kind)} → ${place.name}`);
  root.replaceChildren(title, h('div', { class: 'loading' }, h('span', { class: 'spinner' }), 'Looking…'));
  try {
    const found = await fetchSameMove(step.id);
    root.replaceChildren(
      title,
      found?.others.length
        ? h('div', {}, h('p', { class: 'same-move-summary' }, found.summary), list(found, compare))
        : muted(found?.summary ?? 'Nobody else in the notes made this move.'),
    );
  } catch (error) {
    root.replaceChildren(
      h('div', { class: 'error-box', role: 'alert' }, `Could not look: ${errorText(error)}`),
    );
  }
  root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function list(found: SameMoveAnswer, compare: (id: string) => void): HTMLElement {
  return h(
    'ul',
    { class: 'same-move-list' },
    ...found.others.map(({ move, cameFrom, yearsBefore }) => {
      const person = move.person;
      return h(
        'li',
        {},
        h('strong', {}, person?.name ?? 'someone'),
        h('span', { class: 'muted' }, ` ${stepYearText(move)}`),
        cameFrom
          ? h(
              'span',
              { class: 'muted' },
              ` · from ${cameFrom}${yearsBefore === null ? '' : ` after ${yearsBefore} year${yearsBefore === 1 ? '' : 's'}`}`,
            )
          : null,
        evidence(move.evidence, [move.to?.name ?? move.place?.name ?? '']),
        person
          ? h(
              'button',
              {
                type: 'button',
                class: 'chip-button',
                'data-action': 'compare',
                onclick: () => compare(person.id),
              },
              `Compare with ${person.name}`,
            )
          : null,
      );
    }),
  );
}
