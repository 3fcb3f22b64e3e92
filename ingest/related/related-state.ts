/**
 * Whether RELATED_TO is behind the talks, kept in the graph so that a crash cannot lose it:
 * every write that changes talks leaves a mark in its own transaction, and only the transaction
 * that rewrites the edges deletes the marks it saw. A process killed between the two leaves
 * the marks, and the next ingest finishes the pass.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { INGEST_LABELS } from '../../graph/model.ts';

const { relatedStale: STALE, relatedLock: LOCK } = INGEST_LABELS;

/**
 * One new node per write rather than a flag on a shared one: concurrent loads never wait for
 * each other, nor for a related pass holding the lock, to say that their talks changed.
 */
export async function markRelatedStale(tx: ManagedTransaction): Promise<void> {
  await tx.run(`CREATE (:${STALE} {at: datetime()})`);
}

/**
 * Write-locks the singleton (SET takes the node's write lock even when the value is the same),
 * so a second pass waits here until the first commits, then reads what it wrote.
 */
export async function lockRelated(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (l:${LOCK} {key: 'related-talks'}) SET l.key = l.key`);
}

/** The marks present now, by element id; a pass deletes exactly these once its edges are written. */
export async function staleMarks(tx: ManagedTransaction): Promise<string[]> {
  const result = await tx.run(`MATCH (m:${STALE}) RETURN elementId(m) AS mark`);
  return result.records.map((r) => r.get('mark') as string);
}

export async function clearStaleMarks(tx: ManagedTransaction, marks: string[]): Promise<void> {
  await tx.run(`UNWIND $marks AS mark MATCH (m:${STALE}) WHERE elementId(m) = mark DELETE m`, { marks });
}
