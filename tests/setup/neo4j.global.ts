import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** Starts one real engine on a free port with a throw-away data folder for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env['NEO4J_URI']) {
    project.provide('neo4jUri', process.env['NEO4J_URI']);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-test-neo4j-'));
  const started = Date.now();
  const engine = await startEmbeddedNeo4j({ dataDir, pageCache: '256m', purpose: 'test' });
  console.log(`[tests] Neo4j ready at ${engine.uri} in ${Date.now() - started} ms`);
  project.provide('neo4jUri', engine.uri);
  return async () => {
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
