import type { Driver } from 'neo4j-driver';
import { type RelatedInput, relatedTalkChunks } from './related-talks.ts';

/** Source talks per statement: at most 5 edges each keeps a message a few hundred kB. */
const TALKS_PER_STATEMENT = 400;

/**
 * Recomputes RELATED_TO over the whole graph after a load: reads each talk's entities and
 * fingerprint, scores pairs in memory, and replaces every edge in one transaction, so readers
 * never see a half-written set and two loads finishing together do not double edges. The old
 * edges are gone inside it, so the new ones are CREATEd (MERGE scanned each talk's
 * relationships). Returns the edge count.
 */
export async function writeRelatedTalks(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (t:Talk)
     RETURN t.id AS id, coalesce(t.fingerprint, []) AS fingerprint,
       COLLECT { MATCH (t)-[:MENTIONS]->(e:Entity) RETURN e {.id, .name} } AS entities`,
    {},
    { database, routing: 'READ' },
  );
  const talks = records.map((r) => r.toObject() as unknown as RelatedInput);
  let edges = 0;
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      edges = 0; // a retried transaction starts over
      await tx.run('MATCH (:Talk)-[r:RELATED_TO]->(:Talk) DELETE r');
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
    });
  } finally {
    await session.close();
  }
  return edges;
}
