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
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // No database: two files at a time, in workers that keep the modules they loaded (the
          // extraction's ontology and patterns are built once per worker, not once per file), so
          // a test that changes shared state (process.env, a spy) must put it back. Unit CPU time
          // went from ~80 s to ~51 s, wall time from 223 s to 128 s with the machine loaded.
          fileParallelism: true,
          maxWorkers: 2,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One real Neo4j engine for the whole run.
          globalSetup: ['tests/setup/neo4j.global.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Tests that kill, restart or supervise an engine start their own, and share nothing
          // with the other projects: `npm test` runs them in a second Vitest (concurrently) beside
          // the first, as Vitest runs its projects one after another and these mostly wait on JVMs.
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
        },
      },
    ],
  },
});
