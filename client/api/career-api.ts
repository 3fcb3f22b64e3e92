import type { CareerStep, MoveTelling } from '../model/career-timeline.ts';
import { EntityRefFields } from './fragments.ts';
import { graphql, type ResultOf, request } from './graphql-client.ts';

/** A career move as a timeline step: the consolidated facts, not its tellings (read on demand). */
export const MoveFields = graphql(
  `fragment MoveFields on CareerMove {
    id kind year placedYear summary evidence toldIn talkCount
    from { ...EntityRefFields } to { ...EntityRefFields } place { ...EntityRefFields } talk { id title }
    yearConflict { chosen rule votes { year talks } }
  }`,
  [EntityRefFields],
);

export const CareerQuery = graphql(
  `query Career($id: ID!) { person(id: $id) { id name moves { ...MoveFields } } }`,
  [MoveFields],
);

export interface CareerPerson {
  id: string;
  name: string;
  decisions: CareerStep[];
}

/** A person's career moves (one per kind and place, in career order); null when there is no such person. */
export async function fetchCareer(personId: string): Promise<CareerPerson | null> {
  const data = await request(CareerQuery, { id: personId });
  return data.person ? { id: data.person.id, name: data.person.name, decisions: data.person.moves } : null;
}

export const TellingsQuery = graphql(`
  query Tellings($id: ID!) {
    careerMove(id: $id) { tellings(first: 100) { year evidence talk { id title date } source { id path } } }
  }
`);

/** Every note telling a move, first told first: the sentence, the year it states, its talk and note. */
export async function fetchTellings(moveId: string): Promise<MoveTelling[]> {
  const data = await request(TellingsQuery, { id: moveId });
  return data.careerMove?.tellings ?? [];
}

export const SameMoveQuery = graphql(
  `query SameMove($id: ID!) {
    sameMove(moveId: $id, first: 50) {
      summary total
      others { cameFrom yearsBefore move { ...MoveFields person { id name } } }
    }
  }`,
  [MoveFields],
);

export type SameMoveAnswer = NonNullable<ResultOf<typeof SameMoveQuery>['sameMove']>;

/** Who else made a move (same kind, same place or part of the same organisation), with a summary. */
export async function fetchSameMove(moveId: string): Promise<SameMoveAnswer | null> {
  const data = await request(SameMoveQuery, { id: moveId });
  return data.sameMove;
}
