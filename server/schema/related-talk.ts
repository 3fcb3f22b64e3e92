import neo4j from 'neo4j-driver';
import { REL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { nodeId, range } from './args.ts';
import { builder } from './builder.ts';
import { byIdWithArgs, type LoaderSpec } from './loaders.ts';
import { type EntityRow, entityRow, type TalkRow, talkRow } from './node-row.ts';
import { EntityRef, TalkRef } from './refs.ts';

/** Shared entities listed per related talk: enough to explain, few enough to read. */
const SHARED_SHOWN = 10;

interface RelatedRow {
  /** The talk the list is for: `shared` is read between it and `talk`. */
  of: string;
  talk: TalkRow;
  score: number;
  reasons: string[];
}

interface TalkPair {
  of: string;
  other: string;
}

/**
 * The entities two talks both mention, read only when `shared` is asked for (it costs most of
 * the list otherwise): every pair of one request in one round trip. The other talk's own
 * mentions (~50) are checked against the first talk's, never a hub's thousands of talks.
 */
const sharedOf: LoaderSpec<TalkPair, EntityRow[]> = {
  key: (pair) => JSON.stringify([pair.of, pair.other]),
  batch: async (executor, pairs) => {
    const rows = await executor.read(
      `UNWIND $pairs AS pair
       MATCH (t:Talk {id: pair.of})
       MATCH (o:Talk {id: pair.other})
       WITH pair, o, COLLECT { MATCH (t)-[:${REL.MENTIONS}]->(e:Entity) RETURN e } AS mine
       RETURN pair.of AS of, pair.other AS other, COLLECT {
         MATCH (o)-[:${REL.MENTIONS}]->(e:Entity) WHERE e IN mine
         WITH e ORDER BY e.name, e.id LIMIT ${SHARED_SHOWN}
         RETURN ${entityRow('e')}
       } AS shared`,
      { pairs: pairs.map(({ of, other }) => ({ of, other })) },
      (r) =>
        [
          sharedOf.key({ of: r.get('of') as string, other: r.get('other') as string }),
          r.get('shared'),
        ] as const,
    );
    const found = new Map(rows);
    return pairs.map((pair) => (found.get(sharedOf.key(pair)) as EntityRow[] | undefined) ?? []);
  },
  size: (rows) => rows.length,
};

export const RelatedTalkRef = builder.objectRef<RelatedRow>('RelatedTalk').implement({
  description: 'A talk like another one, and why.',
  fields: (t) => ({
    talk: t.field({ type: TalkRef, resolve: (r) => r.talk }),
    score: t.exposeFloat('score', { description: 'Higher is more alike (0–1).' }),
    reasons: t.exposeStringList('reasons', {
      description: 'What the two share, in words, as computed at ingest.',
    }),
    shared: t.field({
      type: [EntityRef],
      description: `Entities both talks mention (at most ${SHARED_SHOWN}), by name.`,
      resolve: (r, _args, { loaders }) => loaders.load(sharedOf, { of: r.of, other: r.talk.id }),
    }),
  }),
});

/**
 * RELATED_TO is written per talk, towards its best matches, so a pair may be linked both ways:
 * each other talk counts once, with its best score. Only the page kept is projected. Another
 * write-up of the same talk (SAME_TALK) is the talk itself, not a related one (Talk.writeUps).
 */
export const relatedOf = byIdWithArgs<number, RelatedRow[] | null>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT {
     MATCH (t)-[r:${REL.RELATED_TO}]-(o:Talk) WHERE o <> t AND NOT EXISTS { (t)-[:${REL.SAME_TALK}]-(o) }
     WITH o, r ORDER BY r.score DESC
     WITH o, collect(r)[0] AS best
     ORDER BY best.score DESC, o.id LIMIT $first
     RETURN {of: id, talk: ${talkRow('o')}, score: best.score, reasons: coalesce(best.reasons, [])}
   } AS rows`,
  (first) => ({ first: neo4j.int(first) }),
  (r) => r.get('rows') as RelatedRow[],
  () => null,
  (rows) => rows?.length ?? 0,
);

/** `first` of both relatedTalks fields: its check, and its value with the default applied. */
export const RELATED_FIRST = range('first', 0, LIMITS.relatedFirst);
export const relatedTalksFirst = (value: number | null | undefined) => value ?? 5;

builder.queryField('relatedTalks', (t) =>
  t.field({
    type: [RelatedTalkRef],
    nullable: true,
    description: 'Talks most like the given one, best first, with reasons; null when there is no such talk.',
    args: {
      talkId: t.arg.id({ required: true, validate: nodeId('talkId') }),
      first: t.arg.int({
        defaultValue: 5,
        description: `At most ${LIMITS.relatedFirst}.`,
        validate: RELATED_FIRST,
      }),
    },
    resolve: (_root, args, { loaders }) =>
      loaders.load(relatedOf, { id: args.talkId, args: relatedTalksFirst(args.first) }),
  }),
);
