import neo4j from 'neo4j-driver';
import { REL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { range } from './args.ts';
import { builder } from './builder.ts';
import { byIdWithArgs } from './loaders.ts';
import { type EntityRow, entityRow, type TalkRow, talkRow } from './node-row.ts';
import {
  afterCursor,
  connectionRef,
  emptyPage,
  encodeCursor,
  type Page,
  type PageArgs,
  pageParams,
  toPage,
} from './page.ts';
import { EntityRef, TalkRef } from './refs.ts';

/** A MENTIONS relationship: how often a talk names an entity, and where first. */
export interface MentionRow {
  talk: TalkRow;
  entity: EntityRow;
  count: number;
  snippet: string | null;
  aliases: string[] | null;
}

export const MentionRef = builder.objectRef<MentionRow>('Mention').implement({
  description: 'A talk mentioning an entity.',
  fields: (t) => ({
    talk: t.field({ type: TalkRef, resolve: (m) => m.talk }),
    entity: t.field({ type: EntityRef, resolve: (m) => m.entity }),
    count: t.int({ description: 'Mentions in the talk.', resolve: (m) => m.count ?? 0 }),
    snippet: t.exposeString('snippet', { nullable: true, description: 'Text around the first mention.' }),
    aliases: t.stringList({ description: 'Spellings used in this talk.', resolve: (m) => m.aliases ?? [] }),
  }),
});

const MENTION = (t: string, m: string, e: string) =>
  `{talk: ${talkRow(t)}, entity: ${entityRow(e)}, count: ${m}.count, snippet: ${m}.snippet, aliases: ${m}.aliases}`;

export interface MentionArgs {
  first: number;
  types: string[] | null;
}

/** The check of `Talk.mentions(first)`, also run by the talk's read ahead (talk-reads.ts). */
export const MENTIONS_FIRST = range('first', 0, LIMITS.pageSize);

/**
 * The arguments of `Talk.mentions` (checked: MENTIONS_FIRST), defaults applied; the same object
 * shape keys its loader and any prefetch.
 */
export function mentionArgs(args: { first?: number | null; types?: readonly string[] | null }): MentionArgs {
  return { first: args.first ?? 50, types: args.types ? [...args.types] : null };
}

export const mentionParams = (args: MentionArgs) => ({ types: args.types, first: neo4j.int(args.first) });

/**
 * The mentions of talk `t`, most mentioned first; bounded by one note's text, so a plain list.
 * The page is cut before it is projected, and the talk itself is added by `withTalk`, not
 * projected again for every row.
 */
export const MENTIONS_OF = (t: string) => `COLLECT {
     MATCH (${t})-[m:${REL.MENTIONS}]->(e:Entity)
     WHERE $types IS NULL OR any(l IN labels(e) WHERE l IN $types)
     WITH m, e ORDER BY m.count DESC, e.name, e.id LIMIT $first
     RETURN {entity: ${entityRow('e')}, count: m.count, snippet: m.snippet, aliases: m.aliases}
   }`;

export function withTalk(talk: TalkRow, rows: Omit<MentionRow, 'talk'>[]): MentionRow[] {
  return rows.map((row) => ({ ...row, talk }));
}

export const mentionsOfTalk = byIdWithArgs<MentionArgs, MentionRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, ${talkRow('t')} AS talk, ${MENTIONS_OF('t')} AS rows`,
  mentionParams,
  (r) => withTalk(r.get('talk') as TalkRow, r.get('rows') as Omit<MentionRow, 'talk'>[]),
  () => [],
  (rows) => rows.length,
);

interface MentionEdge {
  cursor: string;
  node: TalkRow;
  mention: MentionRow;
}

const MentionEdgeRef = builder.objectRef<MentionEdge>('MentionEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: TalkRef, resolve: (edge) => edge.node }),
    count: t.int({ resolve: (edge) => edge.mention.count ?? 0 }),
    snippet: t.string({ nullable: true, resolve: (edge) => edge.mention.snippet }),
  }),
});

export const MentionConnectionRef = connectionRef('Mention', MentionEdgeRef);

/** The talks that mention an entity, by title (grows with the corpus: paged); entity.ts's `mentionedIn`. */
export const talksMentioning = byIdWithArgs<PageArgs, Page<MentionEdge>>(
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN id, COUNT { (e)<-[:${REL.MENTIONS}]-(:Talk) } AS total, COLLECT {
     MATCH (e)<-[m:${REL.MENTIONS}]-(t:Talk)
     WHERE ${afterCursor("coalesce(t.title, '')", 't.id')}
     RETURN ${MENTION('t', 'm', 'e')} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit
   } AS rows`,
  pageParams,
  (r, args) =>
    toPage(r.get('rows') as MentionRow[], args, r.get('total') as number, (mention) => ({
      cursor: encodeCursor(mention.talk.title ?? '', mention.talk.id),
      node: mention.talk,
      mention,
    })),
  () => emptyPage<MentionEdge>(),
  (page) => page.edges.length,
);
