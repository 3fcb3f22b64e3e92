import { GraphQLError } from 'graphql';
import { LIMITS } from '../limits.ts';

/** An error in what the client sent: shown as is, with the code clients branch on. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A whole number in [min, max]; the message names the argument and the bound. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`"${name}" must be between ${min} and ${max}`);
  }
  return value;
}

/**
 * Node ids are `type:slug` (graph/ids.ts): a lowercase prefix, a colon, then no spaces or
 * control characters. A well-formed id that matches nothing is not an error: the field is null.
 */
const ID_SHAPE = /^[a-z][a-z_]*:[^\s\p{Cc}]+$/u;

export function checkId(name: string, value: string): string {
  if (value.length > LIMITS.idLength || !ID_SHAPE.test(value)) {
    throw badInput(
      `"${name}" must be a node id such as "person:서민준" or "talk:3f2a…" (at most ${LIMITS.idLength} characters)`,
    );
  }
  return value;
}

export function checkText(name: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw badInput(`"${name}" must be 1 to ${max} characters`);
  }
  return trimmed;
}
