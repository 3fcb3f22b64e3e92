/**
 * The data flow, enforced: ingest/ → Neo4j → server/ → client/, graph/ shared by ingest and
 * server, app/ the composition root that wires them. An import against that flow fails here, with
 * the file and the import that crosses.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  crossings,
  type ImportGraph,
  importCycles,
  importGraph,
  layerOf,
  readSources,
  sourceFiles,
} from '../support/import-graph.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The product's layers: what ships. bench/ and tests/ may import any of them. */
const LAYERS = ['app', 'server', 'graph', 'ingest', 'client'];

/** Layer → the folders it must never import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  // Start-up wires graph, ingest and server; the client is served as built files, never imported.
  app: ['client', 'bench', 'tests'],
  server: ['ingest', 'app', 'client', 'bench', 'tests'],
  ingest: ['server', 'app', 'client', 'bench', 'tests'],
  // Shared by ingest and server, so it knows neither.
  graph: ['server', 'ingest', 'client', 'app', 'bench', 'tests'],
  // Runs in the browser: it talks to the server over GraphQL only.
  client: ['server', 'ingest', 'graph', 'app', 'bench', 'tests'],
};

/**
 * Import cycles known today, each as its sorted files. The owner of these files removes an entry
 * when the cycle is broken (the test fails while a listed cycle no longer exists, so the list
 * cannot go stale); a new cycle anywhere in the product fails at once.
 */
const KNOWN_CYCLES: string[][] = [];

function productGraph(): ImportGraph {
  return importGraph(readSources(ROOT, sourceFiles(ROOT, LAYERS)));
}

const inProduct = (file: string): boolean => LAYERS.includes(layerOf(file));

describe('layering', () => {
  const graph = productGraph();

  it('reads the product (a sanity floor, so an empty scan cannot pass)', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('app/app.ts')).toContain('server/http-app.ts');
  });

  it('no import crosses the data flow', () => {
    const found = crossings(graph, FORBIDDEN).map(({ from, to }) => `${from} imports ${to}`);
    expect(found).toEqual([]);
  });

  it('has no import cycle besides the known ones', () => {
    const found = importCycles(graph, inProduct).map((cycle) => cycle.join(' ↔ '));
    expect(found).toEqual(KNOWN_CYCLES.map((cycle) => cycle.join(' ↔ ')));
  });
});

describe('the layering check itself', () => {
  // Made-up modules, so the check is proven to catch what it must without touching the tree.
  const crafted = importGraph(
    new Map([
      ['server/schema/talk.ts', "import { ingestPaths } from '../../ingest/run-ingest.ts';"],
      ['ingest/load.ts', "import type { ApiSettings } from '../server/settings.ts';"],
      ['client/app/main.ts', "const m = await import('../../graph/model.ts');"],
      ['graph/model.ts', "export type { Talk } from '../server/schema/talk.ts';"],
      ['ingest/pool.ts', "new Worker(new URL('../app/worker.ts', import.meta.url));"],
      [
        'server/ok.ts',
        "import { ids } from '../graph/ids.ts'; // from '../ingest/x.ts'\nconst s = \"from '../ingest/y.ts'\";",
      ],
      ['client/a.ts', "import { b } from './b.ts';"],
      ['client/b.ts', "import { c } from './c.ts';"],
      ['client/c.ts', "import type { A } from './a.ts';"],
    ]),
  );

  it('flags every kind of crossing import (static, type-only, dynamic, re-export, worker file)', () => {
    expect(crossings(crafted, FORBIDDEN)).toEqual([
      { from: 'server/schema/talk.ts', to: 'ingest/run-ingest.ts' },
      { from: 'ingest/load.ts', to: 'server/settings.ts' },
      { from: 'client/app/main.ts', to: 'graph/model.ts' },
      { from: 'graph/model.ts', to: 'server/schema/talk.ts' },
      { from: 'ingest/pool.ts', to: 'app/worker.ts' },
    ]);
  });

  it('finds a cycle, a type-only edge included, and ignores imports inside comments and strings', () => {
    expect(importCycles(crafted, inProduct)).toEqual([['client/a.ts', 'client/b.ts', 'client/c.ts']]);
    expect(crafted.get('server/ok.ts')).toEqual(new Set(['graph/ids.ts']));
  });
});
