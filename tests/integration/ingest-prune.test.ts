import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { writeNotes } from '../support/notes.ts';

const note = (title: string, place: string, year: number) =>
  `# ${title}\n\n저는 ${year}년에 ${place}에 입사했습니다. 그 뒤 ${year + 3}년에 KAIST 대학원에 진학했습니다.\n`;

interface StoredTalk {
  id: string;
  title: string;
  file: string;
  sources: number;
  previousIds: string[] | null;
}

/** The talks whose source path lies in the folder, with the file name and how many sources each has. */
async function talksIn(driver: Driver, dir: string): Promise<StoredTalk[]> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE s.path CONTAINS $dir
     RETURN t.id AS id, t.title AS title, split(s.path, '/')[-1] AS file,
       COUNT { (t)-[:FROM_SOURCE]->() } AS sources, t.previousIds AS previousIds
     ORDER BY file`,
    { dir: `${dir.split('/').at(-1)}/` },
    { database: DATABASE },
  );
  return records.map((r) => r.toObject() as StoredTalk);
}

async function existing(driver: Driver, ids: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id',
    { ids },
    { database: DATABASE },
  );
  return records.map((r) => r.get('id') as string);
}

describe('notes renamed, moved or deleted', () => {
  let driver: Driver;
  const graph = () => ({ driver, database: DATABASE });

  beforeAll(async () => {
    driver = await testDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('keeps the talks of a renamed note once, under its new path, and remembers their old ids', async () => {
    const dir = writeNotes({
      'a.md': note('이름이 바뀔 노트', 'Quillmoor Labs', 2011),
      'b.md': note('그대로인 노트', '카카오', 2012),
    });
    const first = await ingestPaths([dir], { graph: graph() });
    expect(first.loaded).toBe(2);
    const before = await talksIn(driver, dir);
    const oldId = before.find((t) => t.file === 'a.md')?.id;

    renameSync(join(dir, 'a.md'), join(dir, 'renamed.md'));
    const second = await ingestPaths([dir], { graph: graph() });
    expect(second.report.errors).toEqual([]);
    expect(second.loaded).toBe(1);
    expect(second.unchanged).toBe(1);
    const after = await talksIn(driver, dir);
    expect(after.map((t) => [t.file, t.title, t.sources])).toEqual([
      ['b.md', '그대로인 노트', 1],
      ['renamed.md', '이름이 바뀔 노트', 1],
    ]);
    // Ids follow the path, as a fresh load of the folder would give them; the old id is kept.
    const moved = after.find((t) => t.file === 'renamed.md');
    expect(moved?.id).not.toBe(oldId);
    expect(moved?.previousIds).toEqual([oldId]);
    expect(await existing(driver, [oldId ?? '?'])).toEqual([]);
    const { records } = await driver.executeQuery(
      `MATCH (e:Institution {id: 'institution:quillmoor-labs'})
       RETURN COUNT { (e)<-[:MENTIONS]-() } + COUNT { (e)<-[:TO]-() } AS links`,
      {},
      { database: DATABASE },
    );
    expect(records[0]?.get('links')).toBe(2);
  });

  it('keeps the talks of a note moved to another folder that is loaded alone', async () => {
    const dir = writeNotes({ 'wander.md': note('옮겨 갈 노트', '네이버', 2013) });
    await ingestPaths([dir], { graph: graph() });
    const elsewhere = writeNotes({});
    renameSync(join(dir, 'wander.md'), join(elsewhere, 'wander.md'));
    const moved = await ingestPaths([elsewhere], { graph: graph() });
    expect(moved.loaded).toBe(1);
    expect(await talksIn(driver, dir)).toEqual([]);
    expect((await talksIn(driver, elsewhere)).map((t) => t.title)).toEqual(['옮겨 갈 노트']);
  });

  it('with prune, removes the talks of deleted notes and what only they said, and nothing else', async () => {
    const dir = writeNotes({
      'keep.md': note('남는 노트', '카카오', 2014),
      'gone.md': note('지워질 노트', 'Brackenfold Robotics', 2015),
      'broken.md': note('읽지 못하게 될 노트', '네이버', 2016),
    });
    const sibling = `${dir}-sibling`;
    mkdirSync(sibling);
    writeFileSync(join(sibling, 'gone.md'), note('옆 폴더의 노트', '삼성전자', 2017));
    await ingestPaths([dir, sibling], { graph: graph() });
    const dry = await ingestPaths([join(dir, 'gone.md')]);
    const goneTalk = dry.report.talks[0]?.id ?? '?';
    const onlyGone = dry.report.entities
      .filter((e) => e.name === 'Brackenfold Robotics' || e.id.startsWith('person:unnamed-'))
      .map((e) => e.id);
    expect(onlyGone).toHaveLength(2);
    const decisions = dry.report.decisions.map((d) => d.id);
    expect(await existing(driver, [goneTalk, ...onlyGone, ...decisions])).toHaveLength(
      2 + decisions.length + 1,
    );

    rmSync(join(dir, 'gone.md'));
    // A note that fails to read this run is still there: it is not pruned.
    writeFileSync(join(dir, 'broken.md'), '');
    const pruned = await ingestPaths([dir], { graph: graph(), prune: true });
    expect(pruned.report.errors.map((e) => e.source.split('/').at(-1))).toEqual(['broken.md']);
    expect(pruned.pruned).toBe(1);
    expect((await talksIn(driver, dir)).map((t) => t.file)).toEqual(['broken.md', 'keep.md']);
    expect((await talksIn(driver, sibling)).map((t) => t.file)).toEqual(['gone.md']);
    expect(await existing(driver, [goneTalk, ...onlyGone, ...decisions])).toEqual([]);
    expect(await existing(driver, ['institution:kaist', 'institution:kakao'])).toHaveLength(2);

    // Without prune, a deleted note stays.
    rmSync(join(sibling, 'gone.md'));
    const kept = await ingestPaths([sibling], { graph: graph() });
    expect(kept.pruned).toBe(0);
    expect((await talksIn(driver, sibling)).map((t) => t.file)).toEqual(['gone.md']);
  });

  it('prunes from the command line: npm run ingest -- --prune FOLDER', async () => {
    const dir = writeNotes({
      'stays.md': note('명령줄에서 남는 노트', '카카오', 2018),
      'leaves.md': note('명령줄에서 지워질 노트', '네이버', 2019),
    });
    await ingestPaths([dir], { graph: graph() });
    rmSync(join(dir, 'leaves.md'));
    const cli = join(import.meta.dirname, '..', '..', 'ingest', 'cli.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, '--prune', '--workers', '0', dir], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    expect(run.stderr).toMatch(/sources pruned \(gone from the given folders\): 1, talks removed: 1/);
    expect(run.status).toBe(0);
    expect((await talksIn(driver, dir)).map((t) => t.file)).toEqual(['stays.md']);
  });
});
