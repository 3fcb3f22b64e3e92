import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { EntityType } from '../../graph/model.ts';
import { refreshMoves } from '../../ingest/careers/career-moves-store.ts';
import { DATABASE } from './graph.ts';

/**
 * A small, known graph shaped exactly like the ingest writes it (ingest/load/load-notes.ts),
 * for the API tests. Every id carries `apitest-` so it never meets another test's data:
 * loading removes only the nodes of an earlier load of this fixture, never anything else.
 * The people and places are made up.
 */
export const FX = {
  kim: 'person:apitest-kim',
  lee: 'person:apitest-lee',
  park: 'person:apitest-park',
  unnamed: 'person:apitest-unnamed-1',
  zorbanet: 'institution:apitest-zorbanet',
  univ: 'institution:apitest-가나다대학교',
  quokka: 'model:apitest-quokka-7',
  conf: 'conference:apitest-apiconf',
  squirrel: 'dataset:apitest-squirrel-qa',
  nlp: 'topic:apitest-자연어처리',
  sourceA: 'source:apitest-a',
  sourceB: 'source:apitest-b',
  talk1: 'talk:apitest-1',
  talk2: 'talk:apitest-2',
  talk3: 'talk:apitest-3',
  /** Six more talks by park, for paging: talk:apitest-page-1 … -6. */
  pageTalks: [1, 2, 3, 4, 5, 6].map((n) => `talk:apitest-page-${n}`),
} as const;

interface EntityFixture {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
  unnamed?: boolean;
}

const ENTITIES: EntityFixture[] = [
  { id: FX.kim, type: 'Person', name: '김테스트', aliases: ['김테스트', 'Kim Testa'], kind: null },
  { id: FX.lee, type: 'Person', name: '이예시', aliases: ['이예시', 'Lee Examplo'], kind: null },
  { id: FX.park, type: 'Person', name: '박샘플', aliases: ['박샘플'], kind: null },
  {
    id: FX.unnamed,
    type: 'Person',
    name: 'Unnamed author',
    aliases: ['Unnamed author'],
    kind: null,
    unnamed: true,
  },
  {
    id: FX.zorbanet,
    type: 'Institution',
    name: 'Zorbanet Labs',
    aliases: ['Zorbanet Labs', '조르바넷'],
    kind: 'company',
  },
  {
    id: FX.univ,
    type: 'Institution',
    name: '가나다대학교',
    aliases: ['가나다대학교', 'Ganada University'],
    kind: 'university',
  },
  { id: FX.quokka, type: 'Model', name: 'QUOKKA-7', aliases: ['QUOKKA-7', 'Quokka7'], kind: null },
  { id: FX.conf, type: 'Conference', name: 'ApiConf', aliases: ['ApiConf'], kind: null },
  { id: FX.squirrel, type: 'Dataset', name: 'SQuirreL-QA', aliases: ['SQuirreL-QA'], kind: null },
  { id: FX.nlp, type: 'Topic', name: '자연어처리테스트', aliases: ['자연어처리테스트'], kind: null },
];

const pageTalks = FX.pageTalks.map((id, i) => ({
  id,
  title: `Apitest page 0${i + 1}`,
  date: '2020',
  series: 'Apitest Weekly',
  source: FX.sourceB,
  position: i + 1,
}));

const TALKS = [
  {
    id: FX.talk1,
    title: 'Apitest 커리어 이야기',
    date: '2021-03-04',
    series: 'Apitest Masterclass',
    source: FX.sourceA,
    position: 0,
  },
  {
    id: FX.talk2,
    title: 'Apitest Q&A',
    date: '2022-05',
    series: 'Apitest Masterclass',
    source: FX.sourceA,
    position: 1,
  },
  { id: FX.talk3, title: 'Apitest retrospective', date: null, series: null, source: FX.sourceB, position: 0 },
  ...pageTalks,
];

const GIVEN = [
  { talk: FX.talk1, person: FX.kim },
  { talk: FX.talk2, person: FX.lee },
  { talk: FX.talk3, person: FX.unnamed },
  ...FX.pageTalks.map((talk) => ({ talk, person: FX.park })),
];

const MENTIONS = [
  { talk: FX.talk1, entity: FX.zorbanet, count: 3, snippet: 'joined Zorbanet Labs after the degree' },
  { talk: FX.talk1, entity: FX.quokka, count: 2, snippet: 'trained QUOKKA-7 at night' },
  { talk: FX.talk1, entity: FX.univ, count: 1, snippet: '가나다대학교 대학원' },
  { talk: FX.talk1, entity: FX.lee, count: 1, snippet: '이예시 님과 함께' },
  { talk: FX.talk2, entity: FX.quokka, count: 4, snippet: 'QUOKKA-7 questions' },
  { talk: FX.talk2, entity: FX.conf, count: 1, snippet: 'a paper at ApiConf' },
  { talk: FX.talk2, entity: FX.zorbanet, count: 1, snippet: '조르바넷에서' },
  { talk: FX.talk3, entity: FX.squirrel, count: 2, snippet: 'the SQuirreL-QA leaderboard' },
  { talk: FX.talk3, entity: FX.quokka, count: 1, snippet: 'Quokka7 again' },
  { talk: FX.talk3, entity: FX.nlp, count: 1, snippet: '자연어처리테스트 분야' },
  ...FX.pageTalks.map((talk) => ({ talk, entity: FX.quokka, count: 1, snippet: 'QUOKKA-7' })),
].map((m) => ({ ...m, aliases: [m.snippet.split(' ')[0] ?? ''] }));

/**
 * Kim's career, told in three talks. Expected order: d-major (undated, before the first dated
 * step of its talk → 2015), d-grad (2015), d-military (undated, after d-grad → 2015),
 * d-joined (2018), d-founded (2023), d-left (undated, in a talk that dates nothing → last).
 * d-joined-again retells d-joined in another talk and is dropped.
 */
export const DECISIONS = [
  {
    id: 'decision:apitest-major',
    talk: FX.talk1,
    kind: 'major_change',
    year: null,
    offset: 10,
    from: null,
    to: FX.nlp,
  },
  {
    id: 'decision:apitest-grad',
    talk: FX.talk1,
    kind: 'grad_school',
    year: 2015,
    offset: 50,
    from: null,
    to: FX.univ,
  },
  {
    id: 'decision:apitest-military',
    talk: FX.talk1,
    kind: 'military_service',
    year: null,
    offset: 80,
    from: null,
    to: null,
  },
  {
    id: 'decision:apitest-joined',
    talk: FX.talk1,
    kind: 'joined',
    year: 2018,
    offset: 120,
    from: FX.univ,
    to: FX.zorbanet,
  },
  {
    id: 'decision:apitest-joined-again',
    talk: FX.talk2,
    kind: 'joined',
    year: 2018,
    offset: 5,
    from: FX.univ,
    to: FX.zorbanet,
  },
  {
    id: 'decision:apitest-founded',
    talk: FX.talk2,
    kind: 'founded',
    year: 2023,
    offset: 40,
    from: null,
    to: null,
  },
  {
    id: 'decision:apitest-left',
    talk: FX.talk3,
    kind: 'left',
    year: null,
    offset: 7,
    from: FX.zorbanet,
    to: null,
  },
].map((d) => ({
  ...d,
  person: FX.kim,
  summary: `${d.kind} (${d.year ?? '?'})`,
  evidence: `Apitest evidence of ${d.kind}.`,
}));

export const CAREER_ORDER = [
  'decision:apitest-major',
  'decision:apitest-grad',
  'decision:apitest-military',
  'decision:apitest-joined',
  'decision:apitest-founded',
  'decision:apitest-left',
];

const AFFILIATIONS = [
  { person: FX.kim, institution: FX.univ, talk: FX.talk1, role: 'student', since: 2015, until: 2018 },
  {
    person: FX.kim,
    institution: FX.zorbanet,
    talk: FX.talk1,
    role: 'research scientist',
    since: 2018,
    until: null,
  },
  { person: FX.lee, institution: FX.zorbanet, talk: FX.talk2, role: null, since: 2020, until: null },
].map((a) => ({ ...a, evidence: `Apitest affiliation ${a.role ?? ''}`.trim() }));

export const RELATED = [
  { source: FX.talk1, target: FX.talk2, score: 0.8, reasons: ['Zorbanet Labs', 'QUOKKA-7'] },
  { source: FX.talk2, target: FX.talk1, score: 0.7, reasons: ['QUOKKA-7', 'Zorbanet Labs'] },
  { source: FX.talk1, target: FX.talk3, score: 0.3, reasons: ['QUOKKA-7'] },
];

export async function loadApiFixture(driver: Driver): Promise<void> {
  const session = driver.session({ database: DATABASE });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run("MATCH (n) WHERE n.id =~ '[a-z_]+:apitest-.*' DETACH DELETE n");
      await tx.run(
        `UNWIND $sources AS id MERGE (s:Source {id: id}) SET s.path = 'apitest/' + id + '.md', s.name = s.path, s.sha256 = 'apitest'`,
        { sources: [FX.sourceA, FX.sourceB] },
      );
      await tx.run(
        `UNWIND $talks AS row
         MATCH (s:Source {id: row.source})
         MERGE (t:Talk {id: row.id})
         SET t.title = row.title, t.name = row.title, t.date = row.date, t.language = 'ko',
             t.series = row.series, t.url = null, t.position = row.position, t.fingerprint = []
         MERGE (t)-[:FROM_SOURCE]->(s)`,
        { talks: TALKS },
      );
      await tx.run(
        `UNWIND $entities AS row
         MERGE (e:Entity {id: row.id})
         SET e.name = row.name, e.aliases = row.aliases, e.kind = row.kind, e:$(row.type)
         FOREACH (_ IN CASE WHEN row.unnamed THEN [1] ELSE [] END | SET e.unnamed = true)`,
        { entities: ENTITIES },
      );
      await writeRelationships(tx);
      // careerPath reads moves, which a load consolidates from the decisions.
      await refreshMoves(
        tx,
        ENTITIES.filter((e) => e.type === 'Person').map((e) => e.id),
      );
    });
    await writeRelated(driver);
  } finally {
    await session.close();
  }
}

async function writeRelationships(tx: ManagedTransaction): Promise<void> {
  await tx.run(
    'UNWIND $given AS row MATCH (t:Talk {id: row.talk}), (p:Entity {id: row.person}) MERGE (t)-[:GIVEN_BY]->(p)',
    { given: GIVEN },
  );
  await tx.run(
    `UNWIND $mentions AS row MATCH (t:Talk {id: row.talk}), (e:Entity {id: row.entity})
     MERGE (t)-[m:MENTIONS]->(e) SET m.count = row.count, m.snippet = row.snippet, m.aliases = row.aliases`,
    { mentions: MENTIONS },
  );
  await tx.run(
    `UNWIND $decisions AS row
     MATCH (t:Talk {id: row.talk}), (p:Entity {id: row.person})
     MERGE (d:CareerDecision {id: row.id})
     SET d.kind = row.kind, d.year = row.year, d.summary = row.summary, d.name = row.summary,
         d.evidence = row.evidence, d.offset = row.offset
     MERGE (p)-[:DECIDED]->(d)
     MERGE (d)-[:TOLD_IN]->(t)
     WITH d, row
     OPTIONAL MATCH (to:Entity {id: row.to})
     OPTIONAL MATCH (from:Entity {id: row.from})
     FOREACH (x IN CASE WHEN to IS NULL THEN [] ELSE [to] END | MERGE (d)-[:TO]->(x))
     FOREACH (x IN CASE WHEN from IS NULL THEN [] ELSE [from] END | MERGE (d)-[:FROM]->(x))`,
    { decisions: DECISIONS },
  );
  await tx.run(
    `UNWIND $affiliations AS row
     MATCH (p:Entity {id: row.person}), (i:Entity {id: row.institution})
     MERGE (p)-[a:AFFILIATED_WITH {talk: row.talk}]->(i)
     SET a.source = 'apitest', a.role = row.role, a.since = row.since, a.until = row.until, a.evidence = row.evidence`,
    { affiliations: AFFILIATIONS },
  );
}

/**
 * RELATED_TO among the fixture's talks, as written. An ingest running in another test file
 * recomputes RELATED_TO over the whole graph, so tests that read these call this right before.
 */
export async function writeRelated(driver: Driver): Promise<void> {
  await driver.executeQuery(
    `MATCH (a:Talk)-[r:RELATED_TO]-(:Talk) WHERE a.id STARTS WITH 'talk:apitest-' DELETE r
     WITH count(*) AS removed
     UNWIND $related AS row
     MATCH (a:Talk {id: row.source}), (b:Talk {id: row.target})
     MERGE (a)-[r:RELATED_TO]->(b) SET r.score = row.score, r.reasons = row.reasons`,
    { related: RELATED },
    { database: DATABASE },
  );
}
