import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
// One file per GraphQL type (with its fields and the query fields that return it), then the
// query files of each area.
import './node.ts';
import './entity.ts';
import './talk.ts';
import './person.ts';
import './institution.ts';
import './source.ts';
import './career-decision.ts';
import './career-move.ts';
import './affiliation.ts';
import './mention.ts';
import './related-talk.ts';
import './talks.ts';
import './career-flows.ts';
import './likely-duplicates.ts';
import './same-move.ts';
import './search.ts';
import './neighborhood.ts';
import './path.ts';
import './other-paths.ts';
import './stats.ts';
import './overview.ts';

export const schema = builder.toSchema();

/** The SDL as committed in server/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
