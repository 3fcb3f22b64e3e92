import { maskError as yogaMaskError } from 'graphql-yoga';

/**
 * Clients get the errors the code raises on purpose (GraphQLError: bad input, database down,
 * timeout) as they are, and "Unexpected error." for anything else; Yoga's logger keeps the real
 * cause for the operator. Never in "dev" form, whatever NODE_ENV says: no stack trace or Cypher
 * reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  return yogaMaskError(error, message, false);
}
