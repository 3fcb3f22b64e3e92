/**
 * Notes that moved: a note loaded under a new path whose content (sha256) a stored source has,
 * when that source's file is gone from disk. The old source goes, with all it said, in the same
 * transaction that writes the note under its new path, so the talks are never doubled nor lost.
 *
 * Ids follow the path (talk ids hash the path and position, as for any note), so the graph is
 * the one a fresh load of the new layout gives and the dry-run report agrees with it. Each talk
 * keeps the ids it had before in `previousIds`, so a bookmarked id can still be found.
 */
import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { isHttpUrl } from '../sources/read-url.ts';
import type { GraphRows } from './graph-rows.ts';

/**
 * The file a stored Source path names, or null for a URL or standard input, which are never
 * moved nor pruned. Paths are stored relative to the folder the ingest ran in (see
 * run/process-note.ts), as its ids are, so they resolve against this run's working folder.
 */
export function sourceFile(path: string, cwd = process.cwd()): string | null {
  return isHttpUrl(path) || path.startsWith('stdin:') ? null : resolve(cwd, path);
}

/** True when nothing at all is at that path any more (a dangling link still counts as there). */
export async function isGone(file: string): Promise<boolean> {
  return lstat(file).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
  );
}

export interface Move {
  /** The note's new source id. */
  sourceId: string;
  oldSourceId: string;
  /** The old talks by position, with the ids they had had before. */
  oldTalks: { id: string; position: number; previousIds: string[] | null }[];
}

/**
 * Which of these notes (about to be written) moved, each from a different stored source. The
 * index is named: a load engine does not replan (graph/embedded-neo4j.ts), and a plan made while
 * no Source existed would scan every source for every note.
 */
export async function findMoves(tx: ManagedTransaction, notes: GraphRows[]): Promise<Move[]> {
  const files = notes.filter((n) => sourceFile(n.source.path) !== null);
  if (files.length === 0) {
    return [];
  }
  const result = await tx.run(
    `UNWIND $notes AS note
     MATCH (old:Source {sha256: note.sha256}) USING INDEX old:Source(sha256)
     WHERE NOT old.id IN $ids
     RETURN note.id AS sourceId, old.id AS oldSourceId, old.path AS oldPath,
       COLLECT { MATCH (old)<-[:FROM_SOURCE]-(t:Talk) RETURN t {.id, .position, .previousIds} } AS oldTalks`,
    {
      notes: files.map((n) => ({ id: n.source.id, sha256: n.source.sha256 })),
      ids: notes.map((n) => n.source.id),
    },
  );
  const moves: Move[] = [];
  const claimed = new Set<string>();
  for (const record of result.records) {
    const move = record.toObject() as Move & { oldPath: string };
    const oldFile = sourceFile(move.oldPath);
    const free = !claimed.has(move.oldSourceId) && !moves.some((m) => m.sourceId === move.sourceId);
    if (free && oldFile !== null && (await isGone(oldFile))) {
      claimed.add(move.oldSourceId);
      moves.push({ sourceId: move.sourceId, oldSourceId: move.oldSourceId, oldTalks: move.oldTalks });
    }
  }
  return moves;
}

/** After the moved notes are written: each new talk remembers the ids its old self had. */
export async function keepPreviousIds(
  tx: ManagedTransaction,
  moves: Move[],
  notes: GraphRows[],
): Promise<void> {
  const rows = moves.flatMap((move) => {
    const talks = notes.find((n) => n.source.id === move.sourceId)?.talks ?? [];
    return talks.flatMap((talk) => {
      const old = move.oldTalks.find((t) => t.position === talk.position);
      const ids = old ? [...(old.previousIds ?? []), old.id].filter((id) => id !== talk.id) : [];
      return ids.length > 0 ? [{ id: talk.id, previousIds: [...new Set(ids)] }] : [];
    });
  });
  if (rows.length === 0) {
    return;
  }
  await tx.run('UNWIND $rows AS row MATCH (t:Talk {id: row.id}) SET t.previousIds = row.previousIds', {
    rows,
  });
}
