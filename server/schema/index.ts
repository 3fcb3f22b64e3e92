import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './talk.ts';
import './stats.ts';

export const schema = builder.toSchema();

/** The SDL as committed in server/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
