/**
 * A worker thread's task (ingest/extract-pool.ts): one source read, split and extracted, off
 * the main thread, which meanwhile writes earlier notes to Neo4j.
 */

import { extractDocument, readDocument } from './extract-document.ts';
import type { GraphRows } from './graph-rows.ts';

export default async function extractInWorker(spec: string): Promise<GraphRows> {
  return extractDocument(await readDocument(spec));
}
