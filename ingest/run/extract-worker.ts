/**
 * A worker thread's task (ingest/run/extract-pool.ts): one source read, split and extracted within
 * its budget, off the main thread, which meanwhile writes earlier notes to Neo4j.
 */

import type { GraphRows } from '../load/graph-rows.ts';
import { type ExtractBudget, extractSource } from './process-note.ts';

export interface ExtractTask {
  spec: string;
  budget: ExtractBudget;
}

export default async function extractInWorker({ spec, budget }: ExtractTask): Promise<GraphRows> {
  return extractSource(spec, budget);
}
