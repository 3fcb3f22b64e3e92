import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from './executor.ts';
import type { Context } from './schema/builder.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions {
  executor: Executor;
  /** GraphiQL at /graphql in a browser. @default true */
  graphiql?: boolean;
}

/** The GraphQL app, apart from any listener: tests call `yoga.fetch` in-process. */
export function createGraphqlApp(options: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ?? true,
    maskedErrors: {
      // Clients get a generic message; the operator's log keeps the real cause.
      maskError(error, message, isDev) {
        const original = (error as { originalError?: unknown }).originalError;
        if (original && !(original instanceof GraphQLError)) {
          console.error('[graphql]', original);
        }
        return maskError(error, message, isDev);
      },
    },
    landingPage: false,
    context: () => ({ executor: options.executor }),
  });
}
