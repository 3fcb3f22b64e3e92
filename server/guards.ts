import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './limits.ts';

/**
 * A refused operation is reported like any validation error (HTTP 400, every problem listed),
 * instead of being thrown out of the validator.
 */
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * Limits checked before anything runs: the parser stops at the token limit; validation refuses
 * deep, costly, alias- or directive-heavy operations, and hides "Did you mean" hints.
 * Fragments are flattened so nesting through them counts like nesting in place.
 */
export function guardPlugins(options: { introspection: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: LIMITS.tokens }),
    maxDepthPlugin({ n: LIMITS.queryDepth, flattenFragments: true, ...report }),
    costLimitPlugin({
      maxCost: LIMITS.queryCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ...report,
    }),
    maxAliasesPlugin({ n: LIMITS.aliases, ...report }),
    maxDirectivesPlugin({ n: LIMITS.directives, ...report }),
    blockFieldSuggestionsPlugin(),
  ];
  if (!options.introspection) {
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
  }
  return plugins;
}

/**
 * CORS for the listed origins only. With none, no CORS headers at all: the client is served
 * from the same origin (and Vite's dev server proxies), so browsers need no exception.
 * (Yoga's default would reflect any origin, with credentials.)
 */
export function corsPolicy(origins: readonly string[]) {
  if (origins.length === 0) {
    return false as const;
  }
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !origins.includes(origin)) {
      return false as const;
    }
    return {
      origin: [...origins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type'],
      credentials: false,
      maxAge: 600,
    };
  };
}
