import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { entityId } from '../graph/ids.ts';
import type { NoteDocument } from './split-talks.ts';

export type LoadOutcome = 'loaded' | 'unchanged';

/**
 * Writes one note in one transaction: either all of its facts land, or none do.
 * A source whose sha256 is already stored is skipped; a changed one replaces what it contributed.
 */
export async function loadDocument(
  driver: Driver,
  database: string,
  doc: NoteDocument,
): Promise<LoadOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const stored = await tx.run('MATCH (s:Source {id: $id}) RETURN s.sha256 AS sha256', {
        id: doc.source.id,
      });
      if (stored.records[0]?.get('sha256') === doc.source.sha256) {
        return 'unchanged';
      }
      await removeStaleTalks(tx, doc);
      await writeTalks(tx, doc);
      return 'loaded';
    });
  } finally {
    await session.close();
  }
}

async function removeStaleTalks(tx: ManagedTransaction, doc: NoteDocument): Promise<void> {
  await tx.run(
    `MATCH (s:Source {id: $sourceId})<-[:FROM_SOURCE]-(t:Talk)
     WHERE NOT t.id IN $talkIds
     DETACH DELETE t`,
    { sourceId: doc.source.id, talkIds: doc.talks.map((t) => t.id) },
  );
}

async function writeTalks(tx: ManagedTransaction, doc: NoteDocument): Promise<void> {
  const talks = doc.talks.map((t) => ({
    id: t.id,
    title: t.title,
    date: t.date,
    language: t.language,
    series: t.series,
    url: t.url,
    position: t.position,
    speakers: t.speakers.map((name) => ({ id: entityId('Person', name), name })),
  }));
  await tx.run(
    `MERGE (s:Source {id: $source.id})
     SET s.path = $source.path, s.sha256 = $source.sha256, s.name = $source.path
     WITH s
     UNWIND $talks AS row
     MERGE (t:Talk {id: row.id})
     SET t.title = row.title, t.name = row.title, t.date = row.date, t.language = row.language,
         t.series = row.series, t.url = row.url, t.position = row.position
     MERGE (t)-[:FROM_SOURCE]->(s)
     WITH t, row
     OPTIONAL MATCH (t)-[old:GIVEN_BY]->()
     DELETE old
     WITH DISTINCT t, row
     UNWIND row.speakers AS speaker
     MERGE (p:Person {id: speaker.id})
     ON CREATE SET p.name = speaker.name, p.aliases = [speaker.name]
     MERGE (t)-[:GIVEN_BY]->(p)`,
    { source: doc.source, talks },
  );
}
