import neo4j from 'neo4j-driver';
import { CAREER_MOVE_LABEL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { nodeId, range } from './args.ts';
import { builder } from './builder.ts';
import { CareerMoveRef } from './career-move.ts';
import { type MoveRow, moveRow } from './career-move-reads.ts';

const MOVE = CAREER_MOVE_LABEL;

const KIND_WORDS: Record<string, string> = {
  major_change: 'changed major to',
  grad_school: 'went to graduate school at',
  joined: 'joined',
  left: 'left',
  founded: 'founded',
  moved_to_academia: 'moved to academia at',
  military_service: 'did military service at',
  study_abroad: 'studied abroad at',
  other: 'moved to',
};

interface Other {
  move: MoveRow;
  /** The place rolled up of the move before it at an institution, and how long they stayed there. */
  before: string | null;
  beforeName: string | null;
  yearsBefore: number | null;
}

interface SameMoveRow {
  move: MoveRow;
  others: Other[];
  total: number;
  place: string | null;
  before: string | null;
  beforeName: string | null;
}

/**
 * The move, and every other person's move of the same kind to the same place or any part of its
 * parent organisation (placeRoot: Naver Clova rolls up to Naver), each with the institution they
 * came from and how long they were there (from their first dated move there to this one).
 */
const SAME_MOVE = `MATCH (m:${MOVE} {id: $id})
  CALL (m) {
    OPTIONAL MATCH (q:${MOVE} {person: m.person}) WHERE q.order < m.order AND q.placeType = 'Institution'
    RETURN q ORDER BY q.order DESC LIMIT 1
  }
  WITH m, q
  CALL (m) {
    MATCH (o:${MOVE} {placeRoot: m.placeRoot}) WHERE o.kind = m.kind AND o.person <> m.person
    CALL (o) {
      OPTIONAL MATCH (z:${MOVE} {person: o.person}) WHERE z.order < o.order AND z.placeType = 'Institution'
      RETURN z ORDER BY z.order DESC LIMIT 1
    }
    WITH o, z, COLLECT {
      MATCH (w:${MOVE} {person: o.person}) WHERE z IS NOT NULL AND w.placeRoot = z.placeRoot AND w.year IS NOT NULL
      RETURN w.year
    } AS there
    ORDER BY coalesce(o.year, o.placedYear, 9999), o.person
    RETURN count(o) AS total, collect({move: ${moveRow('o')}, before: z.placeRoot, beforeName: z.placeRootName,
      yearsBefore: CASE WHEN o.year IS NULL OR size(there) = 0 THEN null
        ELSE o.year - reduce(y = there[0], x IN there | CASE WHEN x < y THEN x ELSE y END) END}) AS others
  }
  RETURN ${moveRow('m')} AS move, total, m.placeRoot AS place, q.placeRoot AS before, q.placeRootName AS beforeName,
    others[..$first] AS others`;

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** "3 other people joined Naver. 2 of them, and this person, went KAIST → Naver; median 3 years at KAIST." */
export function summarise(
  row: Pick<SameMoveRow, 'move' | 'others' | 'total' | 'before' | 'beforeName'>,
): string {
  const placeName = row.move.placeRootName ?? row.move.placeNode?.name ?? 'no place named';
  const root = placeName;
  const words = KIND_WORDS[row.move.kind] ?? row.move.kind;
  const first =
    row.total === 0
      ? `Nobody else in the notes ${words} ${root}.`
      : `${row.total} other ${row.total === 1 ? 'person' : 'people'} ${words} ${root}.`;
  if (!row.before) {
    return first;
  }
  const alike = row.others.filter((o) => o.before === row.before);
  const stays = alike.map((o) => o.yearsBefore).filter((y): y is number => y !== null);
  const med = median(stays);
  const went = `${alike.length + 1} ${alike.length === 0 ? 'person' : 'people'} went ${row.beforeName} → ${placeName}`;
  return `${first} ${went}${med === null ? '' : `; median ${med} year${med === 1 ? '' : 's'} at ${row.beforeName}`}.`;
}

const SameMoveOtherRef = builder.objectRef<Other>('SameMoveOther').implement({
  fields: (t) => ({
    move: t.field({ type: CareerMoveRef, resolve: (o) => o.move }),
    cameFrom: t.string({
      nullable: true,
      description: 'The organisation of the move before it (rolled up).',
      resolve: (o) => o.beforeName,
    }),
    yearsBefore: t.exposeInt('yearsBefore', {
      nullable: true,
      description: 'Years between their first dated move there and this one.',
    }),
  }),
});

const SameMoveRef = builder.objectRef<SameMoveRow>('SameMove').implement({
  description: 'Who else made a move: same kind, same place or part of the same organisation.',
  fields: (t) => ({
    move: t.field({ type: CareerMoveRef, resolve: (r) => r.move }),
    total: t.exposeInt('total', { description: 'Other people’s moves found.' }),
    summary: t.string({ resolve: (r) => summarise(r) }),
    others: t.field({
      type: [SameMoveOtherRef],
      description: 'Up to `first` of them.',
      resolve: (r) => r.others,
    }),
  }),
});

builder.queryField('sameMove', (t) =>
  t.field({
    type: SameMoveRef,
    nullable: true,
    description:
      'People who made the same move (kind and place, rolled up through parent organisations), with a summary. Null when there is no such move.',
    args: {
      // Checked in this order (the first failure answers).
      first: t.arg.int({
        defaultValue: 20,
        description: `At most ${LIMITS.pageSize}.`,
        validate: range('first', 0, LIMITS.pageSize),
      }),
      moveId: t.arg.id({ required: true, validate: nodeId('moveId') }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const first = args.first ?? 20;
      const [row] = await executor.read(
        SAME_MOVE,
        { id: args.moveId, first: neo4j.int(first) },
        (r) => r.toObject() as unknown as SameMoveRow,
      );
      loaders.charge(1 + (row?.others.length ?? 0));
      return row ?? null;
    },
  }),
);
