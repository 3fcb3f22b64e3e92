/**
 * ingest/'s folders in the order a note flows through them. A folder imports only folders listed
 * before it, so the extraction rules (extract/) never reach up into a stage that feeds them and no
 * two folders depend on each other; a file at ingest/'s top level (the CLI) may import any folder,
 * and no folder imports it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportGraph, importGraph, readSources, sourceFiles } from '../support/import-graph.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Shared word lists and text rules first, then the rules, then the pipeline's stages in order. */
const ORDER = [
  'lexicon',
  'text',
  'extract',
  'sources',
  'clean',
  'speakers',
  'dates',
  'split',
  'related',
  'careers',
  'load',
  'llm',
  'run',
];

/** ingest/<folder>/… → folder; a file directly in ingest/ → null. */
function folderOf(file: string): string | null {
  const parts = file.split('/');
  return parts.length > 2 ? (parts[1] ?? null) : null;
}

/** Imports between ingest/'s folders that go against ORDER, as "from imports to". */
function againstTheFlow(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [from, imports] of graph) {
    const source = folderOf(from);
    if (!from.startsWith('ingest/') || source === null) {
      continue;
    }
    for (const to of imports) {
      const target = to.startsWith('ingest/') ? folderOf(to) : undefined;
      if (target === undefined || target === source) {
        continue;
      }
      if (target === null || ORDER.indexOf(target) > ORDER.indexOf(source)) {
        found.push(`${from} imports ${to}`);
      }
    }
  }
  return found.sort();
}

describe('ingest layout', () => {
  const graph = importGraph(readSources(ROOT, sourceFiles(ROOT, ['ingest'])));

  it('places every folder that holds code', () => {
    const folders = new Set([...graph.keys()].map(folderOf).filter((f): f is string => f !== null));
    expect([...folders].sort()).toEqual([...ORDER].sort());
  });

  it('imports only down the flow', () => {
    expect(againstTheFlow(graph)).toEqual([]);
  });

  it('catches an import up the flow, or up into the top level', () => {
    const crafted = importGraph(
      new Map([
        ['ingest/extract/a.ts', "import { b } from '../split/b.ts';"],
        ['ingest/split/b.ts', "import { c } from '../extract/c.ts';"],
        ['ingest/text/d.ts', "import { main } from '../cli.ts';"],
        ['ingest/cli.ts', "import { e } from './run/e.ts';"],
      ]),
    );
    expect(againstTheFlow(crafted)).toEqual([
      'ingest/extract/a.ts imports ingest/split/b.ts',
      'ingest/text/d.ts imports ingest/cli.ts',
    ]);
  });
});
