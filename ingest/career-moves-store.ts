/**
 * After the notes' write, inside its transaction: the career moves of every person the write
 * touched are rebuilt from all their decisions (career-moves.ts), so a move never lags the
 * decisions it consolidates, whatever was added, changed or removed. One read and one write,
 * each an UNWIND over the people.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { CAREER_MOVE_LABEL, REL } from '../graph/model.ts';
import { consolidateMoves, type Move, type RollUp, type Telling } from './career-moves.ts';
import { parentIndex, parentOf } from './part-of.ts';

const MOVE = CAREER_MOVE_LABEL;

const PLACE = (rel: string) =>
  `[(d)-[:${rel}]->(x:Entity) | {id: x.id, name: x.name, kind: x.kind,
     type: [l IN labels(x) WHERE l IN ['Institution', 'Topic', 'Person', 'Model', 'Conference', 'Dataset']][0]}][0]`;

/**
 * Per decision, what consolidation needs: its year and whether its own sentence states it (a
 * digit test, so the evidence is sent only for `other`, whose words decide if it is a step).
 */
const READ_DECISIONS = `UNWIND $ids AS id
  MATCH (p:Person {id: id})
  RETURN id, COLLECT {
    MATCH (p)-[:${REL.DECIDED}]->(d:CareerDecision)-[:${REL.TOLD_IN}]->(t:Talk)
    RETURN {decision: d.id, kind: d.kind, year: d.year, offset: coalesce(d.offset, 0),
      stated: d.year IS NOT NULL AND d.evidence CONTAINS toString(d.year),
      evidence: CASE WHEN d.kind = 'other' THEN d.evidence ELSE '' END,
      talk: t.id, talkDate: t.date,
      twins: [(t)-[:${REL.SAME_TALK}]-(o:Talk) | o.id],
      source: [(t)-[:${REL.FROM_SOURCE}]->(s:Source) | s.id][0],
      from: ${PLACE(REL.FROM)}, to: ${PLACE(REL.TO)}}
  } AS decisions`;

/**
 * The moves of these people are replaced: old ones deleted, new ones created with the same ids.
 * A move's evidence is its shown telling's, copied here rather than read (only `other` needs it read).
 */
const WRITE_MOVES = `UNWIND $people AS person
  CALL (person) {
    MATCH (old:${MOVE} {person: person.id}) DELETE old
  }
  WITH person
  UNWIND person.moves AS move
  CREATE (m:${MOVE})
  SET m = move
  WITH m
  MATCH (d:CareerDecision {id: m.decision})
  SET m.evidence = d.evidence`;

/**
 * Moves of `personIds` rebuilt from their decisions; ids of entities that are not people, or
 * no longer exist, only lose their moves. Returns the moves written.
 */
export async function refreshMoves(tx: ManagedTransaction, personIds: readonly string[]): Promise<Move[]> {
  const ids = [...new Set(personIds)].filter((id) => id.startsWith('person:'));
  if (ids.length === 0) {
    return [];
  }
  const read = await tx.run(READ_DECISIONS, { ids });
  const found = new Map(read.records.map((r) => [r.get('id') as string, r.get('decisions') as Telling[]]));
  const parents = parentIndex();
  const rollUp: RollUp = (place) =>
    place.type === 'Institution' ? parentOf(place.id, [place.name], parents) : null;
  const people = ids.map((id) => ({
    id,
    moves: consolidateMoves(id, toNumbers(found.get(id) ?? []), rollUp),
  }));
  await tx.run(WRITE_MOVES, {
    people: people.map((p) => ({ id: p.id, moves: p.moves.map(storedMove) })),
  });
  return people.flatMap((p) => p.moves);
}

/** Integers come back from the driver as numbers already (the driver's `disableLosslessIntegers`); kept defensive. */
function toNumbers(tellings: Telling[]): Telling[] {
  return tellings.map((t) => ({
    ...t,
    year: t.year === null ? null : Number(t.year),
    offset: Number(t.offset),
  }));
}

/** Neo4j properties are scalars or lists of them: the year votes go as parallel lists. */
function storedMove(move: Move): Record<string, unknown> {
  const { years, ...rest } = move;
  return {
    ...rest,
    years: years.map((v) => v.year),
    yearTalks: years.map((v) => v.talks),
    // Each vote's decisions, '|'-joined (a property cannot hold a list of lists).
    yearDecisions: years.map((v) => v.decisions.join('|')),
    name: move.summary,
  };
}
