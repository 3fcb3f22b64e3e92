import type { Driver } from 'neo4j-driver';
import { type RelatedInput, relatedTalks } from './related-talks.ts';

const BATCH = 2_000;

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
  const edges = relatedTalks(talks);
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('MATCH (:Talk)-[r:RELATED_TO]->(:Talk) DELETE r');
      // Several statements keep each message to the server a few hundred kB.
      for (let i = 0; i < edges.length; i += BATCH) {
        await tx.run(
          `UNWIND $edges AS edge
           MATCH (a:Talk {id: edge.source}), (b:Talk {id: edge.target})
           CREATE (a)-[:RELATED_TO {score: edge.score, reasons: edge.reasons}]->(b)`,
          { edges: edges.slice(i, i + BATCH) },
        );
      }
    });
  } finally {
    await session.close();
  }
  return edges.length;
}
