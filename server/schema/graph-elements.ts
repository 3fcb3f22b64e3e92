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
 * The end of a query that has bound `members` (nodes) and `truncated`: projects the members and
 * the relationships among them into elements (at most $edgeLimit edges); edges are every relationship among the
 * members, so the picture shows how the nodes found hang together, not only the paths found.
 * An edge names its ends by element id, mapped to node ids by readElements: reading the `id`
 * of both ends of hundreds of edges again costs more than the rest of the read. Its weight is
 * read only when asked for (`weight: false` answers null), for the same reason.
 */
export function elementsCypher(options: { weight: boolean }): string {
  const weight = options.weight ? 'toFloat(coalesce(r.score, r.count))' : 'null';
  return `
  CALL (members) {
    UNWIND members AS a
    MATCH (a)-[r]->(b) WHERE b IN members
    WITH r LIMIT $edgeFetch
    RETURN collect(r) AS rels
  }
  RETURN [m IN members | {key: elementId(m), id: m.id, type: ${nodeType('m')},
      label: coalesce(m.name, m.title, m.summary, m.path, m.id)}] AS nodes,
    [r IN rels[0..$edgeLimit] | [elementId(r), elementId(startNode(r)), elementId(endNode(r)), type(r), ${weight}]] AS edges,
    truncated OR size(rels) > $edgeLimit AS truncated`;
}

export const ELEMENTS = elementsCypher({ weight: true });

/** Parameters of ELEMENTS: edges are bounded by how many nodes may come back. */
export function edgeParams(nodes: number): Record<string, unknown> {
  const edgeLimit = nodes * LIMITS.edgesPerNode;
  return { edgeLimit: neo4j.int(edgeLimit), edgeFetch: neo4j.int(edgeLimit + 1) };
}

type EdgeRow = [string, string, string, RelType, number | null];

export function readElements(record: Neo4jRecord): GraphElements {
  const nodes = record.get('nodes') as (GraphElements['nodes'][number] & { key: string })[];
  const ids = new Map(nodes.map((node) => [node.key, node.id]));
  return {
    nodes: nodes.map(({ id, type, label }) => ({ id, type, label })),
    edges: (record.get('edges') as EdgeRow[]).map(([id, source, target, type, weight]) => ({
      id,
      source: ids.get(source) ?? '',
      target: ids.get(target) ?? '',
      type,
      weight,
    })),
    truncated: record.get('truncated') as boolean,
  };
}
