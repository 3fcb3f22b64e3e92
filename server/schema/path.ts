import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { nodeId, range } from './args.ts';
import { builder } from './builder.ts';
import { ELEMENTS, edgeParams, GraphElementsRef, readElements } from './graph-elements.ts';
import { findNode } from './node-row.ts';

const pathQueries = new Map<string, string>();

/**
 * The `count` shortest paths of at most `maxLength` relationships. Both numbers are checked
 * integers; they shape the statement (path selectors take no parameters), the ids stay parameters.
 */
function pathCypher(maxLength: number, count: number): string {
  const key = `${maxLength}:${count}`;
  const known = pathQueries.get(key);
  if (known) {
    return known;
  }
  const cypher = `${findNode('$from')}
    WITH n AS a
    ${findNode('$to', 'a')}
    WITH a, n AS b
    CALL (a, b) {
      MATCH p = SHORTEST ${count} (a)-[]-{0,${maxLength}}(b)
      RETURN collect(p) AS paths
    }
    WITH paths[0..$first] AS kept, size(paths) > $first AS truncated
    WITH truncated, COLLECT { UNWIND kept AS p UNWIND nodes(p) AS m RETURN DISTINCT m } AS members
    ${ELEMENTS}`;
  pathQueries.set(key, cypher);
  return cypher;
}

builder.queryField('path', (t) =>
  t.field({
    type: GraphElementsRef,
    nullable: true,
    description:
      'How two nodes are connected: the shortest paths between them (up to `first`), as elements; no nodes when none is within `maxLength`; null when either node does not exist.',
    args: {
      from: t.arg.id({ required: true, validate: nodeId('from') }),
      to: t.arg.id({ required: true, validate: nodeId('to') }),
      maxLength: t.arg.int({
        defaultValue: 4,
        description: `Relationships, 1 to ${LIMITS.pathLength}.`,
        validate: range('maxLength', 1, LIMITS.pathLength),
      }),
      first: t.arg.int({
        defaultValue: 1,
        description: `Paths, 1 to ${LIMITS.pathCount}.`,
        validate: range('first', 1, LIMITS.pathCount),
      }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const { from, to } = args;
      const maxLength = args.maxLength ?? 4;
      const first = args.first ?? 1;
      const params = { from, to, first: neo4j.int(first), ...edgeParams((maxLength + 1) * first) };
      const [elements] = await executor.read(pathCypher(maxLength, first + 1), params, readElements);
      loaders.charge(elements?.nodes.length ?? 0);
      return elements ?? null;
    },
  }),
);
