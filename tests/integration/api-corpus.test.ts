import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../ingest/run/run-ingest.ts';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

/**
 * The API over the real sample corpus, as the ingest loads it. Expectations are derived from the
 * ingest's own report (not from hand-written numbers), so they hold while the extraction improves.
 */
let driver: Driver;
let app: ApiApp;
let report: IngestReport;

beforeAll(async () => {
  driver = await testDriver();
  // Imported here so an ingest module that is missing fails this file with its own message.
  const { ingestPaths } = await import('../../ingest/run/run-ingest.ts');
  report = (await ingestPaths(['corpus'], { graph: { driver, database: DATABASE } })).report;
  app = apiApp(driver);
});

afterAll(async () => {
  await driver?.close();
});

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await app.query<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function scalar<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  const result = await driver.executeQuery(cypher, params, { database: DATABASE });
  return result.records[0]?.get(0) as T | undefined;
}

describe('the API over the ingested corpus', () => {
  it('loads the corpus without errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.talks.length).toBeGreaterThanOrEqual(7);
  });

  it('answers every talk by id with its title and speakers', async () => {
    for (const talk of report.talks) {
      const result = await data<{ talk: { title: string; speakers: { name: string }[] } | null }>(
        'query($id: ID!) { talk(id: $id) { title speakers { name } } }',
        { id: talk.id },
      );
      expect(result.talk?.title).toBe(talk.title);
      expect(result.talk?.speakers.map((s) => s.name).sort()).toEqual([...talk.speakers].sort());
    }
  });

  it('finds Korean and English names through search, with their type', async () => {
    const person = report.entities.find((e) => e.type === 'Person' && /\p{Script=Hangul}/u.test(e.name));
    const model = report.entities.find((e) => e.type === 'Model' && /^[A-Za-z]/.test(e.name));
    for (const entity of [person, model]) {
      expect(entity, 'the corpus yields a Korean person and a Latin-named model').toBeDefined();
      const prefix = [...(entity?.name ?? '')].slice(0, 2).join('');
      const { search } = await data<{ search: { type: string; node: { id: string } }[] }>(
        'query($q: String!, $t: [NodeType!]) { search(query: $q, types: $t, first: 50) { type node { id } } }',
        { q: prefix, t: [entity?.type] },
      );
      expect(search.map((h) => h.node.id)).toContain(entity?.id);
      expect(search.every((h) => h.type === entity?.type)).toBe(true);
    }
  });

  it('orders a career path of the corpus by year', async () => {
    const personId = await scalar<string>(
      `MATCH (p:Person)-[:DECIDED]->(d:CareerDecision) WHERE d.id IN $ids
       WITH p.id AS id, count(d) AS decisions
       RETURN id ORDER BY decisions DESC, id LIMIT 1`,
      { ids: report.decisions.map((d) => d.id) },
    );
    expect(personId, 'the corpus yields career decisions').toBeDefined();
    const { careerPath } = await data<{
      careerPath: { year: number | null; evidence: string; talk: { id: string } }[];
    }>('query($id: ID!) { careerPath(personId: $id) { year evidence talk { id } } }', { id: personId });
    expect(careerPath.length).toBeGreaterThan(0);
    const years = careerPath.map((s) => s.year).filter((y): y is number => y !== null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(careerPath.every((s) => s.evidence.length > 0 && s.talk.id.startsWith('talk:'))).toBe(true);
  });

  it('answers related talks with reasons, and a depth-2 neighbourhood', async () => {
    const talkId = await scalar<string>(
      'MATCH (t:Talk)-[:RELATED_TO]-() WHERE t.id IN $ids RETURN t.id ORDER BY t.id LIMIT 1',
      { ids: report.talks.map((t) => t.id) },
    );
    expect(talkId, 'the ingest relates talks of the corpus').toBeDefined();
    const { relatedTalks } = await data<{ relatedTalks: { score: number; reasons: string[] }[] }>(
      'query($id: ID!) { relatedTalks(talkId: $id, first: 3) { score reasons talk { id } } }',
      { id: talkId },
    );
    expect(relatedTalks.length).toBeGreaterThan(0);
    expect(relatedTalks.map((r) => r.score)).toEqual(
      [...relatedTalks.map((r) => r.score)].sort((a, b) => b - a),
    );
    expect(relatedTalks.every((r) => r.reasons.length > 0)).toBe(true);

    const { neighborhood } = await data<{
      neighborhood: { nodes: { id: string }[]; edges: { source: string }[] };
    }>(
      'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id } edges { source } truncated } }',
      { id: talkId },
    );
    expect(neighborhood.nodes[0]?.id).toBe(talkId);
    expect(neighborhood.nodes.length).toBeGreaterThan(2);
    expect(neighborhood.edges.length).toBeGreaterThanOrEqual(neighborhood.nodes.length - 1);
  });
});

/** The ```graphql blocks of the README's "Example queries" section. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.split(/^## Example queries.*$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** A root field found something: not null, not an empty list, page or piece of graph. */
function foundSomething(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (value && typeof value === 'object') {
    const v = value as { nodes?: unknown[]; totalCount?: number };
    return (v.nodes?.length ?? 1) > 0 && (v.totalCount ?? 1) > 0;
  }
  return value !== null && value !== undefined;
}

describe('README example queries', () => {
  it('has an example for every core field', () => {
    const text = readmeExamples().join('\n');
    for (const field of [
      'search',
      'talk',
      'talks',
      'person',
      'node',
      'careerPath',
      'relatedTalks',
      'neighborhood',
      'path',
      'stats',
    ]) {
      expect(text, field).toMatch(new RegExp(`\\b${field}\\(|\\b${field} \\{`));
    }
  });

  it.each(readmeExamples().map((query, i) => [i + 1, query] as const))(
    'example %i runs and finds data',
    async (_i, query) => {
      const result = await data<Record<string, unknown>>(query);
      for (const [field, value] of Object.entries(result)) {
        expect(foundSomething(value), `${field} found nothing`).toBe(true);
      }
    },
  );
});
