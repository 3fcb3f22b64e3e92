/**
 * The related-talks scoring alone, in memory: the same inputs writeRelatedTalks reads back from
 * Neo4j (each talk's entities and trigram fingerprint), built from the extraction instead, so
 * its growth with N is seen apart from the database.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type RelatedInput, relatedTalks } from '../ingest/related/related-talks.ts';
import { extractDocument, readDocument } from '../ingest/run/process-note.ts';
import type { CorpusOnDisk } from './ingest-bench.ts';

export async function relatedInputs(corpus: CorpusOnDisk): Promise<RelatedInput[]> {
  const inputs: RelatedInput[] = [];
  for (const name of readdirSync(corpus.dir).sort()) {
    const rows = extractDocument(await readDocument(join(corpus.dir, name)));
    const names = new Map(rows.entities.map((e) => [e.id, e.name]));
    for (const talk of rows.talks) {
      const entities = rows.mentions
        .filter((m) => m.talk === talk.id)
        .map((m) => ({ id: m.entity, name: names.get(m.entity) ?? m.entity }));
      inputs.push({ id: talk.id, entities, fingerprint: talk.fingerprint });
    }
  }
  return inputs;
}

/** Milliseconds to score every pair that shares a feature, and the edges kept. */
export function timeRelated(inputs: RelatedInput[]): { ms: number; edges: number } {
  const started = performance.now();
  const edges = relatedTalks(inputs);
  return { ms: performance.now() - started, edges: edges.length };
}
