import { describe, expect, inject, it } from 'vitest';
import { spawnApp } from '../support/app-process.ts';
import { writeNotes } from '../support/notes.ts';

/** `npm start` against the run's shared engine (the engine-supervision tests run their own). */
describe('app/start.ts (npm start) on a running Neo4j', () => {
  it('stops cleanly on SIGTERM', async () => {
    const app = spawnApp({
      NEO4J_URI: inject('neo4jUri'),
      TALKGRAPH_CORPUS: writeNotes({}),
      PORT: '0',
    });
    await app.line(/ready at /);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });
});
