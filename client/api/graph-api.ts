import type { Fragment, GraphNode, NodeType } from '../model/graph.ts';
import type { OverviewTalk } from '../model/overview.ts';
import type { OverviewSummary } from '../model/overview-summary.ts';
import type { YearCount } from '../model/time-range.ts';
import { graphql } from './graphql-client.ts';

const REF = 'id name type';

const OVERVIEW_QUERY = `query Overview($after: String) {
  talks(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title year speakers { id name }
      decisions { id kind year label person { id name } from { ${REF} } to { ${REF} } }
    } }
  }
}`;

interface OverviewPage {
  talks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: OverviewTalk }[];
  };
}

/** Every talk, a page at a time, with speakers and the career steps each tells. */
export async function fetchOverviewTalks(
  onProgress: (loaded: number, total: number) => void,
): Promise<OverviewTalk[]> {
  const talks: OverviewTalk[] = [];
  let after: string | null = null;
  do {
    const page: OverviewPage = await graphql<OverviewPage>(OVERVIEW_QUERY, { after });
    talks.push(...page.talks.edges.map((e) => e.node));
    onProgress(talks.length, page.talks.totalCount);
    after = page.talks.pageInfo.hasNextPage ? page.talks.pageInfo.endCursor : null;
  } while (after);
  return talks;
}

const SUMMARY_QUERY = `query Summary($limit: Int!) {
  overview(limit: $limit) {
    talks
    people { id name type talks steps }
    institutions { id name type talks steps }
    groups { year talks }
    links { source target year type weight }
  }
}`;

/** The graph summed up: the first picture of a large graph, in one request. */
export async function fetchSummary(limit: number): Promise<OverviewSummary> {
  const data = await graphql<{ overview: OverviewSummary }>(SUMMARY_QUERY, { limit });
  return data.overview;
}

const YEAR_TALKS_QUERY = `query YearTalks($year: Int!) {
  talks(first: 100, filter: { year: $year }) {
    totalCount
    edges { node { id title year speakers { id name } } }
  }
}`;

/** The first 100 talks of a year (by title) with their speakers, and how many there are. */
export async function fetchYearTalks(year: number): Promise<{ talks: OverviewTalk[]; total: number }> {
  const data = await graphql<{
    talks: { totalCount: number; edges: { node: Omit<OverviewTalk, 'decisions'> }[] };
  }>(YEAR_TALKS_QUERY, { year });
  return {
    talks: data.talks.edges.map((e) => ({ ...e.node, decisions: [] })),
    total: data.talks.totalCount,
  };
}

export interface GraphStats {
  labels: { name: string; count: number }[];
  years: YearCount[];
  undatedTalks: number;
  undatedDecisions: number;
}

export async function fetchStats(): Promise<GraphStats> {
  const data = await graphql<{ stats: GraphStats }>(
    '{ stats { labels { name count } years { year talks decisions } undatedTalks undatedDecisions } }',
  );
  return data.stats;
}

const ELEMENTS = 'truncated nodes { id type label } edges { source target type weight }';

/** A node and its neighbours (all, or of some types); null when the node does not exist. */
export async function fetchNeighborhood(id: string, types: NodeType[] | null): Promise<Fragment | null> {
  const data = await graphql<{ neighborhood: Fragment | null }>(
    `query Around($id: ID!, $types: [NodeType!]) { neighborhood(id: $id, depth: 1, types: $types, limit: 60) { ${ELEMENTS} } }`,
    { id, types },
  );
  return data.neighborhood;
}

/** The shortest connection of two nodes; no nodes when none is within six steps. */
export async function fetchPath(from: string, to: string): Promise<Fragment | null> {
  const data = await graphql<{ path: Fragment | null }>(
    `query Connect($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) { ${ELEMENTS} } }`,
    { from, to },
  );
  return data.path;
}

export interface SearchHit {
  type: NodeType;
  label: string;
  node: { id: string };
  highlight: { text: string; field: string; spans: { start: number; end: number }[] };
}

export async function searchNodes(
  query: string,
  types: NodeType[] | null,
  signal: AbortSignal,
): Promise<SearchHit[]> {
  const data = await graphql<{ search: SearchHit[] }>(
    `query Suggest($query: String!, $types: [NodeType!]) {
      search(query: $query, types: $types, first: 8) {
        type label node { id } highlight { text field spans { start end } }
      }
    }`,
    { query, types },
    signal,
  );
  return data.search;
}

/** Id, type and label of one node (for a link to a node not on the map yet). */
export async function fetchNodeHead(id: string): Promise<GraphNode | null> {
  const data = await graphql<{ node: GraphNode | null }>(
    'query Head($id: ID!) { node(id: $id) { id type label } }',
    {
      id,
    },
  );
  return data.node;
}
