/**
 * Every bound the API enforces, in one place: the schema's argument checks, the query guards
 * (graphql-armor) and the HTTP layer all read them from here, and the tests refuse each one.
 */
export const LIMITS = {
  /** `first` of talks, of a person's or an entity's talks and people, of a talk's mentions. */
  pageSize: 100,
  /** `first` of search. */
  searchFirst: 50,
  /** Characters of a search query. */
  searchQueryLength: 200,
  /** `first` of relatedTalks. */
  relatedFirst: 50,
  /** `depth` of neighborhood. */
  depth: 3,
  /** `limit` of neighborhood (nodes). */
  neighborhoodLimit: 500,
  /** Edges returned by neighborhood or path, per allowed node. */
  edgesPerNode: 5,
  /** `maxLength` of path (relationships). */
  pathLength: 6,
  /** `first` of path (how many shortest paths are merged). */
  pathCount: 10,
  /** `limit` of overview: people, and institutions, each. */
  overviewLimit: 200,
  /** Links the overview returns per hub asked (`limit`), the heaviest first. */
  overviewLinksPerHub: 20,
  /** Characters of a node id. */
  idLength: 300,
  /** Characters of a series filter. */
  seriesLength: 200,
  /** Nodes one request may read in total: the run-time bound that holds even when `first` comes in a variable. */
  itemsPerRequest: 10_000,
  /** Field nesting of an operation. */
  queryDepth: 10,
  /**
   * Cost of an operation (cost-limit.ts): 2 per object, 1 per scalar, times the sizes of the lists
   * it sits in (`first`, neighborhood's `limit`, path's paths × length; a variable counts as the maximum).
   */
  queryCost: 50_000,
  aliases: 20,
  tokens: 2_000,
  directives: 10,
  /** Bytes of an HTTP request body. */
  bodyBytes: 100_000,
  /** Default Neo4j transaction timeout of one read, in milliseconds. */
  queryTimeoutMs: 5_000,
} as const;
