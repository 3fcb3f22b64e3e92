import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { checkId, checkRange } from './args.ts';
import { builder } from './builder.ts';
import { EDGE_WEIGHT, elementNode, type GraphElements, GraphElementsRef } from './graph-elements.ts';
import { findNode } from './node-row.ts';

/** Every shortest path between two nodes, each in order, and whether `first` cut the list. */
interface ShortestPaths {
  length: number | null;
  paths: GraphElements[];
  truncated: boolean;
}

const ShortestPathsRef = builder.objectRef<ShortestPaths>('ShortestPaths').implement({
  description:
    'The shortest connections of two nodes, all of one length: the alternatives to the one `path` draws.',
  fields: (t) => ({
    length: t.exposeInt('length', {
      nullable: true,
      description: 'Relationships on each path; null when none is within `maxLength`.',
    }),
    paths: t.field({
      type: [GraphElementsRef],
      description:
        'One entry per path, its nodes from `from` to `to` and its relationships in the same order (only those on the path).',
      resolve: (s) => s.paths,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when there are more than `first` paths (paths through the same nodes count once).',
    }),
  }),
});

const queries = new Map<number, string>();

/** Paths read before grouping by their nodes: bounds the work between two hubs. */
const SCAN = 200;

/**
 * allShortestPaths up to `maxLength` relationships, at most $fetch of them. Paths through the same
 * nodes are one (a talk and its speaker are linked by GIVEN_BY and often MENTIONS too: two paths
 * that the reader sees as one walk), so the first $scan paths are grouped by their nodes. The
 * length is a checked integer written into the pattern (a variable-length bound takes no
 * parameter); ids and counts stay parameters. Each path keeps its order: nodes from a to b, and
 * each relationship as it lies (its own start and end), so the client can tell which way a hop reads.
 */
function shortestPathsCypher(maxLength: number): string {
  const known = queries.get(maxLength);
  if (known) {
    return known;
  }
  const cypher = `${findNode('$from')}
    WITH n AS a
    ${findNode('$to', 'a')}
    WITH a, n AS b
    CALL (a, b) {
      WITH a, b WHERE a <> b
      MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
      WITH p LIMIT $scan
      WITH nodes(p) AS walk, collect(p)[0] AS p
      WITH p LIMIT $fetch
      RETURN collect({
        nodes: [m IN nodes(p) | ${elementNode('m')}],
        edges: [r IN relationships(p) | {id: elementId(r), source: startNode(r).id,
          target: endNode(r).id, type: type(r), weight: ${EDGE_WEIGHT}}]
      }) AS paths
    }
    RETURN paths`;
  queries.set(maxLength, cypher);
  return cypher;
}

/** Paths in a stable order (by the ids along them), so the same request lists them the same way. */
function readPaths(record: Neo4jRecord, first: number): ShortestPaths {
  const found = (record.get('paths') as Omit<GraphElements, 'truncated'>[])
    .map((p) => ({ ...p, truncated: false }))
    .sort((x, y) => pathKey(x).localeCompare(pathKey(y)));
  return {
    length: found[0] ? found[0].edges.length : null,
    paths: found.slice(0, first),
    truncated: found.length > first,
  };
}

function pathKey(path: Omit<GraphElements, 'truncated'>): string {
  return path.nodes.map((n) => n.id).join('\u0000');
}

builder.queryField('shortestPaths', (t) =>
  t.field({
    type: ShortestPathsRef,
    nullable: true,
    description:
      'Every shortest connection of two nodes (up to `first`), each as its own ordered path; no paths when none is within `maxLength`; null when either node does not exist.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: 6, description: `Relationships, 1 to ${LIMITS.pathLength}.` }),
      first: t.arg.int({ defaultValue: 5, description: `Paths, 1 to ${LIMITS.pathCount}.` }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const from = checkId('from', args.from);
      const to = checkId('to', args.to);
      const maxLength = checkRange('maxLength', args.maxLength ?? 6, 1, LIMITS.pathLength);
      const first = checkRange('first', args.first ?? 5, 1, LIMITS.pathCount);
      // One more than asked tells whether there are more.
      const params = { from, to, fetch: neo4j.int(first + 1), scan: neo4j.int(SCAN) };
      const [found] = await executor.read(shortestPathsCypher(maxLength), params, (r) => readPaths(r, first));
      loaders.charge(found?.paths.reduce((sum, p) => sum + p.nodes.length, 0) ?? 0);
      return found ?? null;
    },
  }),
);
