/**
 * The entry of related/: the RELATED_TO links between talks, recomputed over the whole graph from
 * their shared entities and text fingerprints (related-talks.ts) after a load marked them stale
 * (related-state.ts). same-talk*.ts link two write-ups of one talk, within each write
 * (careers/refresh-careers.ts calls them).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { clearStaleMarks, lockRelated, staleMarks } from './related-state.ts';
import { type RelatedInput, relatedTalkChunks } from './related-talks.ts';

/** Source talks per statement: at most 5 edges each keeps a message a few hundred kB. */
const TALKS_PER_STATEMENT = 400;

export interface WriteRelatedOptions {
  /** Leave the edges alone when no write changed talks since the last pass. @default false */
  onlyIfStale?: boolean;
}

/**
 * Recomputes RELATED_TO over the whole graph: reads each talk's entities and fingerprint, scores
 * pairs in memory, and replaces every edge in one transaction, so readers never see a
 * half-written set. That transaction first locks the related-talks singleton and only then
 * reads the talks: two passes run one after the other, the second reading what the first wrote,
 * so their deletes and creates never interleave into doubled pairs. It deletes the stale marks
 * it saw before reading; a load that commits later leaves its mark for the next pass. The old
 * edges are gone inside it, so the new ones are CREATEd (MERGE scanned each talk's
 * relationships). Returns the edge count.
 */
export async function writeRelatedTalks(
  driver: Driver,
  database: string,
  options: WriteRelatedOptions = {},
): Promise<number> {
  const session = driver.session({ database });
  try {
    // A retried transaction (a deadlock with a load touching the same talks) starts over.
    return await session.executeWrite(async (tx) => {
      await lockRelated(tx);
      const marks = await staleMarks(tx);
      if (options.onlyIfStale && marks.length === 0) {
        return countRelated(tx);
      }
      const edges = await replaceEdges(tx, await readTalks(tx));
      await clearStaleMarks(tx, marks);
      return edges;
    });
  } finally {
    await session.close();
  }
}

async function readTalks(tx: ManagedTransaction): Promise<RelatedInput[]> {
  const { records } = await tx.run(
    `MATCH (t:Talk)
     RETURN t.id AS id, coalesce(t.fingerprint, []) AS fingerprint,
       COLLECT { MATCH (t)-[:MENTIONS]->(e:Entity) RETURN e {.id, .name} } AS entities`,
  );
  return inCanonicalOrder(records.map((r) => r.toObject() as unknown as RelatedInput));
}

/**
 * Talks by id, each one's entities by id. Scores are rounded, so ties are common, and the top
 * five per talk keep the first of equals: in the order the engine stores nodes, a rerun after a
 * crash (nodes written in another order) would pick other edges than a clean load.
 */
export function inCanonicalOrder(talks: RelatedInput[]): RelatedInput[] {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return talks.map((t) => ({ ...t, entities: [...t.entities].sort(byId) })).sort(byId);
}

async function replaceEdges(tx: ManagedTransaction, talks: RelatedInput[]): Promise<number> {
  await tx.run('MATCH (:Talk)-[r:RELATED_TO]->(:Talk) DELETE r');
  let edges = 0;
  // Each chunk is written while the next one is scored: one statement in flight at a time.
  let inFlight: Promise<unknown> = Promise.resolve();
  for (const chunk of relatedTalkChunks(talks, {}, TALKS_PER_STATEMENT)) {
    await inFlight;
    inFlight = tx.run(
      `UNWIND $edges AS edge
       MATCH (a:Talk {id: edge.source}), (b:Talk {id: edge.target})
       CREATE (a)-[:RELATED_TO {score: edge.score, reasons: edge.reasons}]->(b)`,
      { edges: chunk },
    );
    // Awaited on the next turn or below; until then a failure must not count as unhandled.
    inFlight.catch(() => undefined);
    edges += chunk.length;
    // Let the driver put the statement on the wire before scoring holds the thread again.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await inFlight;
  return edges;
}

/** From the count store: no scan. */
async function countRelated(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run('MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS n');
  return (result.records[0]?.get('n') as number | undefined) ?? 0;
}
