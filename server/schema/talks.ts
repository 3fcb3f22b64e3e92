import { REL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { nodeId, range, text } from './args.ts';
import { builder } from './builder.ts';
import { type TalkRow, talkRow } from './node-row.ts';
import {
  afterCursor,
  connectionRef,
  encodeCursor,
  pageArgFields,
  pageArgs,
  pageParams,
  toPage,
} from './page.ts';
import { TalkRef } from './refs.ts';

export interface TalkEdge {
  cursor: string;
  node: TalkRow;
}

/** Talks lists are ordered by (title, id); the cursor keeps both. */
export function talkEdge(node: TalkRow): TalkEdge {
  return { cursor: encodeCursor(node.title ?? '', node.id), node };
}

const TalkEdgeRef = builder.objectRef<TalkEdge>('TalkEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: TalkRef, resolve: (edge) => edge.node }),
  }),
});

/** A page of talks: this list, and a person's talks (person.ts). */
export const TalkConnectionRef = connectionRef('Talk', TalkEdgeRef);

const TalkFilterRef = builder.inputType('TalkFilter', {
  description: 'Every field given must hold (AND).',
  fields: (t) => ({
    speaker: t.id({ description: 'Talks given by this person (id).', validate: nodeId('filter.speaker') }),
    entity: t.id({ description: 'Talks that mention this entity (id).', validate: nodeId('filter.entity') }),
    year: t.int({ description: 'Talks dated in this year.', validate: range('filter.year', 1, 9999) }),
    series: t.string({
      description: 'Talks of this series, exactly.',
      validate: text('filter.series', LIMITS.seriesLength),
    }),
  }),
});

interface TalkFilter {
  speaker?: string | null;
  entity?: string | null;
  year?: number | null;
  series?: string | null;
}

/**
 * The filter (checked by its fields' `validate:`, the series trimmed) as Cypher: fixed fragments
 * chosen by which fields are set, values as parameters.
 * A speaker or entity filter starts from that node's index, not from every talk.
 */
function filterClauses(filter: TalkFilter): { match: string; params: Record<string, unknown> } {
  const matches: string[] = [];
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.speaker != null) {
    matches.push(`MATCH (t:Talk)-[:${REL.GIVEN_BY}]->(:Person {id: $speaker})`);
    params['speaker'] = filter.speaker;
  }
  if (filter.entity != null) {
    matches.push(`MATCH (t:Talk)-[:${REL.MENTIONS}]->(:Entity {id: $entity})`);
    params['entity'] = filter.entity;
  }
  if (filter.year != null) {
    conditions.push('t.date STARTS WITH $year');
    params['year'] = String(filter.year).padStart(4, '0');
  }
  if (filter.series != null) {
    conditions.push('t.series = $series');
    params['series'] = filter.series;
  }
  const match = matches.length > 0 ? matches.join('\n') : 'MATCH (t:Talk)';
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return { match: `${match}\n${where}`, params };
}

/** The count and the page in one round trip. */
function talksPageCypher(match: string): string {
  const keyset = afterCursor("coalesce(t.title, '')", 't.id');
  return `RETURN COUNT { ${match} RETURN t } AS totalCount,
    COLLECT { ${match} WITH t WHERE ${keyset}
      RETURN ${talkRow('t')} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit } AS rows`;
}

builder.queryField('talks', (t) =>
  t.field({
    type: TalkConnectionRef,
    description: 'Talks ordered by title, a page at a time, optionally filtered.',
    args: {
      ...pageArgFields(t.arg),
      filter: t.arg({ type: TalkFilterRef, required: false }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const page = pageArgs(args.first, args.after);
      const { match, params } = filterClauses(args.filter ?? {});
      const [result] = await executor.read(
        talksPageCypher(match),
        { ...params, ...pageParams(page) },
        (r) => ({
          totalCount: r.get('totalCount') as number,
          rows: r.get('rows') as TalkRow[],
        }),
      );
      const rows = result?.rows ?? [];
      loaders.charge(rows.length);
      return toPage(rows, page, result?.totalCount ?? 0, talkEdge);
    },
  }),
);
