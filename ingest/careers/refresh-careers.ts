/**
 * What follows a write of notes, in its transaction: notes of one talk linked (related/same-talk-store.ts),
 * the career moves of every person the write touched rebuilt (career-moves-store.ts), their places
 * linked to parent organisations (part-of.ts), and unnamed narrators linked to their talk.
 *
 * Takes: the talks written and the ids of entities the write touched or removed facts of.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { REL } from '../../graph/model.ts';
import { linkSameTalks } from '../related/same-talk-store.ts';
import { refreshMoves } from './career-moves-store.ts';
import { linkParents } from './part-of.ts';

export interface CareerChanges {
  /** Talks just written (a changed note's kept talks included). */
  talkIds: readonly string[];
  /** Entities whose facts were added or removed; people among them get their moves rebuilt. */
  touched: readonly string[];
}

export async function refreshCareers(tx: ManagedTransaction, changes: CareerChanges): Promise<void> {
  await linkSameTalks(tx, changes.talkIds);
  // Speakers of the written talks too: a new write-up of an old talk changes how their moves count.
  const speakers = await tx.run(
    `UNWIND $ids AS id MATCH (:Talk {id: id})-[:${REL.GIVEN_BY}]->(p:Person) RETURN collect(DISTINCT p.id) AS ids`,
    { ids: changes.talkIds },
  );
  const people = [...changes.touched, ...((speakers.records[0]?.get('ids') as string[] | undefined) ?? [])];
  const moves = await refreshMoves(tx, people);
  const mentioned = await tx.run(
    `UNWIND $ids AS id MATCH (:Talk {id: id})-[:${REL.MENTIONS}]->(i:Institution) RETURN collect(DISTINCT i.id) AS ids`,
    { ids: changes.talkIds },
  );
  await linkParents(tx, [
    ...moves.flatMap((m) => [m.place, m.from, m.to].filter((id): id is string => id !== null)),
    ...((mentioned.records[0]?.get('ids') as string[] | undefined) ?? []),
  ]);
  await linkNarrators(tx, changes.talkIds);
}

/**
 * An unnamed author tells their own talk: NARRATED_BY links it to them (they give no talk, so
 * GIVEN_BY would make them a speaker). Rebuilt for the written talks, so a changed note that no
 * longer has a narrator lets the stand-in go (refreshEntities deletes unlinked entities).
 */
async function linkNarrators(tx: ManagedTransaction, talkIds: readonly string[]): Promise<void> {
  if (talkIds.length === 0) {
    return;
  }
  await tx.run(
    `UNWIND $ids AS id
     MATCH (t:Talk {id: id})
     CALL (t) { MATCH (t)-[r:${REL.NARRATED_BY}]->() DELETE r }
     WITH t
     CALL (t) {
       MATCH (t)<-[:${REL.TOLD_IN}]-(:CareerDecision)<-[:${REL.DECIDED}]-(p:Person) WHERE p.unnamed RETURN p
       UNION
       MATCH (p:Person)-[:${REL.AFFILIATED_WITH} {talk: t.id}]->() WITH DISTINCT p WHERE p.unnamed RETURN p
     }
     MERGE (t)-[:${REL.NARRATED_BY}]->(p)`,
    { ids: talkIds },
  );
}
