import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../graph/embedded-neo4j.ts';
import { type AppProcess, spawnApp } from '../support/app-process.ts';
import { postGraphql } from '../support/http.ts';
import { writeNotes } from '../support/notes.ts';

const NOTE = `---
title: 엔진 감독 테스트 특강
speaker: 감독관 님
date: 2024-05-01
---
감독관 님은 2015년에 KAIST 대학원에 진학했다.
`;

async function eventually(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function talkCount(url: string): Promise<number | undefined> {
  const { body } = await postGraphql<{ stats: { labels: { name: string; count: number }[] } }>(
    url,
    '{ stats { labels { name count } } }',
  );
  return body.data?.stats.labels.find((l) => l.name === 'Talk')?.count;
}

/** Binds `port` on loopback as soon as the dead engine has let it go. */
async function occupy(port: number): Promise<Server> {
  for (;;) {
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('app/start.ts (npm start)', () => {
  const dirs: string[] = [];
  const apps: AppProcess[] = [];
  const scratch = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  let supervised: AppProcess | undefined;
  let restartedPid = 0;
  const start = (env: Record<string, string>) => {
    const app = spawnApp(env);
    apps.push(app);
    return app;
  };

  afterAll(async () => {
    for (const app of apps) {
      if (app.child.exitCode === null && app.child.signalCode === null) {
        app.child.kill('SIGTERM');
        await app.exited;
      }
    }
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops with one line and exit code 1 when NEO4J_URI does not answer', async () => {
    const closed = await freePort();
    const app = start({ NEO4J_URI: `bolt://127.0.0.1:${closed}`, PORT: '0' });
    expect(await app.exited).toBe(1);
    expect(app.stderr).toEqual([
      expect.stringMatching(
        new RegExp(
          `^talkgraph could not start: Neo4j at bolt://127\\.0\\.0\\.1:${closed} is not reachable: .*ECONNREFUSED`,
        ),
      ),
    ]);
    expect(app.stdout).toEqual([]);
  });

  it('notices its embedded engine die, reports it, restarts it and serves again', async () => {
    const app = start({
      TALKGRAPH_DATA: scratch('talkgraph-app-data-'),
      TALKGRAPH_CORPUS: writeNotes({ 'supervised.md': NOTE }),
      TALKGRAPH_PAGECACHE: '64m',
      TALKGRAPH_ENGINE_RESTARTS: '3',
      TALKGRAPH_ENGINE_BACKOFF_MS: '500',
      PORT: '0',
    });
    supervised = app;
    const pid = Number((await app.line(/engine pid (\d+)/))[1]);
    const url = (await app.line(/ready at (http:\/\/\S+)\/ /))[1] ?? '';
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    const talks = await talkCount(url);
    expect(talks).toBeGreaterThan(0);

    const killed = Date.now();
    process.kill(pid, 'SIGKILL');
    // /ready fails as soon as the driver loses the engine; the supervisor hears of the death when
    // the JVM has exited (about a second for a 1 GB heap), and says so in /health.
    expect(await eventually(async () => (await fetch(`${url}/ready`)).status === 503)).toBe(true);
    const unready = Date.now();
    expect(
      await eventually(async () => {
        const health = await fetch(`${url}/health`);
        const body = (await health.json()) as unknown;
        return health.status === 200 && JSON.stringify(body) === '{"status":"degraded","neo4j":"restarting"}';
      }),
    ).toBe(true);
    const noticed = Date.now();
    const during = await fetch(`${url}/ready`);
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ status: 'neo4j restarting' });
    expect(app.stderr.join('\n')).toMatch(
      new RegExp(
        `Neo4j engine \\(pid ${pid}\\) died \\(SIGKILL\\); restarting in 500 ms \\(attempt 1 of 3\\)`,
      ),
    );

    expect(await eventually(async () => (await fetch(`${url}/ready`)).status === 200)).toBe(true);
    const ready = Date.now();
    expect(await eventually(async () => (await talkCount(url)) === talks)).toBe(true);
    const served = Date.now();
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    const restarted = Number((await app.line(/Neo4j engine restarted at \S+ \(pid (\d+)\) in (\d+) ms/))[1]);
    expect(restarted).not.toBe(pid);
    restartedPid = restarted;
    console.log(
      `[supervision] after kill -9: /ready 503 in ${unready - killed} ms, /health degraded in ${noticed - killed} ms, ` +
        `/ready 200 in ${ready - killed} ms, ` +
        `first query after ${served - killed} ms (backoff 500 ms)`,
    );
  }, 240_000);

  // The same app, its engine restarted once: a death within a minute of the last start keeps
  // counting toward TALKGRAPH_ENGINE_RESTARTS (a crash loop must end).
  it('exits non-zero when its engine cannot be restarted, so that a supervisor restarts it', async () => {
    const app = supervised as AppProcess;
    const bolt = Number((await app.line(/at bolt:\/\/127\.0\.0\.1:(\d+) /))[1]);
    // The engine restarts on its own port (the driver's address): taken, every restart fails.
    process.kill(restartedPid, 'SIGKILL');
    const squatter = await occupy(bolt);
    try {
      expect(await app.exited).toBe(1);
    } finally {
      squatter.close();
    }
    const log = app.stderr.join('\n');
    expect(log).toMatch(/Neo4j engine restart 3 of 3 failed: .*port is in use; giving up/);
    expect(log).toMatch(/the Neo4j engine could not be restarted; exiting/);
    expect(log).not.toMatch(/^\s+at /m);
  }, 240_000);
});
