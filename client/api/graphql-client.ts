import { type DocumentNode, print } from '@0no-co/graphql.web';
import { initGraphQLTada, type TadaDocumentNode } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Writes an operation or fragment, typed from server/schema.graphql (through graphql-env.d.ts,
 * `npm run graphql-env`): a field the schema lacks, or a result used as a shape it does not have,
 * fails `npm run typecheck`. Fragments go in the second argument. Masking is off, so a fragment's
 * fields are read on the result directly (the client has no component-owned data to hide).
 */
export const graphql = initGraphQLTada<{ introspection: introspection; disableMasking: true }>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** A failed request, with words for the user: the server's own message when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'server' | 'http',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Each document's text, printed once. */
const printed = new WeakMap<object, string>();

function text(document: DocumentNode): string {
  let query = printed.get(document);
  if (query === undefined) {
    query = print(document);
    printed.set(document, query);
  }
  return query;
}

/** Posts a typed operation to the server's /graphql and returns `data`, or throws an ApiError. */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const query = text(document);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError('The server cannot be reached. Is it running?', 'network');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), 'server');
  }
  if (!response.ok || !body.data) {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}`.trim(), 'http');
  }
  return body.data;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
