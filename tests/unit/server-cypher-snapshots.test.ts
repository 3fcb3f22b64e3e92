/**
 * The final Cypher of every GraphQL operation the server runs, as @neo4j/graphql's TCK shows it:
 * each operation with representative arguments is executed against a fake driver that records
 * `run(query, params)` and answers with canned rows, and the round trips are written to
 * tests/unit/__cypher__/<operation>.cypher. A change to a shared fragment (nodeRow, findNode,
 * the elements projection…) so shows, in review, in every statement it reaches. What the Cypher
 * does is tested against real Neo4j in tests/integration; this only shows the text.
 *
 * After an intended change: `npx vitest run tests/unit/server-cypher-snapshots.test.ts -u`.
 */
import { execute, Kind, parse } from 'graphql';
import { type Driver, isInt, Record as Neo4jRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../graph/model.ts';
import { Executor } from '../../server/executor.ts';
import { schema } from '../../server/schema/index.ts';
import { RequestLoaders } from '../../server/schema/loaders.ts';

interface RoundTrip {
  cypher: string;
  params: Record<string, unknown>;
}

type Row = Record<string, unknown>;

/** Rows for the first statement that contains `fragment` (each answer is used once). */
type Answer = [fragment: string, rows: Row[]];

/**
 * A driver whose read transactions record each statement and answer it with the first unused
 * canned answer whose fragment the statement contains (none: no rows).
 */
function recordingDriver(answers: Answer[]): { driver: Driver; trips: RoundTrip[]; unused: Answer[] } {
  const trips: RoundTrip[] = [];
  const unused = [...answers];
  const run = async (cypher: string, params: Record<string, unknown>) => {
    trips.push({ cypher, params });
    const at = unused.findIndex(([fragment]) => cypher.includes(fragment));
    const rows = at < 0 ? [] : (unused.splice(at, 1)[0]?.[1] ?? []);
    return { records: rows.map((row) => new Neo4jRecord(Object.keys(row), Object.values(row))) };
  };
  const session = {
    executeRead: <T>(work: (tx: { run: typeof run }) => Promise<T>) => work({ run }),
    close: async () => undefined,
  };
  return { driver: { session: () => session } as unknown as Driver, trips, unused };
}

/** A node as the API's projection returns it: every column, null where the label has none. */
function node(type: string, id: string, props: Row = {}): Row {
  const columns = ['name', 'title', 'date', 'language', 'series', 'url', 'position', 'aliases', 'kind'];
  const more = ['unnamed', 'summary', 'evidence', 'year', 'offset', 'path', 'sha256'];
  return { ...Object.fromEntries([...columns, ...more].map((c) => [c, null])), type, id, ...props };
}

const talk = node('Talk', 'talk:t1', { title: 'Scaling laws', date: '2021-05-01' });
const person = node('Person', 'person:kim', { name: 'Kim', aliases: ['Kim'] });
const naver = node('Institution', 'institution:naver', { name: 'Naver', kind: 'company' });
const source = node('Source', 'source:s1', { path: 'notes/a.md', sha256: 'ab12' });
const decision = node('CareerDecision', 'decision:d1', {
  kind: 'joined',
  year: 2018,
  summary: 'joined Naver',
});

/** A CareerMove row as moveRow() projects it. */
function move(id: string): Row {
  return {
    id,
    person: 'person:kim',
    kind: 'joined',
    year: 2018,
    placedYear: 2018,
    years: [2018],
    yearTalks: [1],
    yearConflict: false,
    yearRule: null,
    notes: 1,
    talks: 1,
    summary: 'joined Naver',
    evidence: 'I joined Naver in 2018.',
    order: 0,
    placeRoot: 'institution:naver',
    placeRootName: 'Naver',
    placeNode: naver,
    fromNode: null,
    toNode: naver,
    talkNode: talk,
    personNode: person,
  };
}

const elements = { nodes: [{ id: 'person:kim', type: 'Person', label: 'Kim' }], edges: [], truncated: false };

interface Operation {
  /** File name under __cypher__/. */
  name: string;
  document: string;
  variables?: Row;
  /** Canned rows, enough for nested fields to ask for their own reads. */
  answers?: Answer[];
}

const OPERATIONS: Operation[] = [
  {
    name: 'node',
    document: `{ node(id: "person:kim") { id type label } }`,
    answers: [['AS node', [{ id: 'person:kim', node: person }]]],
  },
  {
    name: 'node-moved-talk',
    document: `{ node(id: "talk:old") { id } }`,
    answers: [
      ['previousIds', [{ id: 'talk:old', current: 'talk:t1' }]],
      ['AS node', []],
      ['AS node', [{ id: 'talk:t1', node: talk }]],
    ],
  },
  {
    name: 'talk-own-fields',
    document: `{ talk(id: "talk:t1") { id title date year language series url position } }`,
    answers: [['AS node', [{ id: 'talk:t1', node: talk }]]],
  },
  {
    name: 'talk-with-parts',
    document: `{
      talk(id: "talk:t1") {
        title sourcePath
        speakers { name affiliations { role institution { name } } }
        decisions { kind year person { name } }
        mentions(types: [Model, Institution], first: 10) { count entity { name } }
        writeUps { id }
        relatedTalks(first: 3) { score reasons talk { title } shared { name } }
      }
    }`,
    answers: [
      [
        'AS mentions',
        [
          {
            id: 'talk:t1',
            node: talk,
            speakers: [person],
            source,
            decisions: [decision],
            mentions: [{ entity: naver, count: 2, snippet: '… Naver …', aliases: ['Naver'] }],
          },
        ],
      ],
      ['AS links', [{ id: 'decision:d1', links: { person, talk, from: null, to: naver } }]],
      [
        'RELATED_TO',
        [
          {
            id: 'talk:t1',
            rows: [{ of: 'talk:t1', talk: node('Talk', 'talk:t2'), score: 0.5, reasons: [] }],
          },
        ],
      ],
      ['AS shared', [{ of: 'talk:t1', other: 'talk:t2', shared: [naver] }]],
    ],
  },
  {
    name: 'talks',
    document: `{ talks(first: 2) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`,
    answers: [['AS totalCount', [{ totalCount: 1, rows: [talk] }]]],
  },
  {
    name: 'talks-filtered',
    document: `query ($after: String) {
      talks(first: 5, after: $after, filter: { speaker: "person:kim", entity: "model:bert", year: 2021, series: "AI Talks" }) {
        totalCount
      }
    }`,
    variables: { after: Buffer.from(JSON.stringify(['Scaling laws', 'talk:t1'])).toString('base64url') },
  },
  {
    name: 'person',
    document: `{
      person(id: "person:kim") {
        name unnamed
        talks(first: 3) { totalCount edges { node { title } } }
        affiliations { role since until talk { title } }
        decisions { kind year talk { title } to { name } }
        moves { kind year }
        mentionedIn(first: 3) { totalCount edges { count snippet node { title } } }
        people(first: 3) { totalCount }
      }
    }`,
    answers: [
      ['AS node', [{ id: 'person:kim', node: person }]],
      [
        'AS steps',
        [{ id: 'person:kim', steps: [{ decision, links: { person, talk, from: null, to: naver } }] }],
      ],
    ],
  },
  {
    name: 'institution',
    document: `{
      node(id: "institution:naver") {
        ... on Institution { name kind affiliations { person { name } } people(first: 2) { edges { via node { name } } } }
      }
    }`,
    answers: [['AS node', [{ id: 'institution:naver', node: naver }]]],
  },
  {
    name: 'source',
    document: `{ node(id: "source:s1") { ... on Source { path sha256 talks { title } } } }`,
    answers: [['AS node', [{ id: 'source:s1', node: source }]]],
  },
  {
    name: 'career-path',
    document: `{
      careerPath(personId: "person:kim") {
        id kind year placedYear order toldIn talkCount place { name } talk { title } person { name }
        yearConflict { chosen }
        tellings(first: 3) { evidence year talk { title } source { path } }
      }
    }`,
    // A move stored before views existed comes whole (`full`); one with a view, from its JSON.
    answers: [
      [
        'AS moves',
        [
          {
            id: 'person:kim',
            moves: [
              { view: null, evidence: null, full: move('move:m1') },
              {
                view: JSON.stringify({ ...move('move:m2'), evidence: undefined }),
                evidence: 'e',
                full: null,
              },
            ],
          },
        ],
      ],
    ],
  },
  {
    name: 'career-move',
    document: `{ careerMove(id: "move:m1") { id summary evidence } }`,
    answers: [['AS move', [{ id: 'move:m1', move: move('move:m1') }]]],
  },
  {
    name: 'career-flows',
    document: `{
      careerFlows(groupBy: INSTITUTION_KIND, from: 2015, to: 2022, minPeople: 2, first: 10) {
        people count source { key label } target { key label }
        steps(first: 5) { year person { name } from { id } to { id } }
      }
    }`,
    answers: [
      [
        'AS target',
        [
          {
            source: { key: 'university', label: 'university' },
            target: { key: 'company', label: 'company' },
            people: 1,
            moves: 1,
            steps: [{ person: 'person:kim', from: 'move:m0', to: 'move:m1', year: 2018 }],
          },
        ],
      ],
      ['AS node', [{ id: 'person:kim', node: person }]],
      ['AS move', [{ id: 'move:m1', move: move('move:m1') }]],
    ],
  },
  {
    name: 'likely-duplicates',
    document: `{ likelyDuplicates(first: 5) { score reasons a { id } b { id } } }`,
    answers: [
      [
        'AS family',
        [
          { id: 'institution:naver', name: 'Naver', aliases: ['Naver'], family: [] },
          { id: 'institution:naver-corp', name: 'NAVER Corp.', aliases: [], family: [] },
        ],
      ],
    ],
  },
  {
    name: 'same-move',
    document: `{ sameMove(moveId: "move:m1", first: 5) { total summary others { cameFrom yearsBefore } } }`,
  },
  {
    name: 'related-talks',
    document: `{ relatedTalks(talkId: "talk:t1", first: 3) { score talk { title } } }`,
  },
  {
    name: 'search',
    document: `{ search(query: "bert", first: 5) { label score } }`,
  },
  {
    name: 'search-year-types',
    document: `{ search(query: "naver 2018", types: [Talk, CareerDecision], first: 3) { label } }`,
  },
  {
    name: 'neighborhood',
    document: `{ neighborhood(id: "person:kim") { nodes { id } edges { source target type } truncated } }`,
  },
  {
    name: 'neighborhood-depth-2-weights',
    document: `{
      neighborhood(id: "person:kim", depth: 2, types: [Person, Institution], limit: 50) {
        nodes { id } edges { weight }
      }
    }`,
    answers: [['AS nodes', [elements]]],
  },
  {
    name: 'path',
    document: `{ path(from: "person:kim", to: "institution:naver", maxLength: 3, first: 2) { nodes { id } truncated } }`,
    answers: [['AS nodes', [elements]]],
  },
  {
    name: 'shortest-paths',
    document: `{ shortestPaths(from: "person:kim", to: "institution:naver", maxLength: 3, first: 2) {
      length truncated paths { nodes { id } edges { source target type } }
    } }`,
    answers: [['AS paths', [{ paths: [{ nodes: elements.nodes, edges: [] }] }]]],
  },
  {
    name: 'overview-all-years',
    document: `{ overview { talks people { id } groups { year talks } links { source target type weight } } }`,
  },
  {
    name: 'overview',
    document: `{ overview(limit: 30, from: 2015, to: 2022) {
      talks people { id name talks steps } institutions { id steps } groups { year talks }
      links { source target year type weight }
    } }`,
  },
  {
    name: 'stats',
    document: `{ stats { labels { name count } years { year talks } undatedTalks } }`,
  },
];

/** A parameter as Cypher receives it; driver integers marked, since they are sent as such. */
function showValue(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isInt(v) ? `\u0000${v.toString()}` : v)).replace(
    /"\\u0000(-?\d+)"/g,
    'Integer($1)',
  );
}

function render(operation: Operation, trips: RoundTrip[]): string {
  const lines = [`// GraphQL: ${operation.document.replace(/\s+/g, ' ').trim()}`];
  if (operation.variables) {
    lines.push(`// variables: ${JSON.stringify(operation.variables)}`);
  }
  trips.forEach((trip, i) => {
    lines.push('', `// round trip ${i + 1} of ${trips.length}`);
    for (const [name, value] of Object.entries(trip.params).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`// $${name} = ${showValue(value)}`);
    }
    lines.push(trip.cypher);
  });
  return `${lines.join('\n')}\n`;
}

/** Strings of the parameters (ids, words of the query…), which must never be spliced into the text. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.flatMap(stringsOf);
  }
  if (value && typeof value === 'object' && !isInt(value)) {
    return Object.values(value).flatMap(stringsOf);
  }
  return [];
}

/** Labels and the index name are constants (graph/model.ts), sent as parameters and also in the text. */
const FIXED_WORDS = new Set<string>([...LABELS, 'search_text']);

describe('the Cypher each operation runs', () => {
  it.each(OPERATIONS)('$name', async (operation) => {
    const { driver, trips, unused } = recordingDriver(operation.answers ?? []);
    const executor = new Executor(driver, 'neo4j');
    const result = await execute({
      schema,
      document: parse(operation.document),
      variableValues: operation.variables ?? {},
      contextValue: { executor, loaders: new RequestLoaders(executor) },
    });
    expect(result.errors).toBeUndefined();
    // Every canned answer was asked for: the scenario reaches the nested reads it was written for.
    expect(unused.map(([fragment]) => fragment)).toEqual([]);
    for (const trip of trips) {
      for (const text of stringsOf(trip.params).filter((s) => s.length > 2 && !FIXED_WORDS.has(s))) {
        expect(trip.cypher, `${operation.name}: "${text}" spliced into the Cypher`).not.toContain(text);
      }
    }
    await expect(render(operation, trips)).toMatchFileSnapshot(`__cypher__/${operation.name}.cypher`);
  });

  it('covers every root query field (a new one needs an operation here)', () => {
    const covered = new Set(OPERATIONS.flatMap((op) => rootFields(op.document)));
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields.filter((field) => !covered.has(field))).toEqual([]);
  });
});

function rootFields(document: string): string[] {
  return parse(document).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
      : [],
  );
}
