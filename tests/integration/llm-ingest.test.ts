import { basename } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { storedText } from '../support/graph-dump.ts';
import { type LlmStub, startLlmStub, stubSettings } from '../support/llm-stub-server.ts';
import { writeNotes } from '../support/notes.ts';

// An invented note and a hand-written answer: two facts the note bears out, two it does not.
const NOTE = [
  '# Ines Varga, from the lab to a startup',
  '',
  'I joined Quillon Labs in 2014 as a research engineer.',
  'There we trained ResNet models on the Harbor Images set.',
  '',
].join('\n');

const ANSWER = {
  entities: [
    { type: 'Model', name: 'ResNet', kind: null, evidence: 'There we trained ResNet models' },
    {
      type: 'Dataset',
      name: 'Harbor Images',
      kind: null,
      evidence: 'ResNet models on the Harbor Images set.',
    },
    { type: 'Conference', name: 'ICML', kind: null, evidence: 'She gave a keynote at ICML in 2019.' },
  ],
  decisions: [
    {
      person: null,
      kind: 'joined',
      year: 2014,
      from: null,
      to: { type: 'Institution', name: 'Quillon Labs' },
      evidence: 'I joined Quillon Labs in 2014 as a research engineer.',
    },
    {
      person: null,
      kind: 'founded',
      year: 2020,
      from: null,
      to: { type: 'Institution', name: 'Quillon Labs' },
      evidence: 'In 2020 I founded my own company after leaving Quillon Labs.',
    },
  ],
};

describe('loading with a model extractor (stub) into Neo4j', () => {
  let driver: Driver;
  let stub: LlmStub;

  beforeAll(async () => {
    driver = await testDriver();
    stub = await startLlmStub({ answers: { 'Ines Varga': { facts: ANSWER } } });
  });
  afterAll(async () => {
    await stub.close();
    await driver?.close();
  });

  it('stores the grounded facts with their extractor, and never a fact without verbatim evidence', async () => {
    const dir = writeNotes({ 'ines-varga.md': NOTE });
    const { report } = await ingestPaths([dir], {
      graph: { driver, database: DATABASE },
      llm: stubSettings(stub),
    });
    expect(report.errors).toEqual([]);
    expect(report.llm?.dropped.evidence).toBe(2);

    // Sources keep a path relative to the working directory: the folder's own name is in it.
    const part = basename(dir);
    const stored = await storedText(driver, part);
    expect(stored).toContain('Quillon Labs');
    expect(stored).not.toContain('In 2020 I founded');
    expect(stored).not.toContain('ICML');
    expect(stored).not.toContain('keynote');

    const { records } = await driver.executeQuery(
      `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE s.path CONTAINS $dir
       RETURN COLLECT { MATCH (t)<-[:TOLD_IN]-(d:CareerDecision) RETURN [d.kind, d.year, d.extractors] } AS decisions,
              COLLECT { MATCH (t)-[m:MENTIONS]->(e:Entity) RETURN [e.id, m.extractors] } AS mentions`,
      { dir: part },
      { database: DATABASE },
    );
    const row = records[0]?.toObject() as { decisions: unknown[][]; mentions: [string, string[]][] };
    expect(row.decisions.map(([kind, year, extractors]) => [kind, Number(year), extractors])).toEqual([
      ['joined', 2014, ['rules', 'llm']],
    ]);
    const mentions = new Map(row.mentions);
    expect(mentions.get('dataset:harbor-images')).toEqual(['llm']);
    expect(mentions.get('model:resnet')).toEqual(['rules', 'llm']);
    const resnet = await driver.executeQuery(
      `MATCH (e:Model) WHERE e.id = 'model:resnet' OR toLower(e.name) = 'resnet' RETURN count(e) AS n`,
      {},
      { database: DATABASE },
    );
    expect(Number(resnet.records[0]?.get('n'))).toBe(1);
  });
});
