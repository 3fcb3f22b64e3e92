import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../graph/apply-schema.ts';
import { createDriver } from '../../graph/connection.ts';
import { type EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import { ingestPaths } from '../../ingest/run-ingest.ts';
import { writeNotes } from '../support/notes.ts';

const note = (n: number) =>
  `# 노트 ${n}\n\n${2010 + n}년에 카카오에 입사했다. 그 뒤 KAIST 대학원에 진학해 BERT를 연구했다.\n`;

// Stops its engine in the middle of a load, so it runs one of its own.
describe('a load that loses Neo4j midway', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-resilience-'));
  let engine: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;

  afterAll(async () => {
    await driver?.close();
    await engine?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names the notes that failed, keeps the ones that landed whole, and completes on a rerun', async () => {
    const port = await freePort();
    engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '64m' });
    driver = createDriver(engine.uri, 'neo4j', '');
    await applySchema(driver, 'neo4j');
    const dir = writeNotes(Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`note-${n}.md`, note(n)])));

    const result = await ingestPaths([dir], {
      graph: { driver, database: 'neo4j' },
      // Two notes per transaction; Neo4j goes away after the first batch is written.
      batchSize: 2,
      onProgress: async (done) => {
        if (done === 2 && engine) {
          await engine.stop();
        }
      },
    });
    expect(result.loaded).toBe(2);
    // The notes after the stop fail by name: the batch that met the stop with the driver's error,
    // the next one at once, without waiting out the driver's retries again.
    expect(result.report.errors.map((e) => e.source.split('/').at(-1))).toEqual([
      'note-3.md',
      'note-4.md',
      'note-5.md',
      'note-6.md',
    ]);
    // Each message names its note, also for the notes of the batch that met the driver's error.
    const [third, fourth, fifth, sixth] = result.report.errors.map((e) => e.message);
    expect(third).toMatch(/note-3\.md: not loaded, Neo4j is unreachable: /);
    expect(third).toMatch(/Neo4j|connect|unavailable/i);
    expect(fourth).toBe(third?.replace('note-3.md', 'note-4.md'));
    expect(fifth).toMatch(/note-5\.md: not loaded, Neo4j became unreachable earlier/);
    expect(sixth).toMatch(/note-6\.md: not loaded, Neo4j became unreachable earlier/);

    engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '64m' });
    const { records } = await driver.executeQuery(
      `MATCH (t:Talk)-[:FROM_SOURCE]->(s:Source)
       RETURN s.path AS path, COUNT { (t)-[:MENTIONS]->() } AS mentions ORDER BY path`,
      {},
      { database: 'neo4j' },
    );
    // Only whole notes landed: each stored talk has all of its mentions.
    expect(records.map((r) => r.get('path').split('/').at(-1))).toEqual(['note-1.md', 'note-2.md']);
    const full = records.map((r) => r.get('mentions') as number);
    expect(new Set(full).size).toBe(1);
    expect(full[0]).toBeGreaterThanOrEqual(3);

    const rerun = await ingestPaths([dir], { graph: { driver, database: 'neo4j' } });
    expect(rerun.report.errors).toEqual([]);
    expect(rerun.unchanged).toBe(2);
    expect(rerun.loaded).toBe(4);
  }, 240_000);
});
