import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphRows } from '../../ingest/load/graph-rows.ts';
import { loadNotes } from '../../ingest/load/load-notes.ts';
import { writeRelatedTalks } from '../../ingest/related/write-related.ts';
import { extractInOrder } from '../../ingest/run/extract-pool.ts';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { writeNotes } from '../support/notes.ts';

/** Notes that share entities, so each talk has related talks. */
function relatedNotes(prefix: string, count: number): Record<string, string> {
  const places = ['네이버', '카카오', 'KAIST', '삼성전자', 'LG AI연구원'];
  const models = ['BERT', 'GPT-3', 'RoBERTa', 'ELECTRA', 'T5'];
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `${prefix}-${i}.md`,
      `# ${prefix} 노트 ${i}\n\n저는 ${2000 + i}년에 ${places[i % 5]}에 입사했습니다. ` +
        `그 뒤 ${2005 + i}년에 ${places[(i + 2) % 5]}로 옮겼고 ${models[i % 5]}와 ${models[(i + 1) % 5]}를 연구했습니다.\n`,
    ]),
  );
}

/** Every RELATED_TO edge of the database, one line each, sorted. */
async function relatedEdges(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Talk)-[r:RELATED_TO]->(b:Talk)
     RETURN a.id + ' ' + b.id + ' ' + toString(r.score) + ' ' + reduce(s = '', x IN r.reasons | s + x + ',') AS line`,
    {},
    { database: DATABASE },
  );
  return records.map((r) => r.get('line') as string).sort();
}

/** As after a fresh start: with no edges to delete first, nothing made two passes wait for each other. */
async function dropRelated(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (:Talk)-[r:RELATED_TO]->(:Talk) DELETE r', {}, { database: DATABASE });
}

async function duplicatePairs(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Talk)-[r:RELATED_TO]->(b:Talk) WITH a, b, count(r) AS n WHERE n > 1 RETURN count(*) AS pairs`,
    {},
    { database: DATABASE },
  );
  return records[0]?.get('pairs') as number;
}

describe('related talks that heal themselves', () => {
  let driver: Driver;
  const graph = () => ({ driver, database: DATABASE });

  beforeAll(async () => {
    driver = await testDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('recomputes them on a rerun after a load died between its notes and the related pass', async () => {
    const dir = writeNotes(relatedNotes('heal', 8));
    const files = Object.keys(relatedNotes('heal', 8)).map((f) => join(dir, f));
    // The load that died: its notes' transactions committed, its related pass never ran.
    const extracted: GraphRows[] = [];
    for await (const note of extractInOrder(files, 0)) {
      if ('rows' in note) {
        extracted.push(note.rows);
      }
    }
    expect(await loadNotes(driver, DATABASE, extracted)).toEqual(Array(8).fill('loaded'));
    const ids = extracted.flatMap((n) => n.talks.map((t) => t.id));

    const rerun = await ingestPaths([dir], { graph: graph() });
    expect(rerun.report.errors).toEqual([]);
    expect(rerun.unchanged).toBe(8);
    const healed = await relatedEdges(driver);
    expect(healed.filter((line) => ids.some((id) => line.startsWith(id))).length).toBeGreaterThan(0);
    expect(rerun.related).toBe(healed.length);
    // The same edges as a pass over the same graph computes from scratch.
    await writeRelatedTalks(driver, DATABASE);
    expect(await relatedEdges(driver)).toEqual(healed);

    // Nothing is stale any more: a second rerun leaves the edges as they are.
    const again = await ingestPaths([dir], { graph: graph() });
    expect(again.related).toBe(healed.length);
    expect(await relatedEdges(driver)).toEqual(healed);
  });

  it('never doubles a pair when two related passes run at once', async () => {
    await ingestPaths([writeNotes(relatedNotes('twice', 12))], { graph: graph() });
    await dropRelated(driver);
    const [a, b] = await Promise.all([
      writeRelatedTalks(driver, DATABASE),
      writeRelatedTalks(driver, DATABASE),
    ]);
    expect(await duplicatePairs(driver)).toBe(0);
    const edges = await relatedEdges(driver);
    expect(a).toBe(edges.length);
    expect(b).toBe(edges.length);
  });

  it('gives two overlapping loads at once the edges of one clean load, without duplicate pairs', async () => {
    const root = writeNotes(relatedNotes('outer', 20));
    const sub = join(root, 'sub');
    mkdirSync(sub);
    for (const [name, text] of Object.entries(relatedNotes('inner', 20))) {
      writeFileSync(join(sub, name), text);
    }
    await dropRelated(driver);
    const [whole, part] = await Promise.all([
      // Small batches from opposite ends: each load writes about half and they end together.
      ingestPaths([root], { graph: graph(), batchSize: 4, workers: 0 }),
      ingestPaths([sub, root], { graph: graph(), batchSize: 4, workers: 0 }),
    ]);
    expect([...whole.report.errors, ...part.report.errors]).toEqual([]);
    expect(whole.loaded + part.loaded).toBe(40);
    expect(await duplicatePairs(driver)).toBe(0);
    const concurrent = await relatedEdges(driver);
    await writeRelatedTalks(driver, DATABASE);
    expect(await relatedEdges(driver)).toEqual(concurrent);
  });
});
