import type { GraphQLResolveInfo } from 'graphql';
import { LIMITS } from '../limits.ts';
import { nodeId, range } from './args.ts';
import { builder } from './builder.ts';
import { loadMove, loadMoves, type MoveRow, type TellingRow, tellingsOf } from './career-move-reads.ts';
import type { RequestLoaders as Loaders } from './loaders.ts';
import { nodeById } from './node.ts';
import type { NodeRow } from './node-row.ts';
import { CareerDecisionRef, EntityRef, PersonRef, SourceRef, TalkRef } from './refs.ts';
import { stubEnough } from './stub-rows.ts';

/** An end of a move: the stub when the query asks only what it holds, else the node read (batched). */
function end<R extends NodeRow>(pick: (m: MoveRow) => R | null) {
  return (m: MoveRow, _args: object, { loaders }: { loaders: Loaders }, info: GraphQLResolveInfo) => {
    const row = pick(m);
    // The node read by the stub's id is the node the stub stands for: of the same type.
    return row && m.stub && !stubEnough(info) ? (loaders.load(nodeById, row.id) as Promise<R | null>) : row;
  };
}

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
