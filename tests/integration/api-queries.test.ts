import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiApp, apiApp } from '../support/api-app.ts';
import { CAREER_ORDER, FX, loadApiFixture, RELATED, writeRelated } from '../support/api-fixture.ts';
import { testDriver } from '../support/graph.ts';

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

/** The data of an operation that must succeed. */
async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await app.query<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/**
 * Runs checks that depend on the fixture's RELATED_TO edges. Any ingest running in another test
 * file recomputes RELATED_TO over the whole graph (fixture talks included), so the edges are
 * rewritten first, and the check tried again if a recompute slipped in between.
 */
async function withFixtureRelated(check: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await writeRelated(driver);
    try {
      await check();
      return;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
    }
  }
}

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

describe('talk(id) and node(id)', () => {
  it('answers a talk with its speakers, source, mentions and decisions', async () => {
    const { talk } = await data<{ talk: Record<string, unknown> }>(`{ talk(id: "${FX.talk1}") {
      id type label title date year series sourcePath
      source { id path talks { id } }
      speakers { id name }
      mentions(first: 2) { entity { id type name } count snippet }
      decisions { id kind year }
    } }`);
    expect(talk).toMatchObject({
      id: FX.talk1,
      type: 'Talk',
      label: 'Apitest 커리어 이야기',
      date: '2021-03-04',
      year: 2021,
      series: 'Apitest Masterclass',
      source: { id: FX.sourceA, talks: [{ id: FX.talk1 }, { id: FX.talk2 }] },
      speakers: [{ id: FX.kim, name: '김테스트' }],
      mentions: [
        { entity: { id: FX.zorbanet, type: 'Institution', name: 'Zorbanet Labs' }, count: 3 },
        { entity: { id: FX.quokka, type: 'Model' }, count: 2, snippet: 'trained QUOKKA-7 at night' },
      ],
    });
    expect(talk['sourcePath']).toBe((talk['source'] as { path: string }).path);
    expect((talk['decisions'] as { id: string }[]).map((d) => d.id)).toEqual([
      'decision:apitest-major',
      'decision:apitest-grad',
      'decision:apitest-military',
      'decision:apitest-joined',
    ]);
  });

  it('filters a talk’s mentions by type', async () => {
    const { talk } = await data<{ talk: { mentions: { entity: { id: string } }[] } }>(
      `{ talk(id: "${FX.talk1}") { mentions(types: [Person, Model]) { entity { id } } } }`,
    );
    expect(talk.mentions.map((m) => m.entity.id)).toEqual([FX.quokka, FX.lee]);
  });

  it('resolves node(id) to the concrete type of every label', async () => {
    const ids = [
      FX.talk1,
      FX.kim,
      FX.zorbanet,
      FX.quokka,
      FX.conf,
      FX.squirrel,
      FX.nlp,
      FX.sourceA,
      CAREER_ORDER[0],
    ];
    const query = `{ ${ids.map((id, i) => `n${i}: node(id: "${id}") { __typename id type label }`).join(' ')} }`;
    const result = await data<Record<string, { __typename: string; id: string; type: string }>>(query);
    expect(Object.values(result).map((n) => [n.__typename, n.type])).toEqual([
      ['Talk', 'Talk'],
      ['Person', 'Person'],
      ['Institution', 'Institution'],
      ['Model', 'Model'],
      ['Conference', 'Conference'],
      ['Dataset', 'Dataset'],
      ['Topic', 'Topic'],
      ['Source', 'Source'],
      ['CareerDecision', 'CareerDecision'],
    ]);
  });

  it('answers null, not an error, for ids that match nothing or the wrong type', async () => {
    const result = await data<Record<string, unknown>>(`{
      node(id: "talk:apitest-missing") { id }
      talk(id: "${FX.kim}") { id }
      person(id: "person:apitest-nobody") { id }
      careerPath(personId: "person:apitest-nobody") { id }
      relatedTalks(talkId: "talk:apitest-missing") { score }
      neighborhood(id: "model:apitest-missing") { truncated }
      path(from: "${FX.kim}", to: "model:apitest-missing") { truncated }
    }`);
    expect(Object.values(result)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('person(id) and entities', () => {
  it('answers a person with talks, decisions, affiliations and links', async () => {
    const { person } = await data<{ person: Record<string, unknown> }>(`{ person(id: "${FX.kim}") {
      name aliases unnamed
      talks { totalCount edges { node { id } } }
      decisions { id }
      affiliations { institution { id } role since until talk { id } }
    } }`);
    expect(person).toMatchObject({
      name: '김테스트',
      aliases: ['김테스트', 'Kim Testa'],
      unnamed: false,
      talks: { totalCount: 1, edges: [{ node: { id: FX.talk1 } }] },
      affiliations: [
        { institution: { id: FX.univ }, role: 'student', since: 2015, until: 2018, talk: { id: FX.talk1 } },
        { institution: { id: FX.zorbanet }, role: 'research scientist', since: 2018, until: null },
      ],
    });
    expect((person['decisions'] as { id: string }[]).map((d) => d.id)).toEqual(CAREER_ORDER);
  });

  it('lists the people linked to an institution, with how, and its affiliations', async () => {
    const { node } = await data<{ node: Record<string, unknown> }>(`{ node(id: "${FX.zorbanet}") {
      ... on Institution { kind aliases
        people { totalCount edges { via node { id } } }
        affiliations { person { id } since }
        mentionedIn { totalCount edges { count snippet node { id } } } } } }`);
    expect(node).toMatchObject({
      kind: 'company',
      aliases: ['Zorbanet Labs', '조르바넷'],
      people: {
        totalCount: 2,
        edges: [
          { node: { id: FX.kim }, via: expect.arrayContaining(['affiliated', 'decision', 'spoke_about']) },
          { node: { id: FX.lee }, via: expect.arrayContaining(['affiliated', 'spoke_about']) },
        ],
      },
      affiliations: [
        { person: { id: FX.kim }, since: 2018 },
        { person: { id: FX.lee }, since: 2020 },
      ],
      mentionedIn: {
        totalCount: 2,
        // By title: 'Apitest Q&A' sorts before 'Apitest 커리어 이야기'.
        edges: [
          { node: { id: FX.talk2 }, count: 1, snippet: '조르바넷에서' },
          { node: { id: FX.talk1 }, count: 3, snippet: 'joined Zorbanet Labs after the degree' },
        ],
      },
    });
  });

  it('pages the talks that mention an entity with cursors, without repeats or gaps', async () => {
    const query = `query($after: String) { node(id: "${FX.quokka}") { ... on Entity {
      mentionedIn(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { node: { mentionedIn: Page<{ id: string }> } } = await data(query, { after });
      const page = result.node.mentionedIn;
      expect(page.totalCount).toBe(9);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(9);
    expect(seen).toContain(FX.talk3);
  });
});

describe('talks(first, after, filter)', () => {
  const TALKS = `query($first: Int, $after: String, $filter: TalkFilter) {
    talks(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }`;

  it('pages by title through a filtered set', async () => {
    const filter = { speaker: FX.park };
    const first = await data<{ talks: Page<{ id: string; title: string }> }>(TALKS, { first: 4, filter });
    expect(first.talks.totalCount).toBe(6);
    expect(first.talks.pageInfo.hasNextPage).toBe(true);
    expect(first.talks.edges.map((e) => e.node.title)).toEqual([
      'Apitest page 01',
      'Apitest page 02',
      'Apitest page 03',
      'Apitest page 04',
    ]);
    const after = first.talks.pageInfo.endCursor;
    const second = await data<{ talks: Page<{ id: string }> }>(TALKS, { first: 4, after, filter });
    expect(second.talks.edges.map((e) => e.node.id)).toEqual([FX.pageTalks[4], FX.pageTalks[5]]);
    expect(second.talks.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('filters by entity, year and series, together', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await data<{ talks: Page<{ id: string }> }>(TALKS, { first: 100, filter })).talks.edges.map(
        (e) => e.node.id,
      );
    expect(await ids({ entity: FX.zorbanet })).toEqual([FX.talk1, FX.talk2].sort(byTitle));
    expect(await ids({ entity: FX.quokka, year: 2022 })).toEqual([FX.talk2]);
    expect(await ids({ series: 'Apitest Masterclass' })).toEqual([FX.talk1, FX.talk2].sort(byTitle));
    expect(await ids({ series: 'Apitest Weekly', year: 2020, speaker: FX.park })).toHaveLength(6);
    expect(await ids({ speaker: FX.kim, year: 1999 })).toEqual([]);
  });
});

const TITLES: Record<string, string> = { [FX.talk1]: 'Apitest 커리어 이야기', [FX.talk2]: 'Apitest Q&A' };
function byTitle(a: string, b: string): number {
  return (TITLES[a] ?? a) < (TITLES[b] ?? b) ? -1 : 1;
}

describe('careerPath(personId)', () => {
  it('orders steps by year, places undated ones where their talk tells them, and drops retellings', async () => {
    const { careerPath } = await data<{ careerPath: Record<string, unknown>[] }>(`{
      careerPath(personId: "${FX.kim}") { year kind evidence from { id } to { id } talk { id } person { id }
        tellings(first: 1) { decision { id } } } }`);
    // Each move is shown by its first telling (careerPath consolidates decisions into moves).
    expect(careerPath.map((s) => (s['tellings'] as { decision: { id: string } }[])[0]?.decision.id)).toEqual(
      CAREER_ORDER,
    );
    expect(careerPath[3]).toMatchObject({
      kind: 'joined',
      year: 2018,
      from: { id: FX.univ },
      to: { id: FX.zorbanet },
      talk: { id: FX.talk1 },
      person: { id: FX.kim },
      evidence: 'Apitest evidence of joined.',
    });
    expect(careerPath[0]).toMatchObject({ year: null, to: { id: FX.nlp } });
  });

  it('is an empty list for a person without decisions', async () => {
    expect(await data(`{ careerPath(personId: "${FX.park}") { id } }`)).toEqual({ careerPath: [] });
  });
});

describe('relatedTalks(talkId, first)', () => {
  it('answers talks best first, each once, with reasons and the entities shared', () =>
    withFixtureRelated(async () => {
      const { relatedTalks } = await data<{ relatedTalks: Record<string, unknown>[] }>(`{
      relatedTalks(talkId: "${FX.talk1}", first: 5) { talk { id } score reasons shared { id } } }`);
      expect(relatedTalks).toEqual([
        {
          talk: { id: FX.talk2 },
          score: 0.8,
          reasons: RELATED[0]?.reasons,
          shared: [{ id: FX.quokka }, { id: FX.zorbanet }],
        },
        { talk: { id: FX.talk3 }, score: 0.3, reasons: ['QUOKKA-7'], shared: [{ id: FX.quokka }] },
      ]);
      const one = await data<{ relatedTalks: unknown[] }>(
        `{ relatedTalks(talkId: "${FX.talk2}", first: 1) { score } }`,
      );
      expect(one.relatedTalks).toEqual([{ score: 0.8 }]);
    }));
});

describe('search(query, types, first)', () => {
  interface Hit {
    type: string;
    label: string;
    node: { id: string };
    highlight: { text: string; field: string; spans: { start: number; end: number }[] };
  }
  const SEARCH = `query($q: String!, $types: [NodeType!], $first: Int) { search(query: $q, types: $types, first: $first) {
    type label score node { id } highlight { text field spans { start end } } } }`;
  const search = async (q: string, types?: string[], first?: number) =>
    (await data<{ search: Hit[] }>(SEARCH, { q, types, first })).search;

  it('finds English names by the start of a word, case-insensitively, with a highlight', async () => {
    const [hit] = await search('zorba');
    expect(hit).toMatchObject({
      type: 'Institution',
      label: 'Zorbanet Labs',
      node: { id: FX.zorbanet },
      highlight: { text: 'Zorbanet Labs', field: 'name', spans: [{ start: 0, end: 5 }] },
    });
  });

  it('finds Korean names and aliases, and talk titles', async () => {
    expect((await search('가나다'))[0]?.node.id).toBe(FX.univ);
    expect((await search('조르바'))[0]).toMatchObject({
      node: { id: FX.zorbanet },
      highlight: { field: 'alias', text: '조르바넷' },
    });
    const talks = await search('apitest 커리어', ['Talk']);
    expect(talks.map((h) => h.node.id)).toEqual([FX.talk1]);
    expect(talks[0]?.highlight).toEqual({
      text: 'Apitest 커리어 이야기',
      field: 'title',
      spans: [
        { start: 0, end: 7 },
        { start: 8, end: 11 },
      ],
    });
  });

  it('takes Lucene syntax in the input as plain text', async () => {
    expect((await search('QUOKKA-7'))[0]?.node.id).toBe(FX.quokka);
    for (const q of ['"unbalanced', 'a AND (b', '*', 'x:y OR ~2', '\\', '[1 TO 2]']) {
      expect(Array.isArray(await search(q))).toBe(true);
    }
  });

  it('filters by type and bounds the number of hits', async () => {
    expect((await search('apitest', ['Talk'], 3)).length).toBe(3);
    expect(await search('zorbanet', ['Person'])).toEqual([]);
  });
});

describe('neighborhood and path', () => {
  interface Elements {
    nodes: { id: string; type: string; label: string }[];
    edges: { id: string; source: string; target: string; type: string; weight: number | null }[];
    truncated: boolean;
  }
  const ELEMENTS = 'truncated nodes { id type label } edges { id source target type weight }';

  it('answers the nodes within depth 1 and every edge among them, Cytoscape-ready', () =>
    withFixtureRelated(async () => {
      const { neighborhood: g } = await data<{ neighborhood: Elements }>(
        `{ neighborhood(id: "${FX.talk2}", depth: 1) { ${ELEMENTS} } }`,
      );
      expect(g.truncated).toBe(false);
      expect(g.nodes[0]).toEqual({ id: FX.talk2, type: 'Talk', label: 'Apitest Q&A' });
      expect(new Set(g.nodes.map((n) => n.id))).toEqual(
        new Set([
          FX.talk2,
          FX.lee,
          FX.quokka,
          FX.conf,
          FX.zorbanet,
          FX.sourceA,
          FX.talk1,
          'decision:apitest-joined-again',
          'decision:apitest-founded',
        ]),
      );
      const ids = new Set(g.nodes.map((n) => n.id));
      for (const edge of g.edges) {
        expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      }
      expect(g.edges).toContainEqual(
        expect.objectContaining({ source: FX.talk2, target: FX.quokka, type: 'MENTIONS', weight: 4 }),
      );
      // An edge between two neighbours, not through the start: the AFFILIATED_WITH of lee.
      expect(g.edges).toContainEqual(
        expect.objectContaining({ source: FX.lee, target: FX.zorbanet, type: 'AFFILIATED_WITH' }),
      );
      expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    }));

  it('goes deeper through the types asked for only, and says when the limit cut it', async () => {
    const typed = await data<{ neighborhood: Elements }>(
      `{ neighborhood(id: "${FX.quokka}", depth: 3, types: [Talk, Person]) { ${ELEMENTS} } }`,
    );
    const types = new Set(typed.neighborhood.nodes.slice(1).map((n) => n.type));
    expect(types).toEqual(new Set(['Talk', 'Person']));
    expect(typed.neighborhood.nodes.map((n) => n.id)).toContain(FX.park);
    const cut = await data<{ neighborhood: Elements }>(
      `{ neighborhood(id: "${FX.quokka}", depth: 2, limit: 3) { ${ELEMENTS} } }`,
    );
    expect(cut.neighborhood.nodes).toHaveLength(4);
    expect(cut.neighborhood.truncated).toBe(true);
  });

  it('finds the shortest path between two nodes, and says when more were cut', () =>
    withFixtureRelated(async () => {
      const { path } = await data<{ path: Elements }>(
        `{ path(from: "${FX.park}", to: "${FX.conf}", maxLength: 4) { ${ELEMENTS} } }`,
      );
      // park -GIVEN_BY- page talk -MENTIONS- quokka -MENTIONS- talk2 -MENTIONS- conf
      expect(path.nodes.map((n) => n.id)).toEqual(
        expect.arrayContaining([FX.park, FX.quokka, FX.talk2, FX.conf]),
      );
      expect(path.nodes).toHaveLength(5);
      expect(path.truncated).toBe(true); // six page talks make six equally short paths
      const none = await data<{ path: Elements }>(
        `{ path(from: "${FX.park}", to: "${FX.conf}", maxLength: 2) { ${ELEMENTS} } }`,
      );
      expect(none.path).toEqual({ nodes: [], edges: [], truncated: false });
      const self = await data<{ path: Elements }>(
        `{ path(from: "${FX.kim}", to: "${FX.kim}") { nodes { id } } }`,
      );
      expect(self.path.nodes).toEqual([{ id: FX.kim }]);
    }));
});

describe('stats', () => {
  it('counts by label and relationship type, and has a years histogram of talks and decisions', async () => {
    const { stats } = await data<{
      stats: {
        labels: { name: string; count: number }[];
        relationships: { name: string; count: number }[];
        years: { year: number; talks: number; decisions: number }[];
        undatedTalks: number;
        undatedDecisions: number;
      };
    }>(
      '{ stats { labels { name count } relationships { name count } years { year talks decisions } undatedTalks undatedDecisions } }',
    );
    const count = (list: { name: string; count: number }[], name: string) =>
      list.find((c) => c.name === name)?.count ?? 0;
    expect(count(stats.labels, 'Talk')).toBeGreaterThanOrEqual(9);
    expect(count(stats.labels, 'CareerDecision')).toBeGreaterThanOrEqual(7);
    expect(count(stats.relationships, 'AFFILIATED_WITH')).toBeGreaterThanOrEqual(3);
    const year = (y: number) => stats.years.find((b) => b.year === y);
    expect(year(2020)?.talks).toBeGreaterThanOrEqual(6);
    expect(year(2015)?.decisions).toBeGreaterThanOrEqual(1);
    expect(stats.years.map((b) => b.year)).toEqual([...stats.years.map((b) => b.year)].sort((a, b) => a - b));
    expect(stats.undatedTalks).toBeGreaterThanOrEqual(1);
    expect(stats.undatedDecisions).toBeGreaterThanOrEqual(3);
  });
});

describe('round trips to Neo4j', () => {
  // `first` as a literal: in a variable the cost analysis counts it as the largest page (100).
  const nested = (
    first: number,
  ) => `{ talks(first: ${first}, filter: {series: "Apitest Weekly"}) { edges { node {
    title sourcePath source { path }
    speakers { name talks(first: 3) { edges { node { title } } } affiliations { institution { name } } }
    mentions { count entity { name mentionedIn(first: 2) { totalCount } } }
    decisions { kind to { name } }
    relatedTalks { score talk { title } }
  } } } }`;

  it('are one per field of the query, however many items each level holds', async () => {
    const counts: number[] = [];
    for (const first of [1, 3, 6]) {
      app.trips.length = 0;
      await data(nested(first));
      counts.push(app.trips.length);
    }
    // talks, source (+sourcePath), speakers, speakers' talks, affiliations, mentions,
    // mentionedIn, decisions, relatedTalks: 9 (decisions are empty, so `to` never runs).
    expect(counts).toEqual([9, 9, 9]);
  });

  it('are shared by aliases of the root id fields', async () => {
    app.trips.length = 0;
    await data(
      `{ a: talk(id: "${FX.talk1}") { id } b: talk(id: "${FX.talk2}") { id } c: person(id: "${FX.kim}") { id } d: node(id: "${FX.quokka}") { id } }`,
    );
    expect(app.trips).toHaveLength(1);
  });

  it('are one for a career path with everything its steps point at', async () => {
    app.trips.length = 0;
    await data(
      `{ careerPath(personId: "${FX.kim}") { id from { name } to { name } talk { title } person { name } } }`,
    );
    expect(app.trips).toHaveLength(1);
  });
});
