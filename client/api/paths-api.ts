import type { Fragment } from '../model/graph.ts';
import { graphql, request } from './graphql-client.ts';

export const ShortestPathsQuery = graphql(`
  query ShortestPaths($from: ID!, $to: ID!) {
    shortestPaths(from: $from, to: $to, maxLength: 6, first: 8) {
      length
      truncated
      paths { nodes { id type label } edges { source target type weight } }
    }
  }
`);

/** Every shortest connection of two nodes, each an ordered path. */
export interface ShortestPaths {
  length: number | null;
  /** More than the paths listed are as short. */
  truncated: boolean;
  paths: Fragment[];
}

/** The shortest connections of two nodes (up to 8); null when either node does not exist. */
export async function fetchShortestPaths(from: string, to: string): Promise<ShortestPaths | null> {
  const data = await request(ShortestPathsQuery, { from, to });
  return data.shortestPaths;
}
