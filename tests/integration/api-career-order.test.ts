/**
 * The career order of Person.decisions, written once: in the Cypher of
 * server/schema/career-decision.ts. Each case is one person's steps on real Neo4j, under
 * `careerorder-` ids rewritten by this file only.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

interface Step {
  id: string;
  talk: string | null;
  year: number | null;
  offset: number | null;
  kind?: string;
  to?: string | null;
  from?: string;
}

interface Case {
  name: string;
  /** Talk name to its date (null: undated). */
  talks: Record<string, string | null>;
  steps: Step[];
  expected: string[];
}

/** Every step goes to a place of its own unless the case names one: no merging by accident. */
const CASES: Case[] = [
  {
    name: 'orders dated steps by year, whatever order the talks tell them in',
    talks: { t1: '2021-01-01', t2: '2021-01-01' },
    steps: [
      { id: 'c', talk: 't1', year: 2020, offset: 1 },
      { id: 'a', talk: 't2', year: 2010, offset: 9 },
      { id: 'b', talk: 't1', year: 2015, offset: 5 },
    ],
    expected: ['a', 'b', 'c'],
  },
  {
    name: 'puts an undated step after the dated step its talk tells just before it',
    talks: { t: '2021-01-01', u: '2021-01-01' },
    steps: [
      { id: 'grad', talk: 't', year: 2015, offset: 10 },
      { id: 'army', talk: 't', year: null, offset: 20 },
      { id: 'job', talk: 't', year: 2018, offset: 30 },
      { id: 'x', talk: 'u', year: 2016, offset: 1 },
    ],
    expected: ['grad', 'army', 'x', 'job'],
  },
  {
    name: 'puts an undated step told first before the first dated step of its talk',
    talks: { t: '2021-01-01', u: '2021-01-01' },
    steps: [
      { id: 'first', talk: 't', year: null, offset: 1 },
      { id: 'dated', talk: 't', year: 2012, offset: 5 },
      { id: 'other', talk: 'u', year: 2011, offset: 1 },
    ],
    expected: ['other', 'first', 'dated'],
  },
  {
    name: 'puts steps of talks that date nothing after every dated step, in talk then text order',
    talks: { tb: '2023', ta: '2019', tc: '2021-01-01' },
    steps: [
      { id: 'late-b', talk: 'tb', year: null, offset: 2 },
      { id: 'late-a', talk: 'ta', year: null, offset: 9 },
      { id: 'late-a0', talk: 'ta', year: null, offset: 1 },
      { id: 'dated', talk: 'tc', year: 2030, offset: 1 },
    ],
    expected: ['dated', 'late-a0', 'late-a', 'late-b'],
  },
  {
    name: 'keeps text order among steps of one year in one talk, and talk date order across talks',
    talks: { b: '2022', a: '2020' },
    steps: [
      { id: 'b2', talk: 'b', year: 2018, offset: 2 },
      { id: 'a2', talk: 'a', year: 2018, offset: 9 },
      { id: 'a1', talk: 'a', year: 2018, offset: 3 },
    ],
    expected: ['a1', 'a2', 'b2'],
  },
  {
    name: 'drops a step told again in another talk, keeping the first',
    talks: { b: '2022', a: '2020' },
    steps: [
      { id: 'told-later', talk: 'b', year: 2018, offset: 1, to: 'naver' },
      { id: 'told-first', talk: 'a', year: 2018, offset: 5, to: 'naver' },
      { id: 'other-move', talk: 'a', year: 2018, offset: 6, to: 'kaist' },
    ],
    expected: ['told-first', 'other-move'],
  },
  {
    name: 'never merges steps that know nothing but their kind',
    talks: { t: null },
    steps: [
      { id: 'x', talk: 't', year: null, offset: 1, kind: 'other', to: null },
      { id: 'y', talk: 't', year: null, offset: 2, kind: 'other', to: null },
    ],
    expected: ['x', 'y'],
  },
  {
    name: 'copes with steps without a talk',
    talks: {},
    steps: [
      { id: 'loose', talk: null, year: null, offset: 0 },
      { id: 'dated', talk: null, year: 2001, offset: 5 },
    ],
    expected: ['loose', 'dated'],
  },
];

const personOf = (i: number) => `person:careerorder-${i}`;
const stepId = (i: number, id: string) => `decision:careerorder-${i}-${id}`;
const talkId = (i: number, name: string) => `talk:careerorder-${i}-${name}`;
const placeId = (i: number, name: string) => `institution:careerorder-${i}-${name}`;

let driver: Driver;
let app: ApiApp;

async function loadCases(): Promise<void> {
  const rows = CASES.map((c, i) => ({
    person: personOf(i),
    talks: Object.entries(c.talks).map(([name, date]) => ({ id: talkId(i, name), date })),
    steps: c.steps.map((s) => ({
      id: stepId(i, s.id),
      kind: s.kind ?? 'joined',
      year: s.year,
      offset: s.offset,
      talk: s.talk === null ? null : talkId(i, s.talk),
      to: s.to === null ? null : placeId(i, s.to ?? `to-${s.id}`),
      from: s.from ? placeId(i, s.from) : null,
    })),
  }));
  await driver.executeQuery(
    "MATCH (n) WHERE n.id =~ '[a-z_]+:careerorder-.*' DETACH DELETE n",
    {},
    { database: DATABASE },
  );
  await driver.executeQuery(
    `UNWIND $rows AS row
     CREATE (p:Entity:Person {id: row.person, name: row.person, aliases: []})
     FOREACH (t IN row.talks | CREATE (:Talk {id: t.id, title: t.id, name: t.id, date: t.date}))
     WITH p, row
     UNWIND row.steps AS s
     CREATE (p)-[:DECIDED]->(d:CareerDecision {id: s.id, kind: s.kind, year: s.year, offset: s.offset,
       summary: s.kind, name: s.kind, evidence: 'careerorder'})
     FOREACH (id IN CASE WHEN s.to IS NULL THEN [] ELSE [s.to] END |
       MERGE (x:Entity {id: id}) ON CREATE SET x:Institution, x.name = id, x.aliases = []
       CREATE (d)-[:TO]->(x))
     FOREACH (id IN CASE WHEN s.from IS NULL THEN [] ELSE [s.from] END |
       MERGE (x:Entity {id: id}) ON CREATE SET x:Institution, x.name = id, x.aliases = []
       CREATE (d)-[:FROM]->(x))
     WITH d, s
     OPTIONAL MATCH (t:Talk {id: s.talk})
     FOREACH (n IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (d)-[:TOLD_IN]->(n))`,
    { rows },
    { database: DATABASE },
  );
}

beforeAll(async () => {
  driver = await testDriver();
  await loadCases();
  app = apiApp(driver);
});

afterAll(async () => {
  await driver?.executeQuery(
    "MATCH (n) WHERE n.id =~ '[a-z_]+:careerorder-.*' DETACH DELETE n",
    {},
    { database: DATABASE },
  );
  await driver?.close();
});

describe('Person.decisions, in career order', () => {
  CASES.forEach((c, i) => {
    it(c.name, async () => {
      const { body } = await app.query<{ person: { decisions: { id: string }[] } }>(
        `query ($id: ID!) { person(id: $id) { decisions { id } } }`,
        { id: personOf(i) },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.person.decisions.map((d) => d.id)).toEqual(c.expected.map((id) => stepId(i, id)));
    });
  });
});
