/**
 * Compiles the explorer's first query before anyone asks for it. The summary overview's plan,
 * compiled on a cold engine, took 3–11 s: past the API's 5 s read timeout, so the first visitor
 * could get an error and the map fell back to paging every talk. Run once in the background after
 * the corpus load (start-up does not wait for it), through the GraphQL app itself so the very
 * statements the client causes are the ones planned, with a timeout long enough for a cold plan.
 */
import type { GraphConnection } from '../graph/connection.ts';
import { Executor } from '../server/executor.ts';
import { createGraphqlApp } from '../server/yoga.ts';

/** The map's first request (client/api/graph-api.ts, Summary) and the same with years (the time bar). */
const WARM_QUERIES = [
  '{ overview(limit: 40) { talks people { id } institutions { id } groups { year } links { source } } }',
  '{ overview(limit: 40, from: 2000, to: 2000) { talks } }',
];

/** A cold plan may take this long here; the users' requests keep the API's own timeout. */
const WARM_TIMEOUT_MS = 120_000;

export interface WarmedQuery {
  query: string;
  ms: number;
  /** Why it failed; the app serves anyway (the first real request then pays for the plan). */
  error: string | null;
}

export async function warmUpQueries(
  graph: Pick<GraphConnection, 'driver' | 'database'>,
): Promise<WarmedQuery[]> {
  const executor = new Executor(graph.driver, graph.database, { timeoutMs: WARM_TIMEOUT_MS });
  const yoga = createGraphqlApp({ executor, graphiql: false, jit: false });
  const warmed: WarmedQuery[] = [];
  for (const query of WARM_QUERIES) {
    const started = Date.now();
    let error: string | null = null;
    try {
      const response = await yoga.fetch('http://warm-up.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      error = body.errors?.map((e) => e.message).join('; ') ?? null;
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    warmed.push({ query, ms: Date.now() - started, error });
  }
  return warmed;
}
