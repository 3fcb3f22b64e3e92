import neo4j from 'neo4j-driver';
import { CAREER_MOVE_LABEL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { range } from './args.ts';
import { builder } from './builder.ts';
import { CareerMoveRef } from './career-move.ts';
import { loadMove } from './career-move-reads.ts';
import { loadNodeOf } from './node.ts';
import { PersonRef } from './refs.ts';

const MOVE = CAREER_MOVE_LABEL;

export const FlowGroupingEnum = builder.enumType('FlowGrouping', {
  description: 'What the ends of a career flow are.',
  values: {
    INSTITUTION: {
      description: 'Institutions, rolled up to their parent organisation (Naver Clova → Naver).',
    },
    INSTITUTION_KIND: { description: 'Kinds of institution: company, university, lab…' },
  } as const,
});

interface FlowEnd {
  key: string;
  label: string;
}

interface FlowStep {
  person: string;
  from: string;
  to: string;
  year: number | null;
}

interface FlowRow {
  source: FlowEnd;
  target: FlowEnd;
  people: number;
  moves: number;
  steps: FlowStep[];
}

const FlowEndRef = builder.objectRef<FlowEnd>('FlowEnd').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'An institution id, or a kind of institution.' }),
    label: t.exposeString('label'),
  }),
});

const FlowStepRef = builder.objectRef<FlowStep>('FlowStep').implement({
  description: 'One person’s move along a flow: the move they left from and the one they made.',
  fields: (t) => ({
    year: t.exposeInt('year', { nullable: true, description: 'Of the move made (placed, when undated).' }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (s, _a, { loaders }) => loadNodeOf(loaders, s.person, 'Person'),
    }),
    from: t.field({
      type: CareerMoveRef,
      nullable: true,
      resolve: (s, _a, { loaders }) => loadMove(loaders, s.from),
    }),
    to: t.field({
      type: CareerMoveRef,
      nullable: true,
      resolve: (s, _a, { loaders }) => loadMove(loaders, s.to),
    }),
  }),
});

const CareerFlowRef = builder.objectRef<FlowRow>('CareerFlow').implement({
  description: 'People moving from one place (or kind of place) to another between consecutive career moves.',
  fields: (t) => ({
    source: t.field({ type: FlowEndRef, resolve: (f) => f.source }),
    target: t.field({ type: FlowEndRef, resolve: (f) => f.target }),
    people: t.exposeInt('people', { description: 'Distinct people.' }),
    count: t.exposeInt('moves', { description: 'Transitions (a person may make one twice).' }),
    steps: t.field({
      type: [FlowStepRef],
      description: 'The people behind it, earliest first.',
      args: {
        first: t.arg.int({
          defaultValue: 20,
          description: `At most ${LIMITS.pageSize}.`,
          validate: range('first', 0, LIMITS.pageSize),
        }),
      },
      resolve: (f, args) => f.steps.slice(0, args.first ?? 20),
    }),
  }),
});

/**
 * Consecutive moves at institutions, per person in career order (a `left` only where it is the
 * person's one move at that place); each pair is a transition
 * between their places (rolled up) or kinds, kept when the move made falls in [from, to].
 * Transitions within one end (Naver → Naver Clova, rolled up) are not flows.
 */
const FLOWS = `MATCH (m:${MOVE}) WHERE m.placeType = 'Institution'
  WITH m ORDER BY m.person, m.order
  WITH m.person AS person, collect(m) AS all
  // Leaving a place the person has another move at ends that stay; it is no move to the place
  // (else 'joined Naver, moved to KAIST, left Naver' would draw KAIST → Naver).
  WITH person, [m IN all WHERE m.kind <> 'left'
    OR NOT any(o IN all WHERE o.kind <> 'left' AND o.placeRoot = m.placeRoot)] AS moves
  UNWIND range(0, size(moves) - 2) AS i
  WITH person, moves[i] AS a, moves[i + 1] AS b
  WITH person, a, b, coalesce(b.year, b.placedYear) AS year
  WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
  WITH person, a, b, year,
    CASE WHEN $byKind THEN coalesce(a.placeKind, 'other') ELSE a.placeRoot END AS src,
    CASE WHEN $byKind THEN coalesce(b.placeKind, 'other') ELSE b.placeRoot END AS tgt,
    CASE WHEN $byKind THEN coalesce(a.placeKind, 'other') ELSE a.placeRootName END AS srcLabel,
    CASE WHEN $byKind THEN coalesce(b.placeKind, 'other') ELSE b.placeRootName END AS tgtLabel
  WHERE src <> tgt
  WITH src, tgt, head(collect(srcLabel)) AS srcLabel, head(collect(tgtLabel)) AS tgtLabel,
    count(DISTINCT person) AS people, count(*) AS moves,
    collect({person: person, from: a.id, to: b.id, year: year}) AS steps
  WHERE people >= $minPeople
  RETURN {key: src, label: srcLabel} AS source, {key: tgt, label: tgtLabel} AS target, people, moves,
    steps[..$perFlow] AS steps
  ORDER BY people DESC, moves DESC, src, tgt LIMIT $first`;

builder.queryField('careerFlows', (t) =>
  t.field({
    type: [CareerFlowRef],
    description:
      'Where careers go next: transitions between consecutive moves, grouped by institution (rolled up to the parent organisation) or kind of institution, most people first.',
    args: {
      groupBy: t.arg({ type: FlowGroupingEnum, defaultValue: 'INSTITUTION' }),
      // Checked in this order (the first failure answers).
      first: t.arg.int({
        defaultValue: 50,
        description: `At most ${LIMITS.pageSize} flows.`,
        validate: range('first', 0, LIMITS.pageSize),
      }),
      from: t.arg.int({
        required: false,
        description: 'Only moves made in or after this year.',
        validate: range('from', 1900, 2100),
      }),
      to: t.arg.int({
        required: false,
        description: 'Only moves made in or before this year.',
        validate: range('to', 1900, 2100),
      }),
      minPeople: t.arg.int({
        defaultValue: 1,
        description: 'Flows with fewer people are left out.',
        validate: range('minPeople', 1, 1_000_000),
      }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const first = args.first ?? 50;
      const year = (value: number | null | undefined) =>
        value === null || value === undefined ? null : neo4j.int(value);
      const rows = await executor.read(
        FLOWS,
        {
          byKind: args.groupBy === 'INSTITUTION_KIND',
          from: year(args.from),
          to: year(args.to),
          minPeople: neo4j.int(args.minPeople ?? 1),
          perFlow: neo4j.int(LIMITS.pageSize),
          first: neo4j.int(first),
        },
        (r) => r.toObject() as unknown as FlowRow,
      );
      loaders.charge(rows.length);
      return rows;
    },
  }),
);
