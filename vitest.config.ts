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
          include: ['tests/integration/**/*.test.ts'],
          // One real Neo4j engine for the whole run.
          globalSetup: ['tests/setup/neo4j.global.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The explorer in Chromium: one engine of its own when run alone (`npm test` runs this
          // project in a Vitest of its own beside the others), the files still one at a time, as
          // a view that must reload identically cannot have another file writing meanwhile.
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Tests that kill, restart or supervise an engine start their own, and share nothing
          // with the other projects. Vitest runs its projects one after another, and each of
          // these chains mostly waits (on JVMs, on Chromium): `npm test` runs main (lint,
          // typecheck, unit, integration), e2e and engines as three Vitests side by side.
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
        },
      },
    ],
  },
});
