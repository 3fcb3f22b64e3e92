/**
 * Taking back what notes said: a changed note's previous talks, a moved note's old source,
 * a deleted note's source when pruning. All of it runs inside the caller's transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { REL } from '../../graph/model.ts';

export interface SourceChange {
  sourceId: string;
  /** Talks the source still has after the change; every other talk of it is deleted. */
  talkIds: string[];
}

/**
 * Removes what these sources said before (mentions, speakers, decisions, affiliations, related
 * edges, and the talks not kept); returns the entities they were linked to, which the caller
 * hands to refreshEntities once its own writes are done.
 */
export async function removeContributions(
  tx: ManagedTransaction,
  changes: SourceChange[],
): Promise<string[]> {
  if (changes.length === 0) {
    return [];
  }
  // DECIDED is followed too: an unnamed author is linked by its decisions alone.
  const result = await tx.run(
    `UNWIND $changes AS change
     MATCH (:Source {id: change.sourceId})<-[:FROM_SOURCE]-(t:Talk)
     OPTIONAL MATCH (t)<-[:TOLD_IN]-(d:CareerDecision)
     OPTIONAL MATCH (d)-[:TO|FROM|DECIDED]-(place)
     OPTIONAL MATCH (t)-[:MENTIONS|GIVEN_BY]->(e)
     WITH change, t, collect(DISTINCT d) AS decisions, collect(DISTINCT e.id) + collect(DISTINCT place.id) AS linked
     OPTIONAL MATCH (t)-[r:MENTIONS|GIVEN_BY|RELATED_TO]-()
     WITH change, t, decisions, linked, collect(r) AS rels
     FOREACH (d IN decisions | DETACH DELETE d)
     FOREACH (r IN rels | DELETE r)
     WITH change, t, linked
     OPTIONAL MATCH (p)-[a:AFFILIATED_WITH {talk: t.id}]->(i)
     WITH change, t, linked, collect(DISTINCT p.id) + collect(DISTINCT i.id) AS more, collect(a) AS affiliations
     WITH change, t, linked + more AS linked, affiliations
     FOREACH (a IN affiliations | DELETE a)
     WITH change, t, linked
     CALL (t, change) { WITH t WHERE NOT t.id IN change.talkIds DETACH DELETE t }
     UNWIND linked AS id
     RETURN collect(DISTINCT id) AS touched`,
    { changes },
  );
  return (result.records[0]?.get('touched') as string[] | undefined) ?? [];
}

/**
 * Deletes sources with all their talks and what those said; returns the entities they were
 * linked to (for refreshEntities) and how many talks went.
 */
export async function removeSources(
  tx: ManagedTransaction,
  sourceIds: string[],
): Promise<{ touched: string[]; talks: number }> {
  if (sourceIds.length === 0) {
    return { touched: [], talks: 0 };
  }
  const counted = await tx.run(
    'UNWIND $ids AS id MATCH (:Source {id: id})<-[:FROM_SOURCE]-(t:Talk) RETURN count(t) AS talks',
    { ids: sourceIds },
  );
  const touched = await removeContributions(
    tx,
    sourceIds.map((sourceId) => ({ sourceId, talkIds: [] })),
  );
  await tx.run('UNWIND $ids AS id MATCH (s:Source {id: id}) DETACH DELETE s', { ids: sourceIds });
  return { touched, talks: (counted.records[0]?.get('talks') as number | undefined) ?? 0 };
}

/** Aliases are the union of the spellings every remaining mention saw; unlinked entities go. */
export async function refreshEntities(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  // A parent organisation link (PART_OF) alone keeps nothing: it was derived from the facts that went.
  await tx.run(
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (e)-[r]-() WHERE type(r) <> $partOf } DETACH DELETE e',
    { ids, partOf: REL.PART_OF },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WITH e, COLLECT { MATCH (:Talk)-[m:MENTIONS]->(e) UNWIND m.aliases AS alias RETURN DISTINCT alias } AS seen
     SET e.aliases = [e.name] + [a IN seen WHERE a <> e.name]`,
    { ids },
  );
}
