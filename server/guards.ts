import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { costLimitRule } from './cost-limit.ts';
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
 * Limits checked before anything runs: only JSON bodies are read; the parser stops at the token
 * limit; validation refuses deep, costly, alias- or directive-heavy operations; no error suggests
 * a name. Fragments are flattened so nesting through them counts like nesting in place.
 */
export function guardPlugins(options: { introspection: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    jsonBodiesOnly(),
    maxTokensPlugin({ n: LIMITS.tokens }),
    maxDepthPlugin({ n: LIMITS.queryDepth, flattenFragments: true, ...report }),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(costLimitRule({ maxCost: LIMITS.queryCost, objectCost: 2, scalarCost: 1 }));
      },
    },
    maxAliasesPlugin({ n: LIMITS.aliases, ...report }),
    maxDirectivesPlugin({ n: LIMITS.directives, ...report }),
    noSuggestions(),
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

/**
 * POSTs must be `application/json`. A browser sends form-urlencoded, multipart or text/plain
 * bodies cross-site without a preflight, so accepting them would let any page run operations
 * with a visitor's network position (CSRF). GET stays for GraphiQL and links.
 */
function jsonBodiesOnly(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') {
        return;
      }
      const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: 'POST /graphql takes an application/json body.' }] }),
            { status: 415, headers: { 'content-type': 'application/json; charset=utf-8' } },
          ),
        );
      }
    },
  };
}

/**
 * graphql-js suggests names in many errors: fields, arguments, types, enum values, input fields,
 * inline fragments; in validation and when variables are coerced. Each hint tells a stranger a
 * little of the schema with introspection off, so none is sent, in any mode. (graphql-armor's
 * block-field-suggestions misses "Did you mean the enum value…" and "…to use an inline fragment".)
 */
function noSuggestions(): Plugin {
  const strip = <E>(errors: readonly E[]): E[] =>
    errors.map((error) => {
      if (error instanceof GraphQLError && error.message.includes('Did you mean')) {
        error.message = error.message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
      }
      return error;
    });
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid) {
          setResult(strip(result));
        }
      },
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        if ('errors' in result && result.errors) {
          setResult({ ...result, errors: strip(result.errors) });
        }
      },
    }),
  };
}
