import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite prefers graphql's ESM build while Node (and so graphql-yoga) loads the CommonJS one:
    // two GraphQLError classes would break error masking. One copy, the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One file at a time: the integration and end-to-end files share one database, and a
    // view that must reload identically cannot have another file writing talks meanwhile.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One real Neo4j engine for the whole run (tests that stop an engine start their own).
          globalSetup: ['tests/setup/neo4j.global.ts'],
        },
      },
    ],
  },
});
