import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { dumpSourceGraph, storedText } from '../support/graph-dump.ts';
import { writeNotes } from '../support/notes.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

async function query<T>(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: DATABASE });
  return records.map((r) => r.toObject() as T);
}

describe('loading extracted notes into Neo4j', () => {
  let driver: Driver;
  const graph = () => ({ driver, database: DATABASE });

  beforeAll(async () => {
    driver = await testDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('loads the seeds twice into the same graph, with mentions, decisions and related talks', async () => {
    const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const first = await ingestPaths([SEEDS], { graph: graph() });
    expect(first.report.errors).toEqual([]);
    const before = await dumpSourceGraph(driver, seedFiles);
    const again = await ingestPaths([SEEDS], { graph: graph() });
    expect(again.unchanged).toBe(seedFiles.length);
    expect(await dumpSourceGraph(driver, seedFiles)).toEqual(before);

    const counts = await query<{ mentions: number; decisions: number; related: number }>(
      driver,
      `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE any(p IN $files WHERE s.path ENDS WITH p)
       RETURN sum(COUNT { (t)-[:MENTIONS]->() }) AS mentions, sum(COUNT { (t)<-[:TOLD_IN]-() }) AS decisions,
              sum(COUNT { (t)-[:RELATED_TO]-() }) AS related`,
      { files: seedFiles },
    );
    expect(counts[0]?.mentions).toBeGreaterThan(20);
    expect(counts[0]?.decisions).toBeGreaterThan(3);
    expect(counts[0]?.related).toBeGreaterThan(0);
  });

  it('keeps every spelling of an entity as aliases of one node, with evidence on each mention', async () => {
    const dir = writeNotes({
      'a.md': '# 네이버 이야기\n\n저는 2018년에 네이버에 입사했습니다. NAVER에서 BERT를 연구했습니다.\n',
      'b.md': '# Naver talk\n\nShe joined Naver in 2019 and worked on GPT-3.\n',
    });
    const { report } = await ingestPaths([dir], { graph: graph() });
    const naver = report.entities.find((e) => e.type === 'Institution' && e.aliases.includes('NAVER'));
    expect(naver?.aliases).toEqual(expect.arrayContaining(['네이버', 'NAVER']));
    const rows = await query<{ aliases: string[]; snippets: string[]; talks: number }>(
      driver,
      `MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(t:Talk)
       RETURN e.aliases AS aliases, collect(m.snippet) AS snippets, count(t) AS talks`,
      { id: naver?.id },
    );
    expect(rows[0]?.aliases).toEqual(expect.arrayContaining(['네이버', 'NAVER', 'Naver']));
    expect(rows[0]?.talks).toBeGreaterThanOrEqual(2);
    expect(rows[0]?.snippets.every((s) => s.length > 0 && s.length <= 160)).toBe(true);
  });

  it('replaces what a changed note said, and leaves other notes and shared entities alone', async () => {
    const dir = writeNotes({
      'keep.md': '# 유지되는 노트\n\n카카오에서 일하다가 KAIST 대학원에 진학했다.\n',
      'change.md': '# 바뀌는 노트\n\n2017년에 카카오에 입사했다. 이 노트는 RoBERTa 이야기를 한다.\n',
    });
    const first = await ingestPaths([dir], { graph: graph() });
    const changeTalk = first.report.talks.find((t) => t.source.endsWith('change.md'))?.id;
    const roberta = first.report.entities.find((e) => e.name === 'RoBERTa');
    expect(roberta).toBeDefined();

    writeFileSync(join(dir, 'change.md'), '# 바뀌는 노트\n\n이제 이 노트는 ELECTRA 이야기만 한다.\n');
    const second = await ingestPaths([dir], { graph: graph() });
    expect(second.loaded).toBe(1);
    expect(second.unchanged).toBe(1);

    const mentioned = await query<{ name: string }>(
      driver,
      'MATCH (:Talk {id: $id})-[:MENTIONS]->(e) RETURN e.name AS name',
      { id: changeTalk },
    );
    expect(mentioned.map((m) => m.name)).toContain('ELECTRA');
    expect(mentioned.map((m) => m.name)).not.toContain('RoBERTa');
    const decisions = await query<{ n: number }>(
      driver,
      'MATCH (:Talk {id: $id})<-[:TOLD_IN]-(d) RETURN count(d) AS n',
      { id: changeTalk },
    );
    expect(decisions[0]?.n).toBe(0);
    // The other note still links the shared entity it mentions.
    const kept = await query<{ n: number }>(
      driver,
      `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk)-[:MENTIONS]->(e:Institution)
       WHERE s.path ENDS WITH 'keep.md' AND s.path CONTAINS $dir RETURN count(e) AS n`,
      { dir: dir.split('/').at(-1) },
    );
    expect(kept[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('lets two loads of the same notes run at once without errors or duplicates', async () => {
    const notes = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((n) => [
        `c${n}.md`,
        `# 동시 ${n}\n\n${2010 + n}년에 네이버에 입사했고 BERT와 KAIST 이야기를 했다.\n`,
      ]),
    );
    const dir = writeNotes(notes);
    const [a, b] = await Promise.all([
      ingestPaths([dir], { graph: graph() }),
      ingestPaths([dir], { graph: graph() }),
    ]);
    expect([...a.report.errors, ...b.report.errors]).toEqual([]);
    expect(a.loaded + a.unchanged).toBe(6);
    const talks = await query<{ n: number }>(
      driver,
      'MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE s.path CONTAINS $dir RETURN count(t) AS n',
      { dir: dir.split('/').at(-1) },
    );
    expect(talks[0]?.n).toBe(6);
    // Each note's source lock lets exactly one of the two loads write it, so nothing is doubled.
    expect(a.loaded + b.loaded).toBe(6);
    const doubled = await query<{ n: number }>(
      driver,
      `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk)-[m:MENTIONS|GIVEN_BY]->(e) WHERE s.path CONTAINS $dir
       WITH t, e, type(m) AS kind, count(m) AS copies WHERE copies > 1 RETURN count(*) AS n`,
      { dir: dir.split('/').at(-1) },
    );
    expect(doubled[0]?.n).toBe(0);
  });

  it('never stores an e-mail address or phone number found in a note', async () => {
    const dir = writeNotes({
      'contact.md':
        '# 연락처가 있는 노트\n\n문의: someone.private@example.com, 010-1234-5678\n\n2019년에 삼성전자에 입사했다.\n',
    });
    const { report } = await ingestPaths([dir], { graph: graph() });
    expect(JSON.stringify(report)).not.toMatch(/private@example|1234-5678/);
    const stored = await storedText(driver, dir.split('/').at(-1) ?? '?');
    expect(stored).toContain('Samsung');
    expect(stored).not.toMatch(/private@example|1234-5678/);
  });

  it('writes many notes per transaction, and when a batch fails, still loads every note but the bad one', async () => {
    const notes = Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [
        `batch-${n}.md`,
        `# 배치 노트 ${n}\n\n저는 ${2010 + n}년에 카카오에 입사했습니다. 그 뒤 ${2014 + n}년에 KAIST 대학원에 진학했습니다.\n`,
      ]),
    );
    const dir = writeNotes(notes);
    const dry = await ingestPaths([dir]);
    const bad = dry.report.decisions.find((d) =>
      dry.report.talks.find((t) => t.id === d.talk)?.source.endsWith('batch-3.md'),
    );
    expect(bad).toBeDefined();
    // A node already holding that decision's id makes the third note's write fail on its own.
    await driver.executeQuery('CREATE (:CareerDecision {id: $id})', { id: bad?.id }, { database: DATABASE });

    const result = await ingestPaths([dir], { graph: graph(), batchSize: 5 });
    expect(result.loaded).toBe(4);
    expect(result.report.errors.map((e) => e.source.split('/').at(-1))).toEqual(['batch-3.md']);
    expect(result.report.errors[0]?.message).toMatch(/already exists|constraint/i);
    // The batch's error did not say which note it hit; the note's own retry names it.
    expect(result.report.errors[0]?.message).toMatch(/batch-3\.md: could not be written: /);
    const stored = await query<{ file: string; decisions: number }>(
      driver,
      `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE s.path CONTAINS $dir
       RETURN split(s.path, '/')[-1] AS file, COUNT { (t)<-[:TOLD_IN]-() } AS decisions ORDER BY file`,
      { dir: dir.split('/').at(-1) },
    );
    expect(stored.map((r) => r.file)).toEqual(['batch-1.md', 'batch-2.md', 'batch-4.md', 'batch-5.md']);
    expect(stored.every((r) => r.decisions >= 2)).toBe(true);
  });

  it('ends a load with the error of a failing progress callback', async () => {
    const dir = writeNotes(
      Object.fromEntries(
        [1, 2, 3, 4].map((n) => [
          `progress-${n}.md`,
          `# 진행 ${n}\n\n저는 ${2000 + n}년에 카카오에 입사했습니다.\n`,
        ]),
      ),
    );
    const load = ingestPaths([dir], {
      graph: graph(),
      // Batches of two: the callback fails inside a write while later notes are still read.
      batchSize: 2,
      onProgress: (done) => {
        if (done === 1) {
          throw new Error('progress display broke');
        }
      },
    });
    await expect(load).rejects.toThrow('progress display broke');
  });
});
