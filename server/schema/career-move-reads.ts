import neo4j from 'neo4j-driver';
import { CAREER_MOVE_LABEL, REL } from '../../graph/model.ts';
import { byId, byIdWithArgs, type RequestLoaders as Loaders } from './loaders.ts';
import {
  type CareerDecisionRow,
  decisionRow,
  type EntityRow,
  entityRow,
  type PersonRow,
  type SourceRow,
  sourceRow,
  type TalkRow,
  talkRow,
} from './node-row.ts';
import { type StubRow, stubRow } from './stub-rows.ts';

/**
 * The reads of career moves (career-move.ts declares the types): a person's moves from their
 * stored views, a move by id, its tellings.
 */
const MOVE = CAREER_MOVE_LABEL;

/** A CareerMove node as the API reads it (ingest/career-moves.ts writes it), with its ends. */
export interface MoveRow {
  id: string;
  person: string;
  kind: string;
  year: number | null;
  placedYear: number | null;
  years: number[];
  yearTalks: number[];
  yearConflict: boolean;
  yearRule: string | null;
  notes: number;
  talks: number;
  summary: string;
  evidence: string;
  order: number;
  /** The place rolled up to its parent organisation. */
  placeRoot: string | null;
  placeRootName: string | null;
  placeNode: EntityRow | null;
  fromNode: EntityRow | null;
  toNode: EntityRow | null;
  talkNode: TalkRow | null;
  personNode: PersonRow | null;
  /** The ends are stubs from the move's stored view (see stub-rows.ts), not whole nodes. */
  stub?: boolean;
}

/** The move's own properties (never its telling ids: a hub's run to hundreds) and its ends, by id. */
export function moveRow(m: string): string {
  return `${m} {.id, .person, .kind, .year, .placedYear, .years, .yearTalks, .yearConflict, .yearRule,
    .notes, .talks, .summary, .evidence, .order, .placeRoot, .placeRootName,
    placeNode: COLLECT { MATCH (x:Entity {id: ${m}.place}) RETURN ${entityRow('x')} AS x }[0],
    fromNode: COLLECT { MATCH (x:Entity {id: ${m}.from}) RETURN ${entityRow('x')} AS x }[0],
    toNode: COLLECT { MATCH (x:Entity {id: ${m}.to}) RETURN ${entityRow('x')} AS x }[0],
    talkNode: COLLECT { MATCH (x:Talk {id: ${m}.talk}) RETURN ${talkRow('x')} AS x }[0],
    personNode: COLLECT { MATCH (x:Person {id: ${m}.person}) RETURN ${entityRow('x')} AS x }[0]}`;
}

/** A move's stored view (ingest/career-moves-store.ts): its row with its ends as stub rows. */
type StoredMove = Omit<
  MoveRow,
  'placeNode' | 'fromNode' | 'toNode' | 'talkNode' | 'personNode' | 'evidence'
> &
  Record<'placeNode' | 'fromNode' | 'toNode' | 'talkNode' | 'personNode', StubRow | null>;

function fromView(row: { view: string | null; evidence: string | null; full: MoveRow | null }): MoveRow {
  if (typeof row.view !== 'string') {
    return row.full as MoveRow;
  }
  const view = JSON.parse(row.view) as StoredMove;
  return {
    ...view,
    evidence: row.evidence ?? '',
    placeNode: stubRow(view.placeNode),
    fromNode: stubRow(view.fromNode),
    toNode: stubRow(view.toNode),
    talkNode: stubRow(view.talkNode),
    personNode: stubRow(view.personNode),
    stub: true,
  };
}

/**
 * A person's moves in career order: one index seek and two properties per move (its stored view
 * and evidence), a few dozen moves even for a hub. A move stored before views existed is read
 * whole, its ends looked up.
 */
const movesOf = byId<MoveRow[] | null>(
  `UNWIND $ids AS id
   MATCH (p:Person {id: id})
   RETURN id, COLLECT {
     MATCH (m:${MOVE} {person: id})
     WITH m, m.view AS view ORDER BY m.order
     RETURN {view: view, evidence: m.evidence, full: CASE WHEN view IS NULL THEN ${moveRow('m')} END} AS move
   } AS moves`,
  (r) =>
    (r.get('moves') as { view: string | null; evidence: string | null; full: MoveRow | null }[]).map(
      fromView,
    ),
  null,
  (moves) => moves?.length ?? 0,
);

const moveById = byId<MoveRow | null>(
  `UNWIND $ids AS id
   MATCH (m:${MOVE} {id: id})
   RETURN id, ${moveRow('m')} AS move`,
  (r) => r.get('move') as MoveRow,
  null,
  (move) => (move ? 1 : 0),
);

export interface TellingRow {
  decision: CareerDecisionRow;
  talk: TalkRow | null;
  source: SourceRow | null;
}

/** A move's tellings, first told first, up to `first`. */
export const tellingsOf = byIdWithArgs<{ first: number }, TellingRow[]>(
  `UNWIND $ids AS id
   MATCH (m:${MOVE} {id: id})
   RETURN id, COLLECT {
     UNWIND range(0, size(m.tellings) - 1) AS i
     WITH i, m.tellings[i] AS did ORDER BY i LIMIT $first
     MATCH (d:CareerDecision {id: did})
     OPTIONAL MATCH (d)-[:${REL.TOLD_IN}]->(t:Talk)
     OPTIONAL MATCH (t)-[:${REL.FROM_SOURCE}]->(s:Source)
     RETURN {decision: ${decisionRow('d')}, talk: ${talkRow('t')}, source: ${sourceRow('s')}} ORDER BY i
   } AS rows`,
  (args) => ({ first: neo4j.int(args.first) }),
  (r) => r.get('rows') as TellingRow[],
  () => [],
  (rows) => rows.length * 3,
);

export function loadMove(loaders: Loaders, id: string): Promise<MoveRow | null> {
  return loaders.load(moveById, id);
}

export function loadMoves(loaders: Loaders, personId: string): Promise<MoveRow[] | null> {
  return loaders.load(movesOf, personId);
}
