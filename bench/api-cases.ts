/**
 * The reads the API bench sends, each written twice: for talkgraph's schema (server/schema.graphql)
 * and for the peer's (@neo4j/graphql over the same graph), asking for the same facts. Ids mix
 * the graph's hubs with a sample of its tail, so neither server is measured on one cached node.
 */
import type { Driver } from 'neo4j-driver';
import { luceneQuery } from '../server/search-query.ts';

export interface ApiCase {
  name: string;
  talkgraph: string[];
  peer: string[];
  /** How the peer's read differs from talkgraph's, when it does. */
  note?: string;
}

const TALK = `query($id: ID!) { talk(id: $id) { id title date speakers { id name }
  mentions(first: 20) { count entity { id type name } } decisions { kind year } } }`;
const PEER_TALK = `query($id: ID!) { talks(where: {id: {eq: $id}}) { id title date speakers { id name }
  mentionsConnection(first: 20, sort: [{edge: {count: DESC}}]) { edges { properties { count } node { __typename id name } } }
  decisions { kind year } } }`;

const SEARCH = 'query($q: String!) { search(query: $q, first: 10) { score label node { id type } } }';
const PEER_SEARCH = 'query($q: String!) { search(query: $q, first: 10) { id label score } }';

const CAREER = `query($id: ID!) { careerPath(personId: $id) { year kind evidence
  from { id name } to { id name } talk { id title } } }`;
const PEER_CAREER = `query($id: ID!) { people(where: {id: {eq: $id}}) { decisions(sort: [{year: ASC}]) {
  year kind evidence from { id name } to { id name } talk { id title } } } }`;

const RELATED = 'query($id: ID!) { relatedTalks(talkId: $id, first: 5) { score reasons talk { id title } } }';
const PEER_RELATED = `query($id: ID!) { talks(where: {id: {eq: $id}}) {
  relatedConnection(first: 5, sort: [{edge: {score: DESC}}]) { edges { properties { score reasons } node { id title } } } } }`;

const NEIGHBORHOOD = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) {
  truncated nodes { id type label } edges { id source target type } } }`;
/** Two hops the way a client of the peer writes it: nested selections, each with a limit. */
const PEER_NEIGHBORHOOD = `query($id: ID!) { talks(where: {id: {eq: $id}}) { id title
  speakers(limit: 5) { id name talks(limit: 10) { id title } }
  mentions(limit: 20) { __typename id name mentionedIn(limit: 3) { id title } }
  decisions(limit: 10) { id kind to { id name } }
  related(limit: 5) { id title source { id path } } } }`;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

export async function apiCases(driver: Driver, database: string, sample: number): Promise<ApiCase[]> {
  const talks = await ids(
    driver,
    database,
    'MATCH (t:Talk) RETURN t.id AS id, COUNT { (t)--() } AS degree',
    sample,
  );
  const people = await ids(
    driver,
    database,
    'MATCH (p:Person) WHERE EXISTS { (p)-[:DECIDED]->() } RETURN p.id AS id, COUNT { (p)-[:DECIDED]->() } AS degree',
    sample,
  );
  const names = await ids(
    driver,
    database,
    'MATCH (e:Entity) RETURN e.name AS id, COUNT { (e)<-[:MENTIONS]-() } AS degree',
    sample,
  );
  const byId = (query: string) => talks.map((id) => body(query, { id }));
  return [
    { name: 'talk', talkgraph: byId(TALK), peer: byId(PEER_TALK) },
    {
      name: 'search',
      talkgraph: names.map((q) => body(SEARCH, { q })),
      peer: names.map((q) => body(PEER_SEARCH, { q: luceneQuery(q) ?? q })),
      note: 'peer: a @cypher field over the same full-text index and Lucene query, no highlight',
    },
    {
      name: 'careerPath',
      talkgraph: people.map((id) => body(CAREER, { id })),
      peer: people.map((id) => body(PEER_CAREER, { id })),
      note: 'peer: sorted by year only (talkgraph also merges duplicates and orders undated steps)',
    },
    {
      name: 'relatedTalks',
      talkgraph: byId(RELATED),
      peer: byId(PEER_RELATED),
      note: 'peer: outgoing RELATED_TO only (talkgraph reads both directions, best score per talk)',
    },
    {
      name: 'neighborhood(depth: 2)',
      talkgraph: byId(NEIGHBORHOOD),
      peer: byId(PEER_NEIGHBORHOOD),
      note: 'peer: a nested two-hop tree (≤ ~160 nodes, no edges among them); talkgraph: 100 nodes + edges',
    },
  ];
}

/**
 * Half the sample from the hubs (highest degree), half spread evenly over the rest by id:
 * deterministic for a given graph, and both extremes of the degree distribution.
 */
async function ids(driver: Driver, database: string, cypher: string, sample: number): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `${cypher} ORDER BY degree DESC, id`,
    {},
    { database, routing: 'READ' },
  );
  const all = records.map((r) => r.get('id') as string);
  const hubs = all.slice(0, Math.ceil(sample / 2));
  const rest = all.slice(hubs.length);
  const step = Math.max(1, Math.floor(rest.length / Math.max(1, sample - hubs.length)));
  const tail = rest.filter((_, i) => i % step === 0).slice(0, sample - hubs.length);
  return [...hubs, ...tail];
}
