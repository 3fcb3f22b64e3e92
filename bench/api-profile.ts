/**
 * What each API read costs Neo4j: the Cypher both servers send for one request (captured
 * in-process: talkgraph's executor hook, a timed driver under the peer), each PROFILEd.
 */
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../server/executor.ts';
import { createGraphqlApp } from '../server/yoga.ts';
import type { ApiCase } from './api-cases.ts';
import { CypherClock, TRANSACTIONS } from './lib/cypher-clock.ts';
import { profileCypher } from './lib/profile.ts';
import { peerSchema } from './peer-schema.ts';

export interface ReadCost {
  queries: number;
  dbHits: number;
  /** The costliest operator of the costliest query: where the hits go. */
  hotspot: string;
}

interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

type Fetcher = (body: string) => Promise<unknown>;

export async function readCosts(driver: Driver, database: string, cases: ApiCase[]) {
  const talkgraph = talkgraphFetcher(driver, database);
  const peer = await peerFetcher(driver, database);
  const costs: { name: string; talkgraph: ReadCost; peer: ReadCost }[] = [];
  for (const c of cases) {
    // The first body names a hub: the read that costs most.
    costs.push({
      name: c.name,
      talkgraph: await cost(driver, database, await talkgraph.capture(c.talkgraph[0] ?? '')),
      peer: await cost(driver, database, await peer.capture(c.peer[0] ?? '')),
    });
  }
  return costs;
}

function talkgraphFetcher(driver: Driver, database: string) {
  let captured: Captured[] = [];
  const executor = new Executor(driver, database, {
    onQuery: (cypher, params) => captured.push({ cypher, params }),
  });
  const yoga = createGraphqlApp({ executor });
  const fetcher: Fetcher = (body) => post(yoga.fetch, body);
  return {
    capture: async (body: string) => {
      captured = [];
      await fetcher(body);
      return captured;
    },
  };
}

async function peerFetcher(driver: Driver, database: string) {
  const clock = new CypherClock();
  const yoga = createYoga({
    schema: await peerSchema(clock.wrap(driver)),
    context: () => ({ sessionConfig: { database } }),
  });
  return {
    capture: async (body: string) => {
      clock.statements.clear();
      await post(yoga.fetch, body);
      return [...clock.statements.values()]
        .filter((s) => s.statement !== TRANSACTIONS)
        .map((s) => ({ cypher: s.last.cypher, params: s.last.params }));
    },
  };
}

async function post(fetch: (url: string, init: RequestInit) => Response | Promise<Response>, body: string) {
  const response = await fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return response.json();
}

async function cost(driver: Driver, database: string, queries: Captured[]): Promise<ReadCost> {
  let dbHits = 0;
  let hottest = { hits: -1, hotspot: '–' };
  for (const q of queries) {
    const profile = await profileCypher(driver, database, q.cypher, q.params);
    dbHits += profile.dbHits;
    const top = profile.top[0];
    if (top && profile.dbHits > hottest.hits) {
      hottest = { hits: profile.dbHits, hotspot: `${top.operator} ${top.dbHits.toLocaleString('en-US')}` };
    }
  }
  return { queries: queries.length, dbHits, hotspot: hottest.hotspot };
}
