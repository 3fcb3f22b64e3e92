import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { type Label, REL, type RelType } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { builder } from './builder.ts';
import { NodeTypeEnum } from './node.ts';
import { nodeType } from './node-row.ts';

/** Cytoscape-ready elements: `nodes` and `edges` map one to one onto `{ data: … }` objects. */
export interface GraphElements {
  nodes: { id: string; type: Label; label: string }[];
  edges: { id: string; source: string; target: string; type: RelType; weight: number | null }[];
  truncated: boolean;
}

const RelationshipTypeEnum = builder.enumType('RelationshipType', { values: Object.values(REL) });

const GraphNodeRef = builder.objectRef<GraphElements['nodes'][number]>('GraphNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: NodeTypeEnum, resolve: (n) => n.type }),
    label: t.exposeString('label'),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphElements['edges'][number]>('GraphEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique within the database; not stable across reloads.' }),
    source: t.exposeID('source', { description: 'Id of the start node.' }),
    target: t.exposeID('target', { description: 'Id of the end node.' }),
    type: t.field({ type: RelationshipTypeEnum, resolve: (e) => e.type }),
    weight: t.exposeFloat('weight', { nullable: true, description: 'MENTIONS count or RELATED_TO score.' }),
  }),
});

export const GraphElementsRef = builder.objectRef<GraphElements>('GraphElements').implement({
  description: 'A piece of the graph to draw.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when a limit cut nodes, edges or paths.' }),
  }),
});

/**
 * Relationship types read from their start node. DECIDED is read from its end instead: a
 * person who gives many talks has thousands of decisions (every talk retells the career), and
 * a decision has one DECIDED.
 */
const FROM_START = Object.values(REL).filter((type) => type !== REL.DECIDED);
const DECISION: Label = 'CareerDecision';

/**
 * The end of a query that has bound `members` (nodes) and `truncated`: projects the members and
 * the relationships among them into elements (at most $edgeLimit edges); edges are every relationship among the
 * members, so the picture shows how the nodes found hang together, not only the paths found.
 * Each relationship is found once, from the end where its type has few (FROM_START; typed
 * expansions skip a hub's other relationships). Whether its other end is a member is a join by
 * grouping on that node, with one marker row per member carrying its position (a
 * `b IN members` check scans the list for each relationship read). Edges name their ends by
 * position in `nodes` (mapped to ids by readElements), not by element ids, long strings through
 * Bolt and the driver. When the cap cuts, the edges of the nearest members stay (by start node),
 * as the nodes do. The weight is read only when asked for (`weight: false` answers null).
 * Figures behind these choices: bench/README.md, "Why the API reads as it does".
 */
/** A node as the map draws it: id, type and the one label every kind of node has. */
export function elementNode(m: string): string {
  return `{id: ${m}.id, type: ${nodeType(m)}, label: coalesce(${m}.name, ${m}.title, ${m}.summary, ${m}.path, ${m}.id)}`;
}

/** A relationship's weight: a RELATED_TO score or a MENTIONS count. */
export const EDGE_WEIGHT = 'toFloat(coalesce(r.score, r.count))';

export function elementsCypher(options: { weight: boolean }): string {
  const weight = options.weight ? EDGE_WEIGHT : 'null';
  return `
  CALL (members) {
    CALL (members) {
      UNWIND range(0, size(members) - 1) AS k
      WITH k, members[k] AS a
      CALL (a) {
        MATCH (a)-[r:${FROM_START.join('|')}]->(b) RETURN r, b, true AS out
        UNION ALL
        WITH a WHERE a:${DECISION}
        MATCH (a)<-[r:${REL.DECIDED}]-(b) RETURN r, b, false AS out
      }
      RETURN b, r, k, out, null AS j
      UNION ALL
      UNWIND range(0, size(members) - 1) AS j
      RETURN members[j] AS b, null AS r, null AS k, null AS out, j
    }
    WITH b, collect(CASE WHEN r IS NOT NULL THEN [k, r, out] END) AS found, max(j) AS j
    WHERE j IS NOT NULL
    UNWIND found AS e
    WITH CASE WHEN e[2] THEN e[0] ELSE j END AS i, CASE WHEN e[2] THEN j ELSE e[0] END AS j, e[1] AS r
    ORDER BY i LIMIT $edgeFetch
    RETURN collect([elementId(r), i, j, type(r), ${weight}]) AS rels
  }
  RETURN [m IN members | ${elementNode('m')}] AS nodes,
    rels[0..$edgeLimit] AS edges,
    truncated OR size(rels) > $edgeLimit AS truncated`;
}

export const ELEMENTS = elementsCypher({ weight: true });

/** Parameters of ELEMENTS: edges are bounded by how many nodes may come back. */
export function edgeParams(nodes: number): Record<string, unknown> {
  const edgeLimit = nodes * LIMITS.edgesPerNode;
  return { edgeLimit: neo4j.int(edgeLimit), edgeFetch: neo4j.int(edgeLimit + 1) };
}

/** Edge id, start and end (positions in `nodes`), type, weight. */
type EdgeRow = [string, number, number, RelType, number | null];

export function readElements(record: Neo4jRecord): GraphElements {
  const nodes = record.get('nodes') as GraphElements['nodes'];
  return {
    nodes,
    edges: (record.get('edges') as EdgeRow[]).map(([id, source, target, type, weight]) => ({
      id,
      source: nodes[source]?.id ?? '',
      target: nodes[target]?.id ?? '',
      type,
      weight,
    })),
    truncated: record.get('truncated') as boolean,
  };
}
