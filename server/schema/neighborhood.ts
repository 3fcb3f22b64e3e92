import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { checkId, checkRange } from './args.ts';
import { builder } from './builder.ts';
import { ELEMENTS, edgeParams, GraphElementsRef, readElements } from './graph-elements.ts';
import { NodeTypeEnum } from './node.ts';
import { findNode } from './node-row.ts';

/**
 * Breadth first from the start (ANY SHORTEST reaches each node once, by its shortest path),
 * nearest first. Path quantifiers cannot be parameters: one text per allowed depth.
 */
const NEIGHBORHOOD = new Map(
  [1, 2, 3].map((depth) => [
    depth,
    `${findNode('$id')}
     WITH n AS start
     CALL (start) {
       MATCH p = ANY SHORTEST (start)(()-[]-(x) WHERE $types IS NULL OR any(l IN labels(x) WHERE l IN $types)){1,${depth}}(m)
       WHERE m <> start
       WITH m, length(p) AS distance ORDER BY distance, m.id LIMIT $fetch
       RETURN collect(m) AS found
     }
     WITH [start] + found[0..$limit] AS members, size(found) > $limit AS truncated
     ${ELEMENTS}`,
  ]),
);

builder.queryField('neighborhood', (t) =>
  t.field({
    type: GraphElementsRef,
    nullable: true,
    description:
      'The nodes within `depth` steps of a node (through nodes of `types` only, when given), nearest first, and the edges among them; null when there is no such node.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: `1 to ${LIMITS.depth}.` }),
      types: t.arg({ type: [NodeTypeEnum], required: false }),
      limit: t.arg.int({
        defaultValue: 100,
        description: `Nodes besides the start, 1 to ${LIMITS.neighborhoodLimit}.`,
      }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const id = checkId('id', args.id);
      const depth = checkRange('depth', args.depth ?? 1, 1, LIMITS.depth);
      const limit = checkRange('limit', args.limit ?? 100, 1, LIMITS.neighborhoodLimit);
      const params = {
        id,
        types: args.types ?? null,
        limit: neo4j.int(limit),
        fetch: neo4j.int(limit + 1),
        ...edgeParams(limit + 1),
      };
      const [elements] = await executor.read(NEIGHBORHOOD.get(depth) ?? '', params, readElements);
      loaders.charge(elements?.nodes.length ?? 0);
      return elements ?? null;
    },
  }),
);
