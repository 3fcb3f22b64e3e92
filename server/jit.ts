import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type Source,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs of one document before it is compiled. A compile costs a few executions (bench/README.md),
 * so a query sent once (GraphiQL, a one-off) runs in graphql-js as before.
 * @default 2
 */
export const JIT_AFTER_RUNS = 2;

interface Entry {
  runs: number;
  compiled: CompiledQuery | null;
}

/**
 * Executes repeated operations with graphql-jit: a document is compiled once into plain
 * functions instead of graphql-js walking it for every field of every object (what it saved:
 * bench/README.md, "Why the API reads as it does"). Only execution changes: parsing,
 * validation and so every guard (depth, cost, aliases, tokens) run before, as they did. Answers are the ones graphql-js gives, errors included (see
 * `asGraphqlJsErrors`); a document graphql-jit cannot compile, variables it refuses and answers
 * with several field errors go to graphql-js. Compiled queries are held weakly by the documents
 * Yoga caches by query text.
 */
export function jitPlugin(afterRuns = JIT_AFTER_RUNS): Plugin {
  // Per document, per operation name (a document may hold several operations).
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, operationName?: string | null) => {
    if (operationName && !namesOperation(document, operationName)) {
      return null; // graphql-js refuses it; no entry per made-up name
    }
    const operations = entries.get(document) ?? new Map<string, Entry>();
    entries.set(document, operations);
    const entry = operations.get(operationName ?? '') ?? { runs: 0, compiled: null };
    operations.set(operationName ?? '', entry);
    entry.runs += 1;
    if (entry.runs === afterRuns) {
      entry.compiled = compiledOrNull(schema, document, operationName);
    }
    return entry.compiled;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args.schema, args.document, args.operationName);
      if (!compiled) {
        return;
      }
      setExecuteFn(async (execArgs) => {
        const result = await compiled.query(
          execArgs.rootValue,
          execArgs.contextValue,
          execArgs.variableValues,
        );
        if (!result.errors?.length) {
          return result;
        }
        if (!('data' in result)) {
          // Refused before any resolver ran (variables): graphql-js says it its own way (HTTP 400).
          return executeFn(execArgs);
        }
        if (result.errors.length > 1 && !result.errors.some(isDatabaseFailure)) {
          // Where several errors null one parent, graphql-js reports the first only; rare (bad
          // arguments in a list), so graphql-js answers. Never re-run what the database failed.
          return executeFn(execArgs);
        }
        return { errors: asGraphqlJsErrors(result.errors, execArgs.document.loc?.source), data: result.data };
      });
    },
  };
}

function namesOperation(document: DocumentNode, name: string): boolean {
  return document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
}

/** What graphql-jit cannot compile stays with graphql-js. */
function compiledOrNull(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/** The executor's errors for a database that is down or too slow (server/executor.ts). */
function isDatabaseFailure(error: GraphQLError): boolean {
  const code = (error.originalError as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return code === 'SERVICE_UNAVAILABLE' || code === 'QUERY_TIMEOUT';
}

/**
 * graphql-jit reports field errors with its own error class, which Yoga's masking does not
 * recognise as GraphQL errors (the locations were lost on the way). These are rebuilt as
 * graphql-js locates them: same message, locations and path, the thrown error as the original
 * (so a GraphQLError raised on purpose stays visible and anything else is masked).
 */
function asGraphqlJsErrors(errors: ExecutionResult['errors'], source: Source | undefined): GraphQLError[] {
  return (errors ?? []).map((error) => {
    const positions = source
      ? (error.locations ?? []).map((l) => offsetOf(source.body, l.line, l.column))
      : [];
    return new GraphQLError(error.message, {
      ...(source && positions.length > 0 ? { source, positions } : {}),
      path: error.path ?? null,
      originalError: error.originalError ?? new Error(error.message),
    });
  });
}

/** The character offset of a 1-based line and column, as graphql-js counts lines. */
function offsetOf(body: string, line: number, column: number): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let l = 1; l < line; l += 1) {
    const match = lineBreak.exec(body);
    if (!match) {
      break;
    }
    start = match.index + match[0].length;
  }
  return start + column - 1;
}
