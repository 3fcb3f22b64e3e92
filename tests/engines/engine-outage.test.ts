import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../graph/apply-schema.ts';
import { createDriver } from '../../graph/connection.ts';
import { type EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { postGraphql, type RunningServer, startServer } from '../support/http.ts';
import { writeNotes } from '../support/notes.ts';

const note = (n: number) =>
  `# 노트 ${n}\n\n${2010 + n}년에 카카오에 입사했다. 그 뒤 KAIST 대학원에 진학해 BERT를 연구했다.\n`;

async function status(url: string): Promise<number> {
  return (await fetch(`${url}/ready`)).status;
}

/** Polls because the driver notices a restarted server on its next connection attempt. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * Neo4j going away under the server (/ready) and under a load (the notes that did not land),
 * then coming back. It stops its engine, so it runs one of its own instead of the shared one:
 * one engine for both, stopped once in the middle of the load and started again once, since
 * each start costs seconds of JVM. The steps run in order, each on the state the previous left.
 */
describe('Neo4j lost and back', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-outage-'));
  const notes = writeNotes(Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`note-${n}.md`, note(n)])));
  let port = 0;
  let engine: EmbeddedNeo4j | undefined;
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    port = await freePort();
    engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '64m' });
    // Fails fast while the engine is away, as the app's driver does (app/app.ts).
    driver = createDriver(engine.uri, 'neo4j', '', { maxTransactionRetryTime: 2_000 });
    await applySchema(driver, 'neo4j');
    server = await startServer(driver);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await engine?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(notes, { recursive: true, force: true });
  });

  it('/ready answers 200 while Neo4j is up', async () => {
    expect(await status(server.url)).toBe(200);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('a load that loses Neo4j midway names the notes that failed', async () => {
    const result = await ingestPaths([notes], {
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
  }, 120_000);

  it('/ready answers 503 while Neo4j is stopped, and queries fail with a clear error', async () => {
    expect(await status(server.url)).toBe(503);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const down = await postGraphql(server.url, '{ stats { labels { name count } } }');
    expect(down.body.errors?.[0]?.message).toMatch(/graph database is unavailable/);
  });

  it('/ready answers 200 once Neo4j is back, and queries recover by themselves', async () => {
    engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '64m' });
    expect(await eventually(async () => (await status(server.url)) === 200)).toBe(true);
    // The driver drops the dead connections of its pool on first use.
    const recovered = await eventually(async () => {
      const up = await postGraphql<{ stats: { labels: unknown[] } }>(
        server.url,
        '{ stats { labels { name count } } }',
      );
      return up.body.errors === undefined && (up.body.data?.stats.labels.length ?? 0) > 0;
    });
    expect(recovered).toBe(true);
  }, 180_000);

  it('kept only the notes that landed whole, and a rerun completes the load', async () => {
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

    const rerun = await ingestPaths([notes], { graph: { driver, database: 'neo4j' } });
    expect(rerun.report.errors).toEqual([]);
    expect(rerun.unchanged).toBe(2);
    expect(rerun.loaded).toBe(4);
  }, 120_000);
});
