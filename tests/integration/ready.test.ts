import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../graph/connection.ts';
import { type EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import { postGraphql, type RunningServer, startServer } from '../support/http.ts';

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

// This file stops its engine on purpose, so it runs one of its own instead of the shared one.
describe('/ready follows Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-ready-'));
  let engine: EmbeddedNeo4j | undefined;
  let server: RunningServer | undefined;
  const driver = { current: undefined as ReturnType<typeof createDriver> | undefined };

  afterAll(async () => {
    await server?.close();
    await driver.current?.close();
    await engine?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 200 while Neo4j is up, 503 while it is stopped, and 200 once it is back', async () => {
    const port = await freePort();
    engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '64m' });
    driver.current = createDriver(engine.uri, 'neo4j', '', { maxTransactionRetryTime: 2_000 });
    server = await startServer(driver.current);
    const url = server.url;

    expect(await status(url)).toBe(200);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    await engine.stop();
    expect(await status(url)).toBe(503);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const down = await postGraphql(url, '{ stats { labels { name count } } }');
    expect(down.body.errors?.[0]?.message).toMatch(/graph database is unavailable/);

    engine = await startEmbeddedNeo4j({ dataDir, port, pageCache: '64m' });
    expect(await eventually(async () => (await status(url)) === 200)).toBe(true);
    // The driver drops the dead connections of its pool on first use: queries recover by themselves.
    const recovered = await eventually(async () => {
      const up = await postGraphql<{ stats: { labels: unknown[] } }>(
        url,
        '{ stats { labels { name count } } }',
      );
      return up.body.errors === undefined && (up.body.data?.stats.labels.length ?? 0) > 0;
    });
    expect(recovered).toBe(true);
  }, 180_000);
});
