/**
 * After the notes' write, inside its transaction: the career moves of every person the write
 * touched are rebuilt from all their decisions (career-moves.ts), so a move never lags the
 * decisions it consolidates, whatever was added, changed or removed. One read and one write,
 * each an UNWIND over the people.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { CAREER_MOVE_LABEL, ENTITY_TYPES, REL } from '../../graph/model.ts';
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
 * The ends a move shows (its place, from, to, talk and person), as the API's node rows need them
 * for a career path: read once here so that `careerPath` reads one property per move instead of
 * five lookups (issue 13: the bench's hub took 6,837 db hits).
 */
const READ_ENDS = `UNWIND $ids AS id
  CALL (id) {
    MATCH (n:Entity {id: id}) RETURN n UNION ALL MATCH (n:Talk {id: id}) RETURN n
  }
  RETURN n {.id, .name, .title, .date, .kind, .unnamed,
    type: [l IN labels(n) WHERE l IN ['Talk', ${ENTITY_TYPES.map((t) => `'${t}'`).join(', ')}]][0]} AS node`;

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
  const ends = await readEnds(
    tx,
    people.flatMap((p) => p.moves.flatMap(endIds)),
  );
  await tx.run(WRITE_MOVES, {
    people: people.map((p) => ({ id: p.id, moves: p.moves.map((m) => storedMove(m, ends)) })),
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

function endIds(move: Move): string[] {
  return [move.place, move.from, move.to, move.talk, move.person].filter((id): id is string => id !== null);
}

async function readEnds(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) {
    return new Map();
  }
  const result = await tx.run(READ_ENDS, { ids: [...new Set(ids)] });
  return new Map(
    result.records.map((r) => {
      const node = r.get('node') as Record<string, unknown>;
      return [node['id'] as string, node];
    }),
  );
}

/** Neo4j properties are scalars or lists of them: the year votes go as parallel lists. */
function storedMove(move: Move, ends: ReadonlyMap<string, Record<string, unknown>>): Record<string, unknown> {
  const { years, ...rest } = move;
  const stored = {
    ...rest,
    years: years.map((v) => v.year),
    yearTalks: years.map((v) => v.talks),
    // Each vote's decisions, '|'-joined (a property cannot hold a list of lists).
    yearDecisions: years.map((v) => v.decisions.join('|')),
    name: move.summary,
  };
  const end = (id: string | null) => (id === null ? null : (ends.get(id) ?? null));
  // What a career path shows of the move, in one property the API reads whole (server/schema/
  // career-move.ts); rebuilt with the move whenever its person is touched. Its evidence stays
  // a property of its own (copied from the decision in WRITE_MOVES).
  const view = {
    id: move.id,
    person: move.person,
    kind: move.kind,
    year: move.year,
    placedYear: move.placedYear,
    years: stored.years,
    yearTalks: stored.yearTalks,
    yearConflict: move.yearConflict,
    yearRule: move.yearRule,
    notes: move.notes,
    talks: move.talks,
    summary: move.summary,
    order: move.order,
    placeRoot: move.placeRoot,
    placeRootName: move.placeRootName,
    placeNode: end(move.place),
    fromNode: end(move.from),
    toNode: end(move.to),
    talkNode: end(move.talk),
    personNode: end(move.person),
  };
  return { ...stored, view: JSON.stringify(view) };
}
