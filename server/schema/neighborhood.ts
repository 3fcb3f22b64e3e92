import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { nodeId, range } from './args.ts';
import { builder } from './builder.ts';
import { edgeParams, elementsCypher, GraphElementsRef, readElements } from './graph-elements.ts';
import { NodeTypeEnum } from './node.ts';
import { findNode } from './node-row.ts';
import { selectedFields } from './selection.ts';

/**
 * Neighbours a node of one ring brings into the next before any node brings more: a hub (BERT,
 * mentioned by most talks) then shows a few of its talks beside the other nodes' neighbours
 * instead of filling the limit alone.
 */
export const NEIGHBORHOOD_FAN = 10;

const OF_TYPES = '($types IS NULL OR any(l IN labels(b) WHERE l IN $types))';

/**
 * The next ring outwards: nodes one step from `frontier` not in `seen`, at most as many as the
 * limit still allows (`need`). Frontier nodes are visited fewest relationships first, so specific
 * links (a speaker, a rare dataset) come before hubs; each first brings at most NEIGHBORHOOD_FAN,
 * and only when that falls short does a second pass fill up. Both passes stop reading as soon as
 * $fetch nodes are found, so a hub is never expanded in full; a ring short of `need` is complete.
 */
const nextRing = (frontier: string, ring: string) => `
  CALL (seen, ${frontier}) {
    WITH seen, ${frontier} AS frontier, $fetch + 1 - size(seen) AS need
    WHERE need > 0 AND size(frontier) > 0
    UNWIND frontier AS a
    WITH seen, need, a ORDER BY COUNT { (a)--() }, a.id
    WITH seen, need, collect(a) AS frontier
    CALL (seen, frontier) {
      UNWIND frontier AS a
      CALL (seen, a) { MATCH (a)--(b) WHERE NOT b IN seen AND ${OF_TYPES} RETURN DISTINCT b LIMIT $fan }
      WITH DISTINCT b LIMIT $fetch
      RETURN collect(b) AS fanned
    }
    CALL (seen, frontier, fanned, need) {
      WITH seen + fanned AS passed, frontier WHERE size(fanned) < need
      UNWIND frontier AS a
      CALL (passed, a) { MATCH (a)--(b) WHERE NOT b IN passed AND ${OF_TYPES} RETURN DISTINCT b LIMIT $fetch }
      WITH DISTINCT b LIMIT $fetch
      RETURN collect(b) AS filled
    }
    UNWIND (fanned + filled)[0..need] AS b
    WITH b ORDER BY b.id
    RETURN collect(b) AS ${ring}
  }
  WITH start, seen + ${ring} AS seen, found + ${ring} AS found, ${ring}`;

/**
 * Breadth first from the start, ring by ring (every node at its shortest distance through nodes
 * of `types`), nearest first and by id within a ring; at most $fetch nodes are ever collected.
 * The first ring is read in full (ordered by id); the outer ones are bounded as in nextRing.
 */
function neighborhoodCypher(depth: number, weight: boolean): string {
  const rings = [];
  for (let k = 2; k <= depth; k += 1) {
    rings.push(nextRing(`ring${k - 1}`, `ring${k}`));
  }
  return `${findNode('$id')}
    WITH n AS start
    CALL (start) {
      MATCH (start)--(b) WHERE b <> start AND ${OF_TYPES}
      WITH DISTINCT b ORDER BY b.id LIMIT $fetch
      RETURN collect(b) AS ring1
    }
    WITH start, [start] + ring1 AS seen, ring1 AS found, ring1
    ${rings.join('\n')}
    WITH [start] + found[0..$limit] AS members, size(found) > $limit AS truncated
    ${elementsCypher({ weight })}`;
}

/** Ring counts cannot be parameters: one text per allowed depth, with and without edge weights. */
const NEIGHBORHOOD = new Map(
  Array.from({ length: LIMITS.depth }, (_, i) =>
    [false, true].map((weight) => [`${i + 1}:${weight}`, neighborhoodCypher(i + 1, weight)] as const),
  ).flat(),
);

/** The text for `depth`; edge weights are read when the query asks for them. */
export function neighborhoodQuery(depth: number, weight = true): string {
  return NEIGHBORHOOD.get(`${depth}:${weight}`) ?? '';
}

function selectsWeight(info: GraphQLResolveInfo): boolean {
  const edges = selectedFields(info).get('edges') ?? [];
  return selectedFields(info, edges).has('weight');
}

builder.queryField('neighborhood', (t) =>
  t.field({
    type: GraphElementsRef,
    nullable: true,
    description:
      'The nodes within `depth` steps of a node (through nodes of `types` only, when given), nearest first, and the edges among them; null when there is no such node.',
    args: {
      id: t.arg.id({ required: true, validate: nodeId('id') }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `1 to ${LIMITS.depth}.`,
        validate: range('depth', 1, LIMITS.depth),
      }),
      types: t.arg({ type: [NodeTypeEnum], required: false }),
      limit: t.arg.int({
        defaultValue: 100,
        description: `Nodes besides the start, 1 to ${LIMITS.neighborhoodLimit}.`,
        validate: range('limit', 1, LIMITS.neighborhoodLimit),
      }),
    },
    resolve: async (_root, args, { executor, loaders }, info) => {
      const id = args.id;
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 100;
      const params = {
        id,
        types: args.types ?? null,
        limit: neo4j.int(limit),
        fetch: neo4j.int(limit + 1),
        fan: neo4j.int(NEIGHBORHOOD_FAN),
        ...edgeParams(limit + 1),
      };
      const [elements] = await executor.read(
        neighborhoodQuery(depth, selectsWeight(info)),
        params,
        readElements,
      );
      loaders.charge(elements?.nodes.length ?? 0);
      return elements ?? null;
    },
  }),
);
