import type { Fragment, GraphNode, NodeType } from '../model/graph.ts';
import type { OverviewTalk } from '../model/overview.ts';
import type { OverviewSummary } from '../model/overview-summary.ts';
import { EntityRefFields } from './fragments.ts';
import { graphql, type ResultOf, request } from './graphql-client.ts';

export const OverviewQuery = graphql(
  `query Overview($after: String) {
    talks(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id title year speakers { id name }
        decisions { id kind year label person { id name } from { ...EntityRefFields } to { ...EntityRefFields } }
      } }
    }
  }`,
  [EntityRefFields],
);

/** Every talk, a page at a time, with speakers and the career steps each tells. */
export async function fetchOverviewTalks(
  onProgress: (loaded: number, total: number) => void,
): Promise<OverviewTalk[]> {
  const talks: OverviewTalk[] = [];
  let after: string | null = null;
  do {
    const page: ResultOf<typeof OverviewQuery> = await request(OverviewQuery, { after });
    talks.push(...page.talks.edges.map((e) => e.node));
    onProgress(talks.length, page.talks.totalCount);
    after = page.talks.pageInfo.hasNextPage ? page.talks.pageInfo.endCursor : null;
  } while (after);
  return talks;
}

export const SummaryQuery = graphql(`
  query Summary($limit: Int!) {
    overview(limit: $limit) {
      talks
      people { id name type talks steps }
      institutions { id name type talks steps }
      groups { year talks }
      links { source target year type weight }
    }
  }
`);

/** The graph summed up: the first picture of a large graph, in one request. */
export async function fetchSummary(limit: number): Promise<OverviewSummary> {
  const data = await request(SummaryQuery, { limit });
  return data.overview;
}

export const YearTalksQuery = graphql(`
  query YearTalks($year: Int!) {
    talks(first: 100, filter: { year: $year }) {
      totalCount
      edges { node { id title year speakers { id name } } }
    }
  }
`);

/** The first 100 talks of a year (by title) with their speakers, and how many there are. */
export async function fetchYearTalks(year: number): Promise<{ talks: OverviewTalk[]; total: number }> {
  const data = await request(YearTalksQuery, { year });
  return {
    talks: data.talks.edges.map((e) => ({ ...e.node, decisions: [] })),
    total: data.talks.totalCount,
  };
}

export const StatsQuery = graphql(`
  query Stats { stats { labels { name count } years { year talks decisions } undatedTalks undatedDecisions } }
`);

export type GraphStats = ResultOf<typeof StatsQuery>['stats'];

export async function fetchStats(): Promise<GraphStats> {
  const data = await request(StatsQuery, {});
  return data.stats;
}

export const ElementsFields = graphql(`
  fragment ElementsFields on GraphElements { truncated nodes { id type label } edges { source target type weight } }
`);

export const AroundQuery = graphql(
  `query Around($id: ID!, $types: [NodeType!]) {
    neighborhood(id: $id, depth: 1, types: $types, limit: 60) { ...ElementsFields }
  }`,
  [ElementsFields],
);

/** A node and its neighbours (all, or of some types); null when the node does not exist. */
export async function fetchNeighborhood(id: string, types: NodeType[] | null): Promise<Fragment | null> {
  const data = await request(AroundQuery, { id, types });
  return data.neighborhood;
}

export const ConnectQuery = graphql(
  `query Connect($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) { ...ElementsFields } }`,
  [ElementsFields],
);

/** The shortest connection of two nodes; no nodes when none is within six steps. */
export async function fetchPath(from: string, to: string): Promise<Fragment | null> {
  const data = await request(ConnectQuery, { from, to });
  return data.path;
}

export const SuggestQuery = graphql(`
  query Suggest($query: String!, $types: [NodeType!]) {
    search(query: $query, types: $types, first: 8) {
      type label node { id } highlight { text field spans { start end } }
    }
  }
`);

export type SearchHit = ResultOf<typeof SuggestQuery>['search'][number];

export async function searchNodes(
  query: string,
  types: NodeType[] | null,
  signal: AbortSignal,
): Promise<SearchHit[]> {
  const data = await request(SuggestQuery, { query, types }, signal);
  return data.search;
}

export const HeadQuery = graphql(`
  query Head($id: ID!) { node(id: $id) { id type label } }
`);

/** Id, type and label of one node (for a link to a node not on the map yet). */
export async function fetchNodeHead(id: string): Promise<GraphNode | null> {
  const data = await request(HeadQuery, { id });
  return data.node;
}
