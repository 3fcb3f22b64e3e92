/**
 * The overview summary (server/schema/overview.ts) on real Neo4j. Its own small graph, dated
 * 1901–1902 so that asking for those years sees nothing of any other test's data; ids carry
 * `ovtest-` and are removed afterwards.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

let driver: Driver;
let app: ApiApp;

const P = { ana: 'person:ovtest-ana', ben: 'person:ovtest-ben', cho: 'person:ovtest-cho' };
const I = { x: 'institution:ovtest-x', y: 'institution:ovtest-y' };

/** ana: 3 talks; ben: 1 talk, 2 steps to x; cho: 1 step from y; one undated talk by ana. */
const SETUP = `
  CREATE (ana:Person:Entity {id: $p.ana, name: 'Ana Ovtest'}),
         (ben:Person:Entity {id: $p.ben, name: 'Ben Ovtest'}),
         (cho:Person:Entity {id: $p.cho, name: 'Cho Ovtest'}),
         (x:Institution:Entity {id: $i.x, name: 'X Ovtest'}),
         (y:Institution:Entity {id: $i.y, name: 'Y Ovtest'})
  CREATE (:Talk {id: 'talk:ovtest-1', title: 'one', date: '1901-03-01'})-[:GIVEN_BY]->(ana),
         (:Talk {id: 'talk:ovtest-2', title: 'two', date: '1901'})-[:GIVEN_BY]->(ana),
         (:Talk {id: 'talk:ovtest-3', title: 'three', date: '1902-01-01'})-[:GIVEN_BY]->(ana),
         (:Talk {id: 'talk:ovtest-5', title: 'undated'})-[:GIVEN_BY]->(ana)
  CREATE (t4:Talk {id: 'talk:ovtest-4', title: 'four', date: '1902'})-[:GIVEN_BY]->(ben)
  CREATE (ben)-[:DECIDED]->(:CareerDecision {id: 'decision:ovtest-1', kind: 'joined', year: 1901})-[:TO]->(x),
         (ben)-[:DECIDED]->(:CareerDecision {id: 'decision:ovtest-2', kind: 'joined', year: 1901})-[:TO]->(x),
         (cho)-[:DECIDED]->(:CareerDecision {id: 'decision:ovtest-3', kind: 'left', year: 1902})-[:FROM]->(y)`;

async function cleanUp(): Promise<void> {
  await driver.executeQuery(
    "MATCH (n) WHERE n.id CONTAINS ':ovtest-' DETACH DELETE n",
    {},
    { database: DATABASE },
  );
}

beforeAll(async () => {
  driver = await testDriver();
  await cleanUp();
  await driver.executeQuery(SETUP, { p: P, i: I }, { database: DATABASE });
  // The first plan of this statement takes seconds on a cold engine and a loaded machine (then ~50 ms).
  app = apiApp(driver, { executor: { timeoutMs: 60_000 } });
});

afterAll(async () => {
  await cleanUp();
  await driver?.close();
});

interface Overview {
  talks: number;
  people: { id: string; name: string; type: string; talks: number; steps: number }[];
  institutions: { id: string; talks: number; steps: number }[];
  groups: { year: number | null; talks: number }[];
  links: { source: string; target: string | null; year: number | null; type: string; weight: number }[];
}

const FIELDS = `talks people { id name type talks steps } institutions { id talks steps }
  groups { year talks } links { source target year type weight }`;

describe('overview', () => {
  it('sums the years asked up in one round trip: hubs by importance, talks by year, weighted links', async () => {
    app.trips.length = 0;
    const { body } = await app.query<{ overview: Overview }>(
      `{ overview(limit: 2, from: 1901, to: 1902) { ${FIELDS} } }`,
    );
    expect(body.errors).toBeUndefined();
    const overview = body.data?.overview as Overview;
    expect(app.trips).toHaveLength(1);
    expect(overview.talks).toBe(4);
    // ana 2×3 talks, ben 2×1 + 2 steps; cho (1 step) is past the limit.
    expect(overview.people).toEqual([
      { id: P.ana, name: 'Ana Ovtest', type: 'Person', talks: 3, steps: 0 },
      { id: P.ben, name: 'Ben Ovtest', type: 'Person', talks: 1, steps: 2 },
    ]);
    expect(overview.institutions).toEqual([
      { id: I.x, talks: 0, steps: 2 },
      { id: I.y, talks: 0, steps: 1 },
    ]);
    expect(overview.groups).toEqual([
      { year: 1901, talks: 2 },
      { year: 1902, talks: 2 },
    ]);
    expect(overview.links).toEqual(
      expect.arrayContaining([
        { source: P.ana, target: null, year: 1901, type: 'GAVE', weight: 2 },
        { source: P.ana, target: null, year: 1902, type: 'GAVE', weight: 1 },
        { source: P.ben, target: null, year: 1902, type: 'GAVE', weight: 1 },
        { source: P.ben, target: I.x, year: null, type: 'STEP', weight: 2 },
        { source: I.x, target: null, year: 1901, type: 'PLACED', weight: 2 },
        { source: I.y, target: null, year: 1902, type: 'PLACED', weight: 1 },
      ]),
    );
    // cho is not a hub: no link of theirs; heaviest first.
    expect(overview.links).toHaveLength(6);
    expect(overview.links[0]?.weight).toBe(2);
  });

  it('without years counts undated talks in a group of their own, after the years', async () => {
    const { body } = await app.query<{ overview: Overview }>(`{ overview(limit: 200) { ${FIELDS} } }`);
    expect(body.errors).toBeUndefined();
    const overview = body.data?.overview as Overview;
    const years = overview.groups.map((g) => g.year);
    expect(years.at(-1)).toBeNull();
    const dated = years.filter((y): y is number => y !== null);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(overview.talks).toBe(overview.groups.reduce((sum, g) => sum + g.talks, 0));
    expect(overview.people.find((p) => p.id === P.ana)?.talks).toBe(4);
    expect(overview.links).toContainEqual({
      source: P.ana,
      target: null,
      year: null,
      type: 'GAVE',
      weight: 1,
    });
  });

  it('refuses a limit out of range and half a year range', async () => {
    const over = await app.query(`{ overview(limit: 201) { talks } }`);
    expect(over.body.errors?.[0]?.message).toMatch(/"limit" must be between 1 and 200/);
    const half = await app.query(`{ overview(from: 1901) { talks } }`);
    expect(half.body.errors?.[0]?.message).toMatch(/"from" and "to" go together/);
  });
});
