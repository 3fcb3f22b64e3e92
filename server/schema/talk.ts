import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { builder } from './builder.ts';

export interface PersonRow {
  id: string;
  name: string;
}

export interface TalkRow {
  id: string;
  title: string;
  date: string | null;
  language: string | null;
  series: string | null;
  url: string | null;
  sourcePath: string | null;
  speakers: PersonRow[];
}

export const PersonRef = builder.objectRef<PersonRow>('Person').implement({
  description: 'Someone who gave a talk or is mentioned in one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});

export const TalkRef = builder.objectRef<TalkRow>('Talk').implement({
  description: 'One talk or masterclass, as told in a note.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    date: t.exposeString('date', { nullable: true, description: 'ISO date (YYYY-MM-DD) when known.' }),
    language: t.exposeString('language', { nullable: true }),
    series: t.exposeString('series', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    sourcePath: t.exposeString('sourcePath', { nullable: true, description: 'The note it was read from.' }),
    speakers: t.field({ type: [PersonRef], resolve: (talk) => talk.speakers }),
  }),
});

const PageInfo = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

interface TalkConnection {
  edges: { cursor: string; node: TalkRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const TalkEdge = builder.objectRef<TalkConnection['edges'][number]>('TalkEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: TalkRef, resolve: (e) => e.node }),
  }),
});

const TalkConnectionRef = builder.objectRef<TalkConnection>('TalkConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [TalkEdge], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: PageInfo, resolve: (c) => c.pageInfo }),
    totalCount: t.exposeInt('totalCount'),
  }),
});

export const MAX_PAGE = 100;

/** Keyset pagination on (title, id): stable under inserts, no OFFSET scans. */
const TALKS_PAGE = `
  CALL { MATCH (every:Talk) RETURN count(every) AS totalCount }
  MATCH (t:Talk)
  WHERE $after IS NULL OR t.title > $after.title OR (t.title = $after.title AND t.id > $after.id)
  WITH totalCount, t ORDER BY t.title, t.id LIMIT $limit
  OPTIONAL MATCH (t)-[:FROM_SOURCE]->(s:Source)
  RETURN totalCount, t {.id, .title, .date, .language, .series, .url, sourcePath: s.path,
    speakers: COLLECT { MATCH (t)-[:GIVEN_BY]->(p:Person) RETURN p {.id, .name} ORDER BY p.name }} AS talk`;

builder.queryField('talks', (t) =>
  t.field({
    type: TalkConnectionRef,
    description: 'Talks ordered by title, a page at a time.',
    args: {
      first: t.arg.int({ defaultValue: 20, description: `At most ${MAX_PAGE}.` }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    resolve: async (_root, args, { executor }) => {
      const first = args.first ?? 20;
      if (first < 0 || first > MAX_PAGE) {
        throw new GraphQLError(`"first" must be between 0 and ${MAX_PAGE}`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const after = args.after ? decodeCursor(args.after) : null;
      const rows = await executor.read(TALKS_PAGE, { after, limit: neo4j.int(first + 1) }, (r) => ({
        totalCount: r.get('totalCount') as number,
        talk: r.get('talk') as TalkRow,
      }));
      const page = rows.slice(0, first).map((r) => r.talk);
      const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
      const totalCount = rows[0]?.totalCount ?? (await countTalks(executor));
      return {
        edges,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount,
      };
    },
  }),
);

async function countTalks(executor: import('../executor.ts').Executor): Promise<number> {
  const [count] = await executor.read('MATCH (t:Talk) RETURN count(t) AS n', {}, (r) => r.get('n') as number);
  return count ?? 0;
}

function encodeCursor(talk: TalkRow): string {
  return Buffer.from(JSON.stringify([talk.title, talk.id])).toString('base64url');
}

function decodeCursor(cursor: string): { title: string; id: string } {
  try {
    const [title, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof title === 'string' && typeof id === 'string') {
      return { title, id };
    }
  } catch {
    // fall through to the input error
  }
  throw new GraphQLError('"after" is not a cursor returned by this API', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
