import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { CAREER_MOVE_LABEL, REL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { nodeId, range } from './args.ts';
import { builder } from './builder.ts';
import { byId, byIdWithArgs, type RequestLoaders as Loaders } from './loaders.ts';
import { nodeById } from './node.ts';
import {
  type CareerDecisionRow,
  decisionRow,
  type EntityRow,
  entityRow,
  type NodeRow,
  type PersonRow,
  type SourceRow,
  sourceRow,
  type TalkRow,
  talkRow,
} from './node-row.ts';
import { CareerDecisionRef, EntityRef, PersonRef, SourceRef, TalkRef } from './refs.ts';
import { type StubRow, stubEnough, stubRow } from './stub-rows.ts';

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

/** An end of a move: the stub when the query asks only what it holds, else the node read (batched). */
function end<R extends NodeRow>(pick: (m: MoveRow) => R | null) {
  return (m: MoveRow, _args: object, { loaders }: { loaders: Loaders }, info: GraphQLResolveInfo) => {
    const row = pick(m);
    // The node read by the stub's id is the node the stub stands for: of the same type.
    return row && m.stub && !stubEnough(info) ? (loaders.load(nodeById, row.id) as Promise<R | null>) : row;
  };
}

const moveById = byId<MoveRow | null>(
  `UNWIND $ids AS id
   MATCH (m:${MOVE} {id: id})
   RETURN id, ${moveRow('m')} AS move`,
  (r) => r.get('move') as MoveRow,
  null,
  (move) => (move ? 1 : 0),
);

interface TellingRow {
  decision: CareerDecisionRow;
  talk: TalkRow | null;
  source: SourceRow | null;
}

/** A move's tellings, first told first, up to `first`. */
const tellingsOf = byIdWithArgs<{ first: number }, TellingRow[]>(
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

const TellingRef = builder.objectRef<TellingRow>('CareerTelling').implement({
  description: 'One note telling a move: the decision read from it, its sentence and the year it states.',
  fields: (t) => ({
    decision: t.field({ type: CareerDecisionRef, resolve: (r) => r.decision }),
    evidence: t.string({ resolve: (r) => r.decision.evidence ?? '' }),
    year: t.int({
      nullable: true,
      description: 'The year this telling states.',
      resolve: (r) => r.decision.year,
    }),
    talk: t.field({ type: TalkRef, nullable: true, resolve: (r) => r.talk }),
    source: t.field({ type: SourceRef, nullable: true, description: 'The note.', resolve: (r) => r.source }),
  }),
});

interface YearVote {
  year: number;
  talks: number;
}

const YearVoteRef = builder.objectRef<YearVote>('YearVote').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    talks: t.exposeInt('talks', { description: 'Talks stating it (write-ups of one talk count once).' }),
  }),
});

interface YearConflict {
  chosen: number;
  rule: string;
  votes: YearVote[];
}

const YearConflictRef = builder.objectRef<YearConflict>('YearConflict').implement({
  description: 'Tellings that disagree on the year: every year stated, and the one chosen.',
  fields: (t) => ({
    chosen: t.exposeInt('chosen'),
    rule: t.exposeString('rule', { description: 'How the chosen year was picked.' }),
    votes: t.field({ type: [YearVoteRef], description: 'Most supported first.', resolve: (c) => c.votes }),
  }),
});

export const CareerMoveRef = builder.objectRef<MoveRow>('CareerMove');

CareerMoveRef.implement({
  description:
    'One step of a career: a person, a kind and a place, consolidated from every note that tells it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', {
      description:
        'major_change, grad_school, joined, left, founded, moved_to_academia, military_service, study_abroad or other.',
    }),
    year: t.exposeInt('year', { nullable: true, description: 'Null when no telling states one.' }),
    placedYear: t.exposeInt('placedYear', {
      nullable: true,
      description: 'The year it sorts under: its own, else that of the dated step told around it.',
    }),
    summary: t.exposeString('summary'),
    name: t.string({ resolve: (m) => m.summary }),
    evidence: t.exposeString('evidence', { description: 'The sentence of the telling shown (its year’s).' }),
    order: t.exposeInt('order', { description: 'Position in the career path, from 0.' }),
    toldIn: t.exposeInt('notes', { description: 'How many notes tell it.' }),
    talkCount: t.exposeInt('talks', {
      description: 'How many talks tell it (write-ups of one talk count once).',
    }),
    person: t.field({ type: PersonRef, nullable: true, resolve: end((m) => m.personNode) }),
    place: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Where the move went (for `left`, where it left).',
      resolve: end((m) => m.placeNode),
    }),
    from: t.field({ type: EntityRef, nullable: true, resolve: end((m) => m.fromNode) }),
    to: t.field({ type: EntityRef, nullable: true, resolve: end((m) => m.toNode) }),
    talk: t.field({
      type: TalkRef,
      nullable: true,
      description: 'The talk of the telling shown.',
      resolve: end((m) => m.talkNode),
    }),
    yearConflict: t.field({
      type: YearConflictRef,
      nullable: true,
      description: 'Null when the tellings agree (or state no year).',
      resolve: (m) =>
        m.yearConflict && m.year !== null
          ? {
              chosen: m.year,
              rule: m.yearRule ?? '',
              votes: m.years.map((year, i) => ({ year, talks: m.yearTalks[i] ?? 0 })),
            }
          : null,
    }),
    tellings: t.field({
      type: [TellingRef],
      description: 'Every note telling it, first told first.',
      args: {
        first: t.arg.int({
          defaultValue: 20,
          description: `At most ${LIMITS.pageSize}.`,
          validate: range('first', 0, LIMITS.pageSize),
        }),
      },
      resolve: (m, args, { loaders }) =>
        loaders.load(tellingsOf, {
          id: m.id,
          args: { first: args.first ?? 20 },
        }),
    }),
  }),
});

export function loadMove(loaders: Loaders, id: string): Promise<MoveRow | null> {
  return loaders.load(moveById, id);
}

export function loadMoves(loaders: Loaders, personId: string): Promise<MoveRow[] | null> {
  return loaders.load(movesOf, personId);
}

builder.queryField('careerPath', (t) =>
  t.field({
    type: [CareerMoveRef],
    nullable: true,
    description:
      'A person’s career moves in order: one per kind and place however many notes tell it, by year; an undated one where its notes tell it. Null when there is no such person.',
    args: { personId: t.arg.id({ required: true, validate: nodeId('personId') }) },
    resolve: (_root, args, { loaders }) => loadMoves(loaders, args.personId),
  }),
);

builder.queryField('careerMove', (t) =>
  t.field({
    type: CareerMoveRef,
    nullable: true,
    description: 'One career move by id (its tellings are read on demand). Null when there is none.',
    args: { id: t.arg.id({ required: true, validate: nodeId('id') }) },
    resolve: (_root, args, { loaders }) => loadMove(loaders, args.id),
  }),
);
