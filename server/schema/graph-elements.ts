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
 */
export const ELEMENTS = `
  CALL (members) {
    UNWIND members AS a
    MATCH (a)-[r]->(b) WHERE b IN members
    WITH r LIMIT $edgeFetch
    RETURN collect(r) AS rels
  }
  RETURN [m IN members | {id: m.id, type: ${nodeType('m')},
      label: coalesce(m.name, m.title, m.summary, m.path, m.id)}] AS nodes,
    [r IN rels[0..$edgeLimit] | {id: elementId(r), source: startNode(r).id, target: endNode(r).id,
      type: type(r), weight: toFloat(coalesce(r.score, r.count))}] AS edges,
    truncated OR size(rels) > $edgeLimit AS truncated`;

/** Parameters of ELEMENTS: edges are bounded by how many nodes may come back. */
export function edgeParams(nodes: number): Record<string, unknown> {
  const edgeLimit = nodes * LIMITS.edgesPerNode;
  return { edgeLimit: neo4j.int(edgeLimit), edgeFetch: neo4j.int(edgeLimit + 1) };
}

export function readElements(record: Neo4jRecord): GraphElements {
  return {
    nodes: record.get('nodes') as GraphElements['nodes'],
    edges: record.get('edges') as GraphElements['edges'],
    truncated: record.get('truncated') as boolean,
  };
}
