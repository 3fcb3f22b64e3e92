import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery, parse as parseDocument } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../server/executor.ts';
import { LIMITS } from '../../server/limits.ts';
import { createGraphqlApp } from '../../server/yoga.ts';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { postGraphql, startServer } from '../support/http.ts';

let driver: Driver;
let app: ApiApp;

/** A few nodes of this file's own (api-queries.test.ts owns the shared fixture and reloads it). */
const TALKS = ['talk:apilimits-1', 'talk:apilimits-2', 'talk:apilimits-3'];
const PERSON = 'person:apilimits-speaker';
const MODEL = 'model:apilimits-model';

beforeAll(async () => {
  driver = await testDriver();
  app = apiApp(driver);
  await driver.executeQuery(
    `MERGE (p:Entity:Person {id: $person}) SET p.name = 'Apilimits Speaker', p.aliases = ['Apilimits Speaker']
     MERGE (m:Entity:Model {id: $model}) SET m.name = 'APILIMITS-1', m.aliases = ['APILIMITS-1']
     WITH p, m
     UNWIND $talks AS id
     MERGE (t:Talk {id: id}) SET t.title = 'Apilimits ' + id, t.name = t.title, t.series = 'Apilimits'
     MERGE (t)-[:GIVEN_BY]->(p)
     MERGE (t)-[r:MENTIONS]->(m) SET r.count = 1`,
    { person: PERSON, model: MODEL, talks: TALKS },
    { database: DATABASE },
  );
});

afterAll(async () => {
  await driver?.close();
});

/** The first error of an operation that must fail. */
async function refusal(query: string, variables: Record<string, unknown> = {}, on: ApiApp = app) {
  const { status, body } = await on.query(query, variables);
  expect(body.errors?.length, `no error for ${query}`).toBeGreaterThan(0);
  return { status, error: body.errors?.[0] ?? { message: '' } };
}

describe('links', () => {
  it('gives a talk its url only when it is http(s)', async () => {
    const urls = [
      'javascript:alert(document.domain)',
      ' JaVaScRiPt:alert(1)',
      'https://example.org/talk?a=1',
    ];
    await driver.executeQuery(
      'UNWIND range(0, size($talks) - 1) AS i MATCH (t:Talk {id: $talks[i]}) SET t.url = $urls[i]',
      { talks: TALKS, urls },
      { database: DATABASE },
    );
    const { body } = await app.query<{
      a: { url: string | null };
      b: { url: string | null };
      c: { url: string | null };
    }>(
      'query($a: ID!, $b: ID!, $c: ID!) { a: talk(id: $a) { url } b: talk(id: $b) { url } c: talk(id: $c) { url } }',
      { a: TALKS[0], b: TALKS[1], c: TALKS[2] },
    );
    expect(body.data).toEqual({
      a: { url: null },
      b: { url: null },
      c: { url: 'https://example.org/talk?a=1' },
    });
  });
});

describe('argument checks', () => {
  const cases: [string, RegExp][] = [
    ['{ talks(first: 101) { totalCount } }', /"first" must be between 0 and 100/],
    ['{ talks(first: -1) { totalCount } }', /"first" must be between 0 and 100/],
    ['{ talks(after: "not-a-cursor") { totalCount } }', /"after" is not a cursor returned by this API/],
    ['{ talks(filter: { year: 0 }) { totalCount } }', /"filter.year" must be between 1 and 9999/],
    ['{ talks(filter: { speaker: "kim" }) { totalCount } }', /"filter.speaker" must be a node id/],
    [
      `{ talks(filter: { series: "${'x'.repeat(201)}" }) { totalCount } }`,
      /"filter.series" must be 1 to 200 characters/,
    ],
    ['{ search(query: "   ") { label } }', /"query" must be 1 to 200 characters/],
    [`{ search(query: "${'가'.repeat(201)}") { label } }`, /"query" must be 1 to 200 characters/],
    ['{ search(query: "bert", first: 51) { label } }', /"first" must be between 0 and 50/],
    ['{ node(id: "no-colon") { id } }', /"id" must be a node id such as "person:서민준"/],
    ['{ node(id: "person:two words") { id } }', /"id" must be a node id/],
    [`{ node(id: "person:${'x'.repeat(300)}") { id } }`, /at most 300 characters/],
    ['{ talk(id: "") { id } }', /"id" must be a node id/],
    ['{ person(id: "Person:Kim") { id } }', /"id" must be a node id/],
    ['{ careerPath(personId: "nobody") { id } }', /"personId" must be a node id/],
    ['{ relatedTalks(talkId: "talk:x", first: 51) { score } }', /"first" must be between 0 and 50/],
    ['{ neighborhood(id: "talk:x", depth: 4) { truncated } }', /"depth" must be between 1 and 3/],
    ['{ neighborhood(id: "talk:x", depth: 0) { truncated } }', /"depth" must be between 1 and 3/],
    ['{ neighborhood(id: "talk:x", limit: 501) { truncated } }', /"limit" must be between 1 and 500/],
    [
      '{ path(from: "talk:x", to: "talk:y", maxLength: 7) { truncated } }',
      /"maxLength" must be between 1 and 6/,
    ],
    ['{ path(from: "talk:x", to: "talk:y", first: 11) { truncated } }', /"first" must be between 1 and 10/],
    ['{ path(from: "talk:x", to: "y") { truncated } }', /"to" must be a node id/],
    ['{ careerMove(id: "move") { id } }', /"id" must be a node id/],
    ['{ careerFlows(from: 1800) { people } }', /"from" must be between 1900 and 2100/],
    ['{ careerFlows(minPeople: 0) { people } }', /"minPeople" must be between 1 and 1000000/],
    ['{ sameMove(moveId: "move") { total } }', /"moveId" must be a node id/],
    ['{ likelyDuplicates(first: 101) { score } }', /"first" must be between 0 and 100/],
    ['{ overview(from: 2000, to: 1999) { talks } }', /"to" must be between 2000 and 2100/],
    ['{ overview(from: 1800, to: 1999) { talks } }', /"from" must be between 1900 and 2100/],
    // Several wrong arguments: the one checked first answers, as when resolvers checked by hand.
    ['{ talks(first: 101, filter: { speaker: "kim" }) { totalCount } }', /"first" must be between 0 and 100/],
    ['{ talks(after: "x", filter: { year: 0 }) { totalCount } }', /"after" is not a cursor/],
    ['{ careerFlows(from: 1, first: 101) { people } }', /"first" must be between 0 and 100/],
    ['{ sameMove(moveId: "move", first: 101) { total } }', /"first" must be between 0 and 100/],
    ['{ overview(limit: 0, from: 1800) { talks } }', /"limit" must be between 1 and 200/],
    ['{ overview(from: 1800) { talks } }', /"from" and "to" go together/],
    ['{ neighborhood(id: "x", depth: 9, limit: 0) { truncated } }', /"id" must be a node id/],
  ];

  it.each(cases)('%s is refused as BAD_USER_INPUT', async (query, message) => {
    const { error } = await refusal(query);
    expect(error.message).toMatch(message);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('checks the page size of nested lists too', async () => {
    for (const query of [
      `{ talk(id: "${TALKS[0]}") { mentions(first: 101) { count } } }`,
      `{ person(id: "${PERSON}") { talks(first: 101) { totalCount } } }`,
      `{ node(id: "${MODEL}") { ... on Entity { people(first: 101) { totalCount } } } }`,
    ]) {
      const { error } = await refusal(query);
      expect(error).toMatchObject({
        message: '"first" must be between 0 and 100',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('bounds the nodes one operation reads, even when page sizes come in variables', async () => {
    const small = apiApp(driver, { maxItemsPerRequest: 5 });
    const { error } = await refusal(
      'query($n: Int!) { talks(first: $n, filter: {series: "Apilimits"}) { edges { node { speakers { id } mentions(first: $n) { count } } } } }',
      { n: 100 },
      small,
    );
    expect(error.message).toMatch(/reads more than 5 nodes; ask for smaller pages/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('operation guards (graphql-armor)', () => {
  it(`refuses nesting deeper than ${LIMITS.queryDepth}`, async () => {
    const deep = `{ talks { edges { node { speakers { talks { edges { node { speakers { talks { edges { node { id } } } } } } } } } } } }`;
    const { status, error } = await refusal(deep);
    expect(error.message).toMatch(/Query depth limit of 10 exceeded, found 1[0-9]/);
    expect(status).toBe(400);
  });

  it('counts nesting through fragments like nesting in place', async () => {
    const query = `{ talks { ...T } }
      fragment T on TalkConnection { edges { node { speakers { talks { edges { node { speakers { talks { edges { node { id } } } } } } } } } } }`;
    expect((await refusal(query)).error.message).toMatch(/Query depth limit of 10 exceeded/);
  });

  it(`refuses operations costing more than ${LIMITS.queryCost}`, async () => {
    const costly = `{ talks(first: 100) { edges { node { speakers { talks(first: 100) { edges { node {
      title mentions(first: 100) { count snippet } } } } } } } } }`;
    expect((await refusal(costly)).error.message).toMatch(/Query Cost limit of 50000 exceeded, found \d+/);
  });

  it(`refuses more than ${LIMITS.aliases} aliases`, async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: stats { undatedTalks }`).join(' ');
    expect((await refusal(`{ ${aliases} }`)).error.message).toMatch(/Aliases limit of 20 exceeded, found 21/);
  });

  it(`refuses more than ${LIMITS.tokens} tokens`, async () => {
    const fields = Array.from({ length: 2_001 }, () => '__typename').join(' ');
    expect((await refusal(`{ stats { ${fields} } }`)).error.message).toMatch(/Token limit of 2000 exceeded/);
  });

  it(`refuses more than ${LIMITS.directives} directives`, async () => {
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    expect((await refusal(`{ stats ${directives} { undatedTalks } }`)).error.message).toMatch(
      /Directives limit of 10 exceeded, found 11/,
    );
  });

  it('does not suggest field names', async () => {
    const { error } = await refusal('{ talkz { totalCount } }');
    expect(error.message).toMatch(/Cannot query field "talkz"/);
    expect(error.message).not.toMatch(/Did you mean/);
  });

  it.each([
    ['an argument', '{ search(query: "x", frist: 3) { label } }', {}, /Unknown argument "frist"/],
    ['an enum value', '{ search(query: "x", types: [Persn]) { label } }', {}, /Value "Persn" does not exist/],
    [
      'an enum value in a variable',
      'query($t: [NodeType!]) { search(query: "x", types: $t) { label } }',
      { t: ['Persn'] },
      /Value "Persn" does not exist in "NodeType" enum/,
    ],
    [
      'a type',
      'query($t: [NodeTyp!]) { search(query: "x", types: $t) { label } }',
      {},
      /Unknown type "NodeTyp"/,
    ],
    ['an input field', '{ talks(filter: { yeer: 2020 }) { totalCount } }', {}, /Field "yeer" is not defined/],
    [
      'an input field in a variable',
      'query($f: TalkFilter) { talks(filter: $f) { totalCount } }',
      { f: { yeer: 2020 } },
      /Field "yeer" is not defined/,
    ],
    [
      'an inline fragment',
      '{ node(id: "talk:x") { title } }',
      {},
      /Cannot query field "title" on type "Node"/,
    ],
  ])('does not suggest %s', async (_what, query, variables, message) => {
    const { error } = await refusal(query, variables);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/Did you mean/);
  });

  it('weighs the graph fields by their limits: ten large neighborhoods are refused before they run', async () => {
    const elements = 'nodes { id type label } edges { id source target type }';
    const aliases = (limit: string) =>
      Array.from(
        { length: 10 },
        (_, i) => `n${i}: neighborhood(id: "${TALKS[0]}", depth: 3, limit: ${limit}) { ${elements} }`,
      ).join(' ');
    const literal = await refusal(`{ ${aliases('500')} }`);
    expect(literal.status).toBe(400);
    expect(literal.error.message).toMatch(/Query Cost limit of 50000 exceeded/);
    const variable = await refusal(`query($l: Int = 1) { ${aliases('$l')} }`, { l: 500 });
    expect(variable.error.message).toMatch(/Query Cost limit of 50000 exceeded/);
    const trips = app.trips.length;
    await refusal(`{ ${aliases('500')} }`);
    expect(app.trips.length).toBe(trips);
    // One of them, as the client asks for a neighbourhood, runs.
    const { body } = await app.query<{ neighborhood: { nodes: unknown[] } }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 60) { truncated ${elements} } }`,
      { id: TALKS[0] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.neighborhood.nodes.length).toBeGreaterThan(1);
  });

  it('lets the standard introspection query and GraphiQL through while they are on', async () => {
    const { body } = await app.query<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema.queryType.name).toBe('Query');
    const page = await app.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
  });

  it('turns introspection and GraphiQL off for production', async () => {
    const closed = apiApp(driver, { introspection: false, graphiql: false });
    const { error } = await refusal('{ __schema { types { name } } }', {}, closed);
    expect(error.message).toMatch(/introspection has been disabled/);
    expect((await refusal('{ __type(name: "Talk") { name } }', {}, closed)).error.message).toMatch(
      /introspection/,
    );
    const page = await closed.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});

describe('HTTP and errors', () => {
  it('takes POST bodies as application/json only (others are a CSRF surface), and GET', async () => {
    const query = '{ stats { undatedTalks } }';
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(query)}`],
      ['text/plain', JSON.stringify({ query })],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${query}\r\n--x--`,
      ],
      ['application/graphql', query],
    ] as const) {
      const response = await app.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(response.status, type).toBe(415);
      expect(await response.text()).not.toMatch(/undatedTalks/);
    }
    const json = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query }),
    });
    expect(json.status).toBe(200);
    const get = await app.fetch(`/graphql?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/json' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ data: { stats: {} } });
  });

  it('sends a strict Content-Security-Policy with the client, a looser one with GraphiQL, and safe headers', async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'talkgraph-csp-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(
      join(clientDir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/a.js"></script>',
    );
    writeFileSync(join(clientDir, 'assets', 'a.js'), 'console.log(1)');
    const server = await startServer(driver, { clientDir });
    try {
      for (const path of ['/', '/assets/a.js', '/person/x', '/health']) {
        const response = await fetch(`${server.url}${path}`);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp, path).toMatch(/(^|; )default-src 'self'(;|$)/);
        expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
        expect(csp).toMatch(/frame-ancestors 'none'/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        await response.arrayBuffer();
      }
      const graphiql = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toMatch(/graphiql/i);
      // GraphiQL runs from the server's own files (server/graphiql.ts): no CDN, no inline script.
      expect(graphiql.headers.get('content-security-policy')).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(graphiql.headers.get('content-security-policy')).not.toMatch(/https:/);
      expect(graphiql.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    } finally {
      await server.close();
      rmSync(clientDir, { recursive: true, force: true });
    }
  });

  it(`answers 413 to a body over ${LIMITS.bodyBytes} bytes`, async () => {
    const response = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ stats { undatedTalks } }',
        variables: { pad: 'x'.repeat(LIMITS.bodyBytes) },
      }),
    });
    expect(response.status).toBe(413);
  });

  it('sends CORS headers to listed origins only', async () => {
    const open = apiApp(driver, { corsOrigins: ['https://allowed.example', 'https://also.example'] });
    const request = (on: ApiApp, origin: string) =>
      on.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const allowed = await request(open, 'https://allowed.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(
      (await request(open, 'https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    // Nothing listed: same origin only, no CORS header for anyone.
    expect(
      (await request(app, 'https://allowed.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    const preflight = await open.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://also.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://also.example');
  });

  it('passes the settings through the HTTP app on a real socket', async () => {
    const server = await startServer(driver, {
      corsOrigins: ['https://allowed.example'],
      introspection: false,
    });
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://allowed.example' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
      expect(JSON.stringify(await response.json())).toMatch(/introspection has been disabled/);
      const { body } = await postGraphql(server.url, '{ node(id: "talk:apitest-missing") { id } }');
      expect(body).toEqual({ data: { node: null } });
    } finally {
      await server.close();
    }
  });

  it('masks unexpected errors: no Cypher, driver message or stack reaches the client', async () => {
    const broken = createGraphqlApp({ executor: new Executor(driver, 'apitest-no-such-database') });
    const response = await broken.fetch(
      new Request('http://talkgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ talk(id: "${TALKS[0]}") { id } stats { undatedTalks } }` }),
      }),
    );
    const text = await response.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    expect(new Set(body.errors.map((e) => e.message))).toEqual(new Set(['Unexpected error.']));
    expect(body.errors[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/MATCH|RETURN|Neo4j|database|stack|\.ts:/i);
  });

  it('stops a read that runs past the transaction timeout, with a clear error', async () => {
    const executor = new Executor(driver, DATABASE, { timeoutMs: 300 });
    const started = Date.now();
    const slow = executor.read(
      'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
      {},
      (r) => r.get('n'),
    );
    await expect(slow).rejects.toMatchObject({
      message: 'The query took longer than 300 ms and was stopped.',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('caches parsed and validated documents', () => {
    const yoga = createGraphqlApp({ executor: new Executor(driver, DATABASE) });
    const { parse, validate, schema } = yoga.getEnveloped({});
    const query = '{ stats { undatedTalks } }';
    const document = parse(query);
    expect(parse(query)).toBe(document);
    expect(validate(schema, document)).toBe(validate(schema, document));
    expect(parse(query)).not.toBe(parseDocument(query));
  });
});
