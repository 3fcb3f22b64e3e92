import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp } from '../../app/app.ts';
import { neo4jSettingsFromEnv } from '../../graph/settings.ts';
import { fillMissingMoves } from '../../ingest/careers/fill-missing-moves.ts';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { apiSettingsFromEnv } from '../../server/settings.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

/**
 * Issue 13: a graph loaded before career moves existed (decisions, no CareerMove nodes, no
 * SAME_TALK or NARRATED_BY links) gets them from the next ingest, even one that finds every note
 * unchanged, and from the start-up of the app on a graph that is not empty; twice is once.
 * (Write-ups of a talk that tells no career step are linked when their note is next loaded.)
 */
let driver: Driver;
const graph = () => ({ driver, database: DATABASE });

/** A made-up first-person note whose unnamed author tells their own steps (a NARRATED_BY link). */
const UNNAMED_AUTHOR_NOTE = 'tests/fixtures/eval-notes/how-i-got-into-nlp.txt';
const NOTES = ['corpus', UNNAMED_AUTHOR_NOTE];
/** Sources of this file's notes (paths are stored relative to the working directory). */
const OURS = `(s.path STARTS WITH 'corpus/' OR s.path = '${UNNAMED_AUTHOR_NOTE}')`;

// The notes' people and talks, whatever other files left in the shared database.
const CORPUS_PEOPLE = `MATCH (p:Person)-[:DECIDED]->(:CareerDecision)-[:TOLD_IN]->(:Talk)-[:FROM_SOURCE]->(s:Source)
  WHERE ${OURS} RETURN collect(DISTINCT p.id) AS ids`;

async function snapshot(): Promise<{ moves: string[]; sameTalk: number; narrated: number }> {
  const people = (await driver.executeQuery(CORPUS_PEOPLE, {}, { database: DATABASE })).records[0]?.get(
    'ids',
  ) as string[];
  const { records } = await driver.executeQuery(
    `MATCH (m:CareerMove) WHERE m.person IN $people
     WITH m ORDER BY m.id
     WITH collect(m.id + ' ' + m.kind + ' ' + coalesce(toString(m.year), '-') + ' #' + toString(m.order)
       + ' ' + toString(m.notes)) AS moves
     RETURN moves,
       COUNT { (o:Talk)-[r:SAME_TALK]->(t:Talk)-[:FROM_SOURCE]->(s:Source) WHERE ${OURS}
         AND (EXISTS { (o)<-[:TOLD_IN]-() } OR EXISTS { (t)<-[:TOLD_IN]-() }) } AS sameTalk,
       COUNT { (t:Talk)-[:NARRATED_BY]->() WHERE EXISTS { (t)-[:FROM_SOURCE]->(s:Source) WHERE ${OURS} } } AS narrated`,
    { people },
    { database: DATABASE },
  );
  const row = records[0];
  return {
    moves: row?.get('moves') as string[],
    sameTalk: row?.get('sameTalk') as number,
    narrated: row?.get('narrated') as number,
  };
}

/** What a graph written before career moves existed looks like: the derived nodes and links gone. */
async function forgetMoves(): Promise<void> {
  const people = (await driver.executeQuery(CORPUS_PEOPLE, {}, { database: DATABASE })).records[0]?.get(
    'ids',
  );
  await driver.executeQuery(
    `MATCH (m:CareerMove) WHERE m.person IN $people DELETE m
     WITH count(*) AS done
     MATCH (t:Talk)-[:FROM_SOURCE]->(s:Source) WHERE ${OURS}
     OPTIONAL MATCH (t)-[r:SAME_TALK|NARRATED_BY]-()
     DELETE r`,
    { people },
    { database: DATABASE },
  );
}

describe('career moves of a graph loaded before they existed', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    driver = await testDriver();
    await ingestPaths(NOTES, { graph: graph() });
    before = await snapshot();
    expect(before.moves.length).toBeGreaterThan(5);
    expect(before.sameTalk).toBeGreaterThan(0);
    expect(before.narrated).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await fillMissingMoves(graph());
    await driver?.close();
  });

  it('are filled by an ingest that finds every note unchanged, and a second pass changes nothing', async () => {
    await forgetMoves();
    expect((await snapshot()).moves).toEqual([]);
    const { loaded, report } = await ingestPaths(NOTES, { graph: graph() });
    expect(loaded).toBe(0);
    expect(report.errors).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await fillMissingMoves(graph())).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('are filled when the app starts on a graph that is not empty', async () => {
    await forgetMoves();
    const lines: string[] = [];
    const clientDir = mkdtempSync(join(tmpdir(), 'talkgraph-empty-client-'));
    const app = await startApp(
      {
        port: 0,
        corpus: 'corpus',
        clientDir,
        api: apiSettingsFromEnv({}),
        neo4j: {
          ...neo4jSettingsFromEnv({}),
          uri: inject('neo4jUri'),
          password: process.env['NEO4J_PASSWORD'] ?? '',
        },
      },
      { log: (line) => lines.push(line), onEngineLost: () => undefined },
    );
    try {
      // Filled in the background once the server listens.
      await expect
        .poll(() => lines.some((l) => /Career moves filled for \d+ people/.test(l)), { timeout: 60_000 })
        .toBe(true);
      expect(await snapshot()).toEqual(before);
    } finally {
      await app.close();
      rmSync(clientDir, { recursive: true, force: true });
    }
  });
});
