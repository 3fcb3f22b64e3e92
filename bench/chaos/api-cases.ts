/**
 * The API side of the long run: the seeded fuzzer against the in-process app (as deployed: no
 * introspection), a bounded soak with autocannon against a real server process, and kill -9 of
 * the embedded engine under a running server (does /ready notice, does the engine come back).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../../graph/embedded-neo4j.ts';
import { Executor } from '../../server/executor.ts';
import { createGraphqlApp } from '../../server/yoga.ts';
import {
  type FuzzFigures,
  loadSdlSchema,
  poolsFromGraph,
  QueryFuzzer,
  runFuzz,
} from '../../tests/support/chaos-fuzz.ts';
import { rssMiB } from '../../tests/support/chaos-ingest.ts';
import { loadTest } from '../lib/load-test.ts';
import { javaChild, startTsx, stopChild, waitForOk } from '../lib/processes.ts';
import { percentile } from '../lib/stats.ts';
import type { CaseRow } from './crash-cases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DB = 'neo4j';

async function readRows(driver: Driver, cypher: string) {
  const { records } = await driver.executeQuery(cypher, {}, { database: DB, routing: 'READ' });
  return records.map((r) => r.toObject());
}

export async function runFuzzCase(
  driver: Driver,
  queries: number,
  seed: number,
): Promise<{ row: CaseRow; figures: FuzzFigures }> {
  const executor = new Executor(driver, DB);
  const yoga = createGraphqlApp({ executor, introspection: false, graphiql: false });
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch(
      new Request('http://talkgraph.chaos/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
    };
  };
  const pools = await poolsFromGraph((cypher) => readRows(driver, cypher), 1_000);
  const figures = await runFuzz(post, new QueryFuzzer(loadSdlSchema(), seed, pools), queries);
  const o = figures.outcomes;
  const bad = o.internal + o.timeout + o.unavailable + o.suggestion;
  return {
    row: {
      group: 'fuzz',
      name: `${figures.queries.toLocaleString('en-US')} seeded operations (seed ${seed})`,
      outcome: bad === 0 ? '0 internal errors' : `${bad} BAD ANSWERS`,
      figures: `data ${o.data}, partial ${o.partial}, refused ${o.refused}, internal ${o.internal}, timeout ${o.timeout}, unavailable ${o.unavailable}, suggestion ${o.suggestion}; p50 ${percentile(figures.times, 50).toFixed(1)} ms, p95 ${percentile(figures.times, 95).toFixed(1)} ms, max ${Math.max(...figures.times).toFixed(0)} ms`,
      ok: bad === 0,
    },
    figures,
  };
}

/** A realistic mix of reads, over ids of the loaded graph. */
async function soakBodies(driver: Driver): Promise<string[]> {
  const one = async (cypher: string) => (await readRows(driver, cypher)).map((r) => String(r['id']));
  const talks = await one('MATCH (t:Talk) RETURN t.id AS id ORDER BY COUNT { (t)--() } DESC LIMIT 40');
  const people = await one('MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC LIMIT 40');
  const entities = await one('MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC LIMIT 40');
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const bodies: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const talk = talks[i % talks.length] ?? '';
    const person = people[i % people.length] ?? '';
    const entity = entities[i % entities.length] ?? '';
    bodies.push(
      body('query($q: String!) { search(query: $q, first: 10) { label type score } }', {
        q: ['bert', '네이버', 'kaist', 'gpt', '카카오', 'nlp'][i % 6],
      }),
      body(
        'query($id: ID!) { talk(id: $id) { title date speakers { name } mentions(first: 10) { count entity { name } } relatedTalks(first: 5) { score talk { title } } } }',
        { id: talk },
      ),
      body('query($id: ID!) { careerPath(personId: $id) { kind year to { name } } }', { id: person }),
      body(
        'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { nodes { id type label } edges { source target type } } }',
        {
          id: entity,
        },
      ),
      body(
        'query($id: ID!) { talks(first: 20, filter: { entity: $id }) { totalCount edges { node { title } } } }',
        { id: entity },
      ),
      body(
        'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxLength: 4) { nodes { id } edges { type } } }',
        {
          a: person,
          b: entity,
        },
      ),
    );
  }
  bodies.push(body('{ stats { labels { name count } relationships { name count } } }', {}));
  return bodies;
}

export interface SoakOptions {
  connections: number;
  seconds: number;
  rounds: number;
}

/** Rounds of load on a real server; RSS of the server before and after each round. */
export async function runSoak(
  driver: Driver,
  uri: string,
  options: SoakOptions,
  log: (line: string) => void,
): Promise<CaseRow[]> {
  const port = await freePort();
  const server = startTsx(join(ROOT, 'app', 'start.ts'), {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: uri,
    NEO4J_PASSWORD: '',
    PORT: String(port),
  });
  const rows: CaseRow[] = [];
  try {
    await waitForOk(`http://127.0.0.1:${port}/ready`, server, performance.now());
    const bodies = await soakBodies(driver);
    // A short warm-up so the first round measures a steady server, not the JIT.
    await loadTest(`http://127.0.0.1:${port}/graphql`, bodies, {
      durationSec: 3,
      connections: options.connections,
    });
    const before = rssMiB(server.pid);
    let previous = before;
    for (let round = 1; round <= options.rounds; round += 1) {
      log(`soak: round ${round} of ${options.rounds}`);
      const f = await loadTest(`http://127.0.0.1:${port}/graphql`, bodies, {
        durationSec: options.seconds,
        connections: options.connections,
      });
      const rss = rssMiB(server.pid);
      rows.push({
        group: 'soak',
        name: `round ${round}: ${options.connections} connections × ${options.seconds} s`,
        outcome: f.errors === 0 ? '0 errors' : `${f.errors} ERRORS`,
        figures: `${Math.round(f.rps)} req/s, p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${f.requests} requests; server RSS ${Math.round(previous)} → ${Math.round(rss)} MiB`,
        ok: f.errors === 0,
      });
      previous = rss;
    }
    rows.push({
      group: 'soak',
      name: 'server memory over the soak',
      outcome: `${previous - before >= 0 ? '+' : ''}${Math.round(previous - before)} MiB`,
      figures: `RSS after warm-up ${Math.round(before)} MiB, after ${options.rounds} rounds ${Math.round(previous)} MiB`,
      ok: true,
    });
  } finally {
    await stopChild(server);
  }
  return rows;
}

/**
 * A server with its own embedded engine (NEO4J_URI unset) loses the engine to kill -9:
 * how soon /ready says so, whether the server lives on, and how soon it is ready again.
 */
export async function runServerEngineKill(work: string, log: (line: string) => void): Promise<CaseRow[]> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    TALKGRAPH_DATA: join(work, 'server-data'),
  };
  delete env['NEO4J_URI'];
  const server = startTsx(join(ROOT, 'app', 'start.ts'), env);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${url}/ready`, server, performance.now());
    const java = javaChild(server.pid);
    if (java === undefined) {
      return [
        {
          group: 'server',
          name: 'engine kill -9 under a running server',
          outcome: 'no engine child found',
          figures: '',
          ok: false,
        },
      ];
    }
    log('server: kill -9 of its embedded engine');
    const killedAt = performance.now();
    process.kill(java, 'SIGKILL');
    let notReady: number | undefined;
    let readyAgain: number | undefined;
    const health = new Set<string>();
    while (performance.now() - killedAt < 180_000 && server.process.exitCode === null) {
      const ready = await fetch(`${url}/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready !== 200) {
        notReady ??= performance.now() - killedAt;
        health.add(
          await fetch(`${url}/health`).then(
            async (r) => `${r.status} ${(await r.text()).slice(0, 60)}`,
            () => 'no answer',
          ),
        );
      } else if (notReady !== undefined) {
        readyAgain = performance.now() - killedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const alive = server.process.exitCode === null;
    const logged = server.output
      .join('')
      .split('\n')
      .filter((l) => /engine|neo4j/i.test(l))
      .slice(-3)
      .join(' | ');
    return [
      {
        group: 'server',
        name: 'engine kill -9 under a running server',
        outcome:
          readyAgain !== undefined
            ? 'noticed, restarted'
            : alive
              ? 'NOT BACK within 180 s'
              : `server exited ${server.process.exitCode}`,
        figures: [
          `/ready not 200 after ${notReady === undefined ? '–' : `${(notReady / 1000).toFixed(1)} s`}`,
          `ready again after ${readyAgain === undefined ? '–' : `${(readyAgain / 1000).toFixed(1)} s`}`,
          `/health meanwhile: ${[...health].join(' / ')}`,
          `log: ${logged.slice(0, 160)}`,
        ].join('; '),
        ok: readyAgain !== undefined,
      },
    ];
  } finally {
    await stopChild(server);
  }
}
