import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from './executor.ts';
import { graphiqlPage } from './graphiql.ts';
import { corsPolicy, guardPlugins } from './guards.ts';
import { jitPlugin } from './jit.ts';
import { LIMITS } from './limits.ts';
import { maskError } from './mask-error.ts';
import type { Context } from './schema/builder.ts';
import { schema } from './schema/index.ts';
import { RequestLoaders } from './schema/loaders.ts';

export interface YogaOptions {
  executor: Executor;
  /** GraphiQL at /graphql in a browser. @default true */
  graphiql?: boolean;
  /** Schema introspection (`__schema`, `__type`). @default true */
  introspection?: boolean;
  /** Other origins allowed to call from a browser. @default [] (same origin only) */
  corsOrigins?: readonly string[];
  /** Largest request body in bytes; bigger ones get 413. @default LIMITS.bodyBytes */
  maxBodyBytes?: number;
  /** Nodes one operation may read in total. @default LIMITS.itemsPerRequest */
  maxItemsPerRequest?: number;
  /**
   * Compile repeated operations with graphql-jit (server/jit.ts); `afterRuns` is how many runs of
   * a document it takes. @default true (after JIT_AFTER_RUNS runs)
   */
  jit?: boolean | { afterRuns: number };
}

/** What GraphiQL opens with: a first query that runs as it is and shows what the graph holds. */
const DEFAULT_QUERY = `# talkgraph: talks, people and institutions of AI careers. Docs: the book icon.
{
  stats {
    labels {
      name
      count
    }
  }
}
`;

/** The GraphQL app, apart from any listener: tests call `yoga.fetch` in-process. */
export function createGraphqlApp(options: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const introspection = options.introspection ?? true;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiqlEnabled(options) ? { title: 'talkgraph GraphiQL', defaultQuery: DEFAULT_QUERY } : false,
    // Our page over the package's bundle, served from /graphiql/ (server/graphiql.ts): no CDN.
    renderGraphiQL: graphiqlPage,
    landingPage: false,
    // Parsed and validated documents are cached by query text (an LRU): repeated queries skip both.
    parserAndValidationCache: true,
    maskedErrors: { maskError },
    cors: corsPolicy(options.corsOrigins ?? []),
    maxRequestBodySize: options.maxBodyBytes ?? LIMITS.bodyBytes,
    multipart: false,
    batching: false,
    plugins: [...guardPlugins({ introspection }), ...jitPlugins(options.jit ?? true)],
    // Loaders per request: batching within one operation, no cache shared between users.
    context: () => ({
      executor: options.executor,
      loaders: new RequestLoaders(options.executor, options.maxItemsPerRequest ?? LIMITS.itemsPerRequest),
    }),
  });
}

/** GraphiQL needs introspection to be of any use: off with it. */
export function graphiqlEnabled(options: Pick<YogaOptions, 'graphiql' | 'introspection'>): boolean {
  return (options.introspection ?? true) && (options.graphiql ?? true);
}

function jitPlugins(jit: NonNullable<YogaOptions['jit']>) {
  if (jit === false) {
    return [];
  }
  return [jit === true ? jitPlugin() : jitPlugin(jit.afterRuns)];
}
