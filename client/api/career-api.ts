import type { CareerStep, MoveTelling } from '../model/career-timeline.ts';
import { graphql } from './graphql-client.ts';

const REF = 'id name type';
/** A career move as a timeline step: the consolidated facts, not its tellings (read on demand). */
const MOVE = `id kind year placedYear summary evidence toldIn talkCount
  from { ${REF} } to { ${REF} } place { ${REF} } talk { id title }
  yearConflict { chosen rule votes { year talks } }`;

export interface CareerPerson {
  id: string;
  name: string;
  decisions: CareerStep[];
}

/** A person's career moves (one per kind and place, in career order); null when there is no such person. */
export async function fetchCareer(personId: string): Promise<CareerPerson | null> {
  const data = await graphql<{ person: { id: string; name: string; moves: CareerStep[] } | null }>(
    `query Career($id: ID!) { person(id: $id) { id name moves { ${MOVE} } } }`,
    { id: personId },
  );
  return data.person ? { id: data.person.id, name: data.person.name, decisions: data.person.moves } : null;
}

/** Every note telling a move, first told first: the sentence, the year it states, its talk and note. */
export async function fetchTellings(moveId: string): Promise<MoveTelling[]> {
  const data = await graphql<{ careerMove: { tellings: MoveTelling[] } | null }>(
    `query Tellings($id: ID!) {
      careerMove(id: $id) { tellings(first: 100) { year evidence talk { id title date } source { id path } } }
    }`,
    { id: moveId },
  );
  return data.careerMove?.tellings ?? [];
}

export interface SameMoveAnswer {
  summary: string;
  total: number;
  others: {
    cameFrom: string | null;
    yearsBefore: number | null;
    move: CareerStep & { person: { id: string; name: string } | null };
  }[];
}

/** Who else made a move (same kind, same place or part of the same organisation), with a summary. */
export async function fetchSameMove(moveId: string): Promise<SameMoveAnswer | null> {
  const data = await graphql<{ sameMove: SameMoveAnswer | null }>(
    `query SameMove($id: ID!) {
      sameMove(moveId: $id, first: 50) {
        summary total
        others { cameFrom yearsBefore move { ${MOVE} person { id name } } }
      }
    }`,
    { id: moveId },
  );
  return data.sameMove;
}
