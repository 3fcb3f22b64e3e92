import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { LIMITS } from '../limits.ts';

/**
 * Argument checks. Fields declare them with `validate:` (the Pothos validation plugin, set up in
 * builder.ts), so a resolver only ever sees valid arguments; the plugin checks arguments in the
 * order the field declares them and stops at the first that fails, whose message is the answer.
 * checkRange and checkId are the same rules for code that checks by hand.
 */

/** An error in what the client sent: shown as is, with the code clients branch on. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Why `value` is not a whole number in [min, max], naming the argument and the bound; null when it is. */
export function rangeProblem(name: string, value: number, min: number, max: number): string | null {
  return Number.isInteger(value) && value >= min && value <= max
    ? null
    : `"${name}" must be between ${min} and ${max}`;
}

/** A whole number in [min, max] (null: the field's default). */
export function range(name: string, min: number, max: number) {
  return z
    .number()
    .refine(
      (value) => rangeProblem(name, value, min, max) === null,
      `"${name}" must be between ${min} and ${max}`,
    )
    .nullish();
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  const problem = rangeProblem(name, value, min, max);
  if (problem) {
    throw badInput(problem);
  }
  return value;
}

/**
 * Node ids are `type:slug` (graph/ids.ts): a lowercase prefix, a colon, then no spaces or
 * control characters. A well-formed id that matches nothing is not an error: the field is null.
 */
const ID_SHAPE = /^[a-z][a-z_]*:[^\s\p{Cc}]+$/u;
const isId = (value: string) => value.length <= LIMITS.idLength && ID_SHAPE.test(value);
const idMessage = (name: string) =>
  `"${name}" must be a node id such as "person:서민준" or "talk:3f2a…" (at most ${LIMITS.idLength} characters)`;

export function nodeId(name: string) {
  return z.string().refine(isId, idMessage(name));
}

export function checkId(name: string, value: string): string {
  if (!isId(value)) {
    throw badInput(idMessage(name));
  }
  return value;
}

const textMessage = (name: string, max: number) => `"${name}" must be 1 to ${max} characters`;

/** Text, trimmed, of 1 to `max` characters once trimmed (the resolver gets it trimmed). */
export function text(name: string, max: number) {
  return z
    .string()
    .transform((value) => value.trim())
    .refine((value) => value.length > 0 && value.length <= max, textMessage(name, max));
}
