/**
 * `npm run graphql-env`: writes client/api/graphql-env.d.ts, the schema as a type that gql.tada
 * reads to type the client's operations. gql.tada's own CLI (`gql.tada generate-output`) reads
 * tsconfig through the TypeScript JS API, which TypeScript 7 no longer has, so this calls the same
 * functions (gql.tada/internal) on server/schema.graphql. tests/unit/client-graphql-env.test.ts
 * fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyIntrospection, outputIntrospectionFile } from 'gql.tada/internal';
import { buildSchema, introspectionFromSchema } from 'graphql';

const ROOT = join(import.meta.dirname, '..');
export const SCHEMA_FILE = join(ROOT, 'server', 'schema.graphql');
export const GRAPHQL_ENV_FILE = join(ROOT, 'client', 'api', 'graphql-env.d.ts');

/** The text of graphql-env.d.ts for a schema's SDL (preprocessed: cheaper for the type checker). */
export function graphqlEnv(sdl: string): string {
  const introspection = introspectionFromSchema(buildSchema(sdl), { descriptions: false });
  return outputIntrospectionFile(minifyIntrospection(introspection), {
    fileType: '.d.ts',
    shouldPreprocess: true,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GRAPHQL_ENV_FILE, graphqlEnv(readFileSync(SCHEMA_FILE, 'utf8')));
}
