import { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { GraphRows } from './graph-rows.ts';

export type LoadOutcome = 'loaded' | 'unchanged';

/**
 * Writes one note in one transaction: either all of its facts land, or none do.
 * A source whose sha256 is already stored is skipped; a changed one first removes
 * everything it contributed before (talks, mentions, decisions, affiliations), and nothing else.
 */
export async function loadDocument(driver: Driver, database: string, rows: GraphRows): Promise<LoadOutcome> {
  try {
    return await writeDocument(driver, database, rows);
  } catch (error) {
    // Another ingest created the same node meanwhile (two loads of one folder, shared entities):
    // once more, the transaction sees that node and merges into it.
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return writeDocument(driver, database, rows);
    }
    throw error;
  }
}

async function writeDocument(driver: Driver, database: string, rows: GraphRows): Promise<LoadOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const stored = await tx.run('MATCH (s:Source {id: $id}) RETURN s.sha256 AS sha256', {
        id: rows.source.id,
      });
      if (stored.records[0]?.get('sha256') === rows.source.sha256) {
        return 'unchanged';
      }
      const touched = await removeContribution(tx, rows);
      await writeRows(tx, rows);
      // New spellings were appended as mentions were written; only entities that lost mentions
      // of this note's previous version need their aliases rebuilt (a hub's rebuild reads every
      // talk that mentions it, which made loading quadratic).
      await refreshEntities(tx, touched);
      return 'loaded';
    });
  } finally {
    await session.close();
  }
}

/** Removes what this source said before; returns the entities it was linked to. */
async function removeContribution(tx: ManagedTransaction, rows: GraphRows): Promise<string[]> {
  const params = { sourceId: rows.source.id, talkIds: rows.talks.map((t) => t.id) };
  const result = await tx.run(
    `MATCH (:Source {id: $sourceId})<-[:FROM_SOURCE]-(t:Talk)
     OPTIONAL MATCH (t)<-[:TOLD_IN]-(d:CareerDecision)
     OPTIONAL MATCH (d)-[:TO|FROM]->(place)
     OPTIONAL MATCH (t)-[:MENTIONS|GIVEN_BY]->(e)
     WITH t, collect(DISTINCT d) AS decisions, collect(DISTINCT e.id) + collect(DISTINCT place.id) AS linked
     OPTIONAL MATCH (t)-[r:MENTIONS|GIVEN_BY|RELATED_TO]-()
     WITH t, decisions, linked, collect(r) AS rels
     FOREACH (d IN decisions | DETACH DELETE d)
     FOREACH (r IN rels | DELETE r)
     WITH t, linked
     OPTIONAL MATCH (p)-[a:AFFILIATED_WITH {talk: t.id}]->(i)
     WITH t, linked, collect(DISTINCT p.id) + collect(DISTINCT i.id) AS more, collect(a) AS affiliations
     WITH t, linked + more AS linked, affiliations
     FOREACH (a IN affiliations | DELETE a)
     WITH t, linked
     CALL (t) { WITH t WHERE NOT t.id IN $talkIds DETACH DELETE t }
     UNWIND linked AS id
     RETURN collect(DISTINCT id) AS touched`,
    params,
  );
  return (result.records[0]?.get('touched') as string[] | undefined) ?? [];
}

async function writeRows(tx: ManagedTransaction, rows: GraphRows): Promise<void> {
  await tx.run(
    `MERGE (s:Source {id: $source.id})
     SET s.path = $source.path, s.sha256 = $source.sha256, s.name = $source.path
     WITH s
     UNWIND $talks AS row
     MERGE (t:Talk {id: row.id})
     SET t += row, t.name = row.title
     MERGE (t)-[:FROM_SOURCE]->(s)`,
    { source: rows.source, talks: rows.talks },
  );
  // Types come from the extraction's allow-list (graph/model.ts), never from the note's text.
  await tx.run(
    `UNWIND $entities AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e.name = row.name, e.aliases = [row.name]
     SET e.kind = coalesce(e.kind, row.kind), e:$(row.type)
     FOREACH (_ IN CASE WHEN row.unnamed THEN [1] ELSE [] END | SET e.unnamed = true)`,
    { entities: rows.entities },
  );
  await tx.run(
    `UNWIND $given AS row
     MATCH (t:Talk {id: row.talk}), (p:Entity {id: row.person})
     MERGE (t)-[:GIVEN_BY]->(p)`,
    { given: rows.given },
  );
  await tx.run(
    `UNWIND $mentions AS row
     MATCH (t:Talk {id: row.talk}), (e:Entity {id: row.entity})
     MERGE (t)-[m:MENTIONS]->(e)
     SET m.count = row.count, m.snippet = row.snippet, m.aliases = row.aliases,
         e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases]`,
    { mentions: rows.mentions },
  );
  await writeDecisions(tx, rows);
}

async function writeDecisions(tx: ManagedTransaction, rows: GraphRows): Promise<void> {
  await tx.run(
    `UNWIND $decisions AS row
     MATCH (t:Talk {id: row.talk}), (p:Entity {id: row.person})
     MERGE (d:CareerDecision {id: row.id})
     SET d.kind = row.kind, d.year = row.year, d.summary = row.summary, d.name = row.summary,
         d.evidence = row.evidence, d.offset = row.offset
     MERGE (p)-[:DECIDED]->(d)
     MERGE (d)-[:TOLD_IN]->(t)
     WITH d, row
     OPTIONAL MATCH (to:Entity {id: row.to})
     OPTIONAL MATCH (from:Entity {id: row.from})
     FOREACH (x IN CASE WHEN to IS NULL THEN [] ELSE [to] END | MERGE (d)-[:TO]->(x))
     FOREACH (x IN CASE WHEN from IS NULL THEN [] ELSE [from] END | MERGE (d)-[:FROM]->(x))`,
    { decisions: rows.decisions },
  );
  await tx.run(
    `UNWIND $affiliations AS row
     MATCH (p:Entity {id: row.person}), (i:Entity {id: row.institution})
     MERGE (p)-[a:AFFILIATED_WITH {talk: row.talk}]->(i)
     SET a.source = $sourceId, a.role = row.role, a.since = row.since, a.until = row.until, a.evidence = row.evidence`,
    { affiliations: rows.affiliations, sourceId: rows.source.id },
  );
}

/** Aliases are the union of the spellings every remaining mention saw; unlinked entities go. */
async function refreshEntities(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run('UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT (e)--() DELETE e', { ids });
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WITH e, COLLECT { MATCH (:Talk)-[m:MENTIONS]->(e) UNWIND m.aliases AS alias RETURN DISTINCT alias } AS seen
     SET e.aliases = [e.name] + [a IN seen WHERE a <> e.name]`,
    { ids },
  );
}
