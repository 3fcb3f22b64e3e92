/**
 * Repeated operations run compiled by graphql-jit (server/jit.ts) and must answer exactly as
 * graphql-js does: data, field errors with their locations and paths, refused variables (HTTP
 * 400), and the run-time read budget. Own data under `apijit-` ids.
 */

import { compileQuery } from 'graphql-jit';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Executor } from '../../server/executor.ts';
import { createGraphqlApp, type YogaOptions } from '../../server/yoga.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

// The real compiler, watched: the equivalence tests below would also pass if nothing compiled.
vi.mock('graphql-jit', async (importOriginal) => {
  const jit = await importOriginal<typeof import('graphql-jit')>();
  return { ...jit, compileQuery: vi.fn(jit.compileQuery) };
});

const TALKS = ['talk:apijit-1', 'talk:apijit-2'];
const PERSON = 'person:apijit-speaker';
const MODEL = 'model:apijit-model';

let driver: Driver;

beforeAll(async () => {
  driver = await testDriver();
  await driver.executeQuery(
    `MERGE (p:Entity:Person {id: $person}) SET p.name = 'Apijit Speaker', p.aliases = ['Apijit Speaker']
     MERGE (m:Entity:Model {id: $model}) SET m.name = 'APIJIT-1', m.aliases = ['APIJIT-1']
     WITH p, m
     UNWIND $talks AS id
     MERGE (t:Talk {id: id}) SET t.title = 'Apijit ' + id, t.name = t.title, t.date = '2021-03'
     MERGE (t)-[:GIVEN_BY]->(p)
     MERGE (t)-[r:MENTIONS]->(m) SET r.count = 2, r.snippet = 'APIJIT-1 came up'`,
    { person: PERSON, model: MODEL, talks: TALKS },
    { database: DATABASE },
  );
});

afterAll(async () => {
  await driver?.close();
});

function app(jit: YogaOptions['jit'], maxItemsPerRequest?: number) {
  const yoga = createGraphqlApp({
    executor: new Executor(driver, DATABASE),
    jit,
    ...(maxItemsPerRequest ? { maxItemsPerRequest } : {}),
  });
  return async (query: string, variables: Record<string, unknown> = {}, operationName?: string) => {
    const response = await yoga.fetch(
      new Request('http://talkgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, operationName }),
      }),
    );
    return `${response.status} ${await response.text()}`;
  };
}

/** Reads with data, with field errors (top level, nested in lists, on a later line), and refused variables. */
const OPERATIONS: [string, Record<string, unknown>][] = [
  [
    `query($id: ID!) { talk(id: $id) { id title date year speakers { id name talks(first: 5) { totalCount } }
       mentions(first: 5) { count snippet entity { id type name } } } }`,
    { id: TALKS[0] },
  ],
  [
    `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 10) {
       truncated nodes { id type label } edges { source target type weight } } }`,
    { id: PERSON },
  ],
  ['{ node(id: "model:apijit-model") { id ... on Entity { name } ... on Model { type } } }', {}],
  [
    '{ careerPath(personId: "person:apijit-speaker") { id year } person(id: "person:apijit-none") { id } }',
    {},
  ],
  ['query {\n  node(id: "no-colon") {\n    id\n  }\r\n  talk(id: "also-bad") { id }\n}', {}],
  [
    '{ person(id: "person:apijit-speaker") { talks(first: 2) { edges { node { speakers { talks(first: 101) { totalCount } } } } } } }',
    {},
  ],
  ['query($n: Int!) { talks(first: $n) { totalCount } }', { n: 'many' }],
  ['query($n: Int!) { talks(first: $n) { totalCount } }', {}],
];

describe('graphql-jit execution', () => {
  it('answers every run of a repeated operation as graphql-js answers it', async () => {
    const compiled = app({ afterRuns: 1 });
    const interpreted = app(false);
    const repeated = app(true);
    for (const [query, variables] of OPERATIONS) {
      const expected = await interpreted(query, variables);
      for (let run = 0; run < 3; run += 1) {
        expect(await compiled(query, variables), query).toBe(expected);
        expect(await repeated(query, variables), query).toBe(expected);
      }
    }
  });

  it('compiles a document once, on its run number afterRuns, and never with jit off', async () => {
    const query = `{ node(id: "${MODEL}") { id } }`;
    vi.mocked(compileQuery).mockClear();
    const off = app(false);
    await off(query);
    await off(query);
    expect(compileQuery).not.toHaveBeenCalled();
    const repeated = app({ afterRuns: 2 });
    await repeated(query);
    expect(compileQuery).not.toHaveBeenCalled();
    for (let run = 0; run < 3; run += 1) {
      expect(await repeated(query)).toContain(MODEL);
    }
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('refuses variables with HTTP 400 and keeps field errors located', async () => {
    const compiled = app({ afterRuns: 1 });
    expect(await compiled('query($n: Int!) { talks(first: $n) { totalCount } }', { n: 'many' })).toMatch(
      /^400 /,
    );
    const answer = JSON.parse((await compiled(OPERATIONS[4]?.[0] ?? '')).slice(4)) as {
      errors: {
        locations: { line: number; column: number }[];
        path: string[];
        extensions: { code: string };
      }[];
    };
    expect(answer.errors.map((e) => [e.locations, e.path, e.extensions.code])).toEqual([
      [[{ line: 2, column: 3 }], ['node'], 'BAD_USER_INPUT'],
      [[{ line: 5, column: 3 }], ['talk'], 'BAD_USER_INPUT'],
    ]);
  });

  it('runs the operation a request names, of several in one document', async () => {
    const compiled = app({ afterRuns: 1 });
    const document = `query Person { node(id: "${PERSON}") { id } } query Model { node(id: "${MODEL}") { id } }`;
    for (let run = 0; run < 2; run += 1) {
      expect(await compiled(document, {}, 'Person')).toContain(PERSON);
      expect(await compiled(document, {}, 'Model')).toContain(MODEL);
    }
  });

  it('still bounds the nodes one request reads', async () => {
    const compiled = app({ afterRuns: 1 }, 3);
    const query =
      'query($n: Int!) { talks(first: $n, filter: { speaker: "person:apijit-speaker" }) { edges { node { mentions(first: $n) { count } } } } }';
    for (let run = 0; run < 2; run += 1) {
      expect(await compiled(query, { n: 2 })).toMatch(/reads more than 3 nodes/);
    }
  });
});
