import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { FX, loadApiFixture, writeRelated } from '../support/api-fixture.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

let driver: Driver;
let app: ApiApp;

beforeAll(async () => {
  driver = await testDriver();
  await loadApiFixture(driver);
  app = apiApp(driver);
});

afterAll(async () => {
  await driver?.close();
});

interface Paths {
  length: number | null;
  truncated: boolean;
  paths: { nodes: { id: string }[]; edges: { source: string; target: string; type: string }[] }[];
}

const FIELDS = 'length truncated paths { nodes { id } edges { source target type } }';

async function shortestPaths(args: string): Promise<{ paths: Paths | null; errors: string[] | undefined }> {
  const { body } = await app.query<{ shortestPaths: Paths | null }>(
    `{ shortestPaths(${args}) { ${FIELDS} } }`,
  );
  return { paths: body.data?.shortestPaths ?? null, errors: body.errors?.map((e) => e.message) };
}

describe('shortestPaths', () => {
  it('lists every shortest connection, each in order from one end to the other', async () => {
    // Another file's ingest may rewrite RELATED_TO over the whole graph: put the fixture's back.
    await writeRelated(driver);
    const { paths, errors } = await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", first: 10`);
    expect(errors).toBeUndefined();
    expect(paths?.length).toBe(4);
    // Park gave six page talks, each mentioning the model: six equally short paths through them.
    expect(paths?.paths.length).toBeGreaterThanOrEqual(6);
    for (const path of paths?.paths ?? []) {
      expect(path.nodes[0]?.id).toBe(FX.park);
      expect(path.nodes.at(-1)?.id).toBe(FX.conf);
      expect(path.edges).toHaveLength(4);
      // Each relationship joins the two nodes it sits between.
      path.edges.forEach((edge, index) => {
        const ends = [path.nodes[index]?.id, path.nodes[index + 1]?.id].sort();
        expect([edge.source, edge.target].sort()).toEqual(ends);
      });
    }
    const routes = new Set(paths?.paths.map((p) => p.nodes.map((n) => n.id).join('>')));
    expect(routes.size).toBe(paths?.paths.length);
  });

  it('says when `first` cut the list, and keeps the same order on asking again', async () => {
    await writeRelated(driver);
    const two = await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", first: 2`);
    expect(two.paths?.paths).toHaveLength(2);
    expect(two.paths?.truncated).toBe(true);
    const again = await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", first: 2`);
    expect(again.paths).toEqual(two.paths);
  });

  it('answers no paths beyond maxLength, null for a missing node, and refuses bad bounds', async () => {
    const none = await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", maxLength: 2`);
    expect(none.paths).toEqual({ length: null, truncated: false, paths: [] });
    const missing = await shortestPaths(`from: "${FX.park}", to: "model:apitest-missing"`);
    expect(missing).toEqual({ paths: null, errors: undefined });
    const tooLong = await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", maxLength: 7`);
    expect(tooLong.errors).toContain('"maxLength" must be between 1 and 6');
    const tooMany = await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", first: 11`);
    expect(tooMany.errors).toContain('"first" must be between 1 and 10');
  });

  it('counts paths through the same nodes once (a talk both given by and mentioning a person)', async () => {
    const ids = { person: 'person:apitest-sp-a', talk: 'talk:apitest-sp-t', model: 'model:apitest-sp-m' };
    const session = driver.session({ database: DATABASE });
    try {
      await session.executeWrite((tx) =>
        tx.run(
          `MERGE (p:Entity:Person {id: $person}) SET p.name = 'SP Person'
           MERGE (t:Talk {id: $talk}) SET t.title = 'SP Talk'
           MERGE (m:Entity:Model {id: $model}) SET m.name = 'SP Model'
           MERGE (t)-[:GIVEN_BY]->(p) MERGE (t)-[:MENTIONS]->(p) MERGE (t)-[:MENTIONS]->(m)`,
          ids,
        ),
      );
      const { paths } = await shortestPaths(`from: "${ids.person}", to: "${ids.model}"`);
      expect(paths?.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([[ids.person, ids.talk, ids.model]]);
      expect(paths?.truncated).toBe(false);
    } finally {
      await session.executeWrite((tx) =>
        tx.run('MATCH (n) WHERE n.id IN [$person, $talk, $model] DETACH DELETE n', ids),
      );
      await session.close();
    }
  });

  it('passes ids and the count as parameters, never in the Cypher text', async () => {
    app.trips.length = 0;
    await shortestPaths(`from: "${FX.park}", to: "${FX.conf}", first: 3`);
    const cypher = app.trips.join('\n');
    expect(cypher).toContain('allShortestPaths');
    expect(cypher).not.toContain('apitest');
    expect(cypher).toMatch(/LIMIT \$fetch/);
  });
});
