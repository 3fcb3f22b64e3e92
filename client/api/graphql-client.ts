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

/** Posts a query to the server's /graphql and returns `data`, or throws an ApiError. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
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
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
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
