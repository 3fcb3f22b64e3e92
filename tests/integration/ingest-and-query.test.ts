import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { countNodes, DATABASE, testDriver } from '../support/graph.ts';
import { postGraphql, type RunningServer, startServer } from '../support/http.ts';
import { writeNotes } from '../support/notes.ts';

const TALKS = `query($after: String) { talks(first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title date language sourcePath speakers { id name } } } } }`;

interface TalkNode {
  id: string;
  title: string;
  date: string | null;
  language: string;
  sourcePath: string | null;
  speakers: { id: string; name: string }[];
}
type TalksData = {
  talks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: TalkNode }[];
  };
};

async function allTalks(url: string): Promise<TalkNode[]> {
  const talks: TalkNode[] = [];
  let after: string | null = null;
  do {
    const { body } = await postGraphql<TalksData>(url, TALKS, { after });
    expect(body.errors).toBeUndefined();
    const page: TalksData['talks'] = (body.data as TalksData).talks;
    talks.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return talks;
}

describe('notes → Neo4j → GraphQL over HTTP', () => {
  let driver: Driver;
  let server: RunningServer;
  let dir: string;
  const graph = () => ({ driver, database: DATABASE });

  beforeAll(async () => {
    driver = await testDriver();
    server = await startServer(driver);
    dir = writeNotes({
      'first.md':
        '---\ntitle: 커리어 이야기 하나\nspeakers: [김테스트]\ndate: 2021-03-04\n---\n\n본문입니다. BERT 이야기.\n',
      'second.txt': '\n\nA talk about leaving a lab for a startup\n\nSome notes in English.\n',
    });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('ingests two notes and serves them back with title, date, language and speaker', async () => {
    const { report, loaded } = await ingestPaths([dir], { graph: graph() });
    expect(report.errors).toEqual([]);
    expect(loaded).toBe(2);

    const ours = (await allTalks(server.url)).filter((t) => report.talks.some((r) => r.id === t.id));
    expect(ours.map((t) => t.title).sort()).toEqual([
      'A talk about leaving a lab for a startup',
      '커리어 이야기 하나',
    ]);
    const korean = ours.find((t) => t.title === '커리어 이야기 하나');
    expect(korean).toMatchObject({ date: '2021-03-04', language: 'ko', speakers: [{ name: '김테스트' }] });
    expect(korean?.sourcePath).toMatch(/first\.md$/);
    expect(ours.find((t) => t.title.startsWith('A talk'))?.language).toBe('en');
  });

  it('leaves the same graph when the same notes are ingested again', async () => {
    const first = await ingestPaths([dir], { graph: graph() });
    const ids = first.report.talks.map((t) => t.id);
    const again = await ingestPaths([dir], { graph: graph() });
    expect(again.unchanged).toBe(2);
    expect(again.loaded).toBe(0);
    expect(await countNodes(driver, 'Talk', ids)).toBe(2);
    const speakers = first.report.entities.map((e) => e.id);
    expect(await countNodes(driver, 'Person', speakers)).toBe(1);
  });

  it('replaces what a changed note contributed, and nothing else', async () => {
    const before = await ingestPaths([dir], { graph: graph() });
    writeFileSync(join(dir, 'first.md'), '---\ntitle: 고쳐 쓴 제목\nspeakers: [이바뀜]\n---\n\n새 본문.\n');
    const after = await ingestPaths([dir], { graph: graph() });
    expect(after.loaded).toBe(1);
    expect(after.unchanged).toBe(1);

    const talks = await allTalks(server.url);
    const changed = talks.find(
      (t) => t.sourcePath?.endsWith('first.md') && t.sourcePath.includes(dir.split('/').at(-1) ?? '?'),
    );
    expect(changed).toMatchObject({ title: '고쳐 쓴 제목', speakers: [{ name: '이바뀜' }] });
    const untouched = before.report.talks.find((t) => t.source.endsWith('second.txt'));
    expect(talks.some((t) => t.id === untouched?.id)).toBe(true);
    // The old speaker keeps its node only if something else still links it; the talk no longer does.
    expect(changed?.speakers.some((s) => s.name === '김테스트')).toBe(false);
  });

  it('still finds a talk by the id it had before its note was renamed', async () => {
    const folder = writeNotes({ 'before.md': '---\ntitle: 옮겨질 노트\n---\n\n본문입니다.\n' });
    const first = await ingestPaths([folder], { graph: graph() });
    const oldId = first.report.talks[0]?.id ?? '';
    renameSync(join(folder, 'before.md'), join(folder, 'after.md'));
    const second = await ingestPaths([folder], { graph: graph() });
    const newId = second.report.talks[0]?.id ?? '';
    expect(newId).not.toBe(oldId);

    const query = 'query($id: ID!) { talk(id: $id) { id title } node(id: $id) { id } }';
    const { body } = await postGraphql<{ talk: { id: string; title: string }; node: { id: string } }>(
      server.url,
      query,
      { id: oldId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ talk: { id: newId, title: '옮겨질 노트' }, node: { id: newId } });
    const missing = await postGraphql(server.url, query, { id: 'talk:0000000000000000' });
    expect(missing.body.data).toEqual({ talk: null, node: null });
  });

  it('pages through talks with cursors without repeats or gaps', async () => {
    // A series of this test's own: other test files add talks to the shared engine meanwhile.
    const series = `paging-${Date.now()}`;
    const notes = Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [
        `p${n}.md`,
        `---\ntitle: 페이지 ${n}\nseries: ${series}\n---\n본문 ${n}\n`,
      ]),
    );
    await ingestPaths([writeNotes(notes)], { graph: graph() });
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { body } = await postGraphql<TalksData>(
        server.url,
        `query($after: String, $series: String) { talks(first: 2, after: $after, filter: { series: $series }) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`,
        { after, series },
      );
      const page: TalksData['talks'] = (body.data as TalksData).talks;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.title));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(5);
    expect(seen).toEqual(['페이지 1', '페이지 2', '페이지 3', '페이지 4', '페이지 5']);
  });

  it('answers stats with counts read from the graph', async () => {
    const { body } = await postGraphql<{ stats: { labels: { name: string; count: number }[] } }>(
      server.url,
      '{ stats { labels { name count } relationships { name count } } }',
    );
    const talks = body.data?.stats.labels.find((l) => l.name === 'Talk')?.count;
    const direct = await driver.executeQuery(
      'MATCH (t:Talk) RETURN count(t) AS n',
      {},
      { database: DATABASE },
    );
    expect(talks).toBe(direct.records[0]?.get('n'));
    expect(talks).toBeGreaterThanOrEqual(2);
  });

  it('refuses a page size over the bound with a clear input error', async () => {
    const { body } = await postGraphql(server.url, '{ talks(first: 1000) { totalCount } }');
    expect(body.errors?.[0]?.message).toMatch(/"first" must be between 0 and 100/);
  });
});
