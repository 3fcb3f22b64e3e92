import { graphql } from './graphql-client.ts';

/** A node named in a result (a place, a model, a person): enough for a link that opens it. */
export const EntityRefFields = graphql(`
  fragment EntityRefFields on Entity { id name type }
`);
