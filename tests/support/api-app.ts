import type { Driver } from 'neo4j-driver';
import { Executor, type ExecutorOptions } from '../../server/executor.ts';
import { createGraphqlApp, type YogaOptions } from '../../server/yoga.ts';
import { DATABASE } from './graph.ts';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GraphqlError[] };
}

export interface ApiApp {
  /** POSTs an operation through `yoga.fetch`, in process. */
  query<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** Every Cypher sent to Neo4j since the app was made or `trips.length = 0`. */
  trips: string[];
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** The GraphQL app on the shared engine, with an executor that counts round trips. */
export function apiApp(
  driver: Driver,
  options: Omit<YogaOptions, 'executor'> & { executor?: ExecutorOptions } = {},
): ApiApp {
  const trips: string[] = [];
  const executor = new Executor(driver, DATABASE, {
    ...options.executor,
    onQuery: (cypher) => trips.push(cypher),
  });
  const yoga = createGraphqlApp({ ...options, executor });
  const fetchApp = (path: string, init?: RequestInit) =>
    Promise.resolve(yoga.fetch(new Request(`http://talkgraph.test${path}`, init)));
  return {
    trips,
    fetch: fetchApp,
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetchApp('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphqlResponse<T>['body'],
      };
    },
  };
}
