/**
 * The peer: the same graph served by @neo4j/graphql, the usual way to put GraphQL on Neo4j.
 * Type definitions mirror what ingest/load/load-notes.ts writes (labels, relationship types and
 * their properties), so both servers read the same nodes of the same database.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

/** Entity fields every entity type shares; @neo4j/graphql 7 wants them written on each type. */
const ENTITY_FIELDS = `
  id: ID!
  name: String!
  aliases: [String!]
  kind: String
  mentionedIn: [Talk!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mentions")`;

const entityType = (name: string, extra = '') => `
type ${name} implements Entity @node {${ENTITY_FIELDS}${extra}
}`;

export const PEER_TYPE_DEFS = `
interface Entity {
  id: ID!
  name: String!
  aliases: [String!]
  kind: String
  mentionedIn: [Talk!]! @declareRelationship
}

type Mentions @relationshipProperties {
  count: Int!
  snippet: String
  aliases: [String!]
}

type Related @relationshipProperties {
  score: Float!
  reasons: [String!]
}

type Talk @node {
  id: ID!
  title: String!
  date: String
  language: String
  series: String
  speakers: [Person!]! @relationship(type: "GIVEN_BY", direction: OUT)
  mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mentions")
  decisions: [CareerDecision!]! @relationship(type: "TOLD_IN", direction: IN)
  related: [Talk!]! @relationship(type: "RELATED_TO", direction: OUT, properties: "Related")
  source: [Source!]! @relationship(type: "FROM_SOURCE", direction: OUT)
}

type Source @node {
  id: ID!
  path: String!
  talks: [Talk!]! @relationship(type: "FROM_SOURCE", direction: IN)
}

type CareerDecision @node {
  id: ID!
  kind: String!
  year: Int
  summary: String
  evidence: String
  offset: Int
  person: [Person!]! @relationship(type: "DECIDED", direction: IN)
  talk: [Talk!]! @relationship(type: "TOLD_IN", direction: OUT)
  from: [Entity!]! @relationship(type: "FROM", direction: OUT)
  to: [Entity!]! @relationship(type: "TO", direction: OUT)
}
${entityType(
  'Person',
  `
  unnamed: Boolean
  talks: [Talk!]! @relationship(type: "GIVEN_BY", direction: IN)
  decisions: [CareerDecision!]! @relationship(type: "DECIDED", direction: OUT)`,
)}
${entityType('Institution')}
${entityType('Model')}
${entityType('Conference')}
${entityType('Dataset')}
${entityType('Topic')}

"""Full-text search the way @neo4j/graphql users add it: a @cypher field over the same index."""
type SearchHit {
  id: ID!
  label: String
  score: Float!
}

type Query {
  search(query: String!, first: Int!): [SearchHit!]!
    @cypher(
      statement: """
      CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first}) YIELD node, score
      RETURN {id: node.id, label: coalesce(node.name, node.title), score: score} AS hit
      """
      columnName: "hit"
    )
}
`;

export async function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}
