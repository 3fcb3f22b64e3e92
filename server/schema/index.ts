import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './node.ts';
import './talk.ts';
import './talks.ts';
import './entity.ts';
import './person.ts';
import './mention.ts';
import './affiliation.ts';
import './career-decision.ts';
import './career-move.ts';
import './career-flows.ts';
import './likely-duplicates.ts';
import './same-move.ts';
import './same-talk.ts';
import './source.ts';
import './related.ts';
import './search.ts';
import './neighborhood.ts';
import './path.ts';
import './stats.ts';
import './overview.ts';

export const schema = builder.toSchema();

/** The SDL as committed in server/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
