/**
 * `--prune`: after a load of some folders, removes the notes that are no longer in them — the
 * stored sources whose file lies under one of the folders, was not collected by this run, and
 * is gone from disk — with everything only they said (removeSources), and marks the related
 * talks stale in the same transaction.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { refreshCareers } from '../careers/refresh-careers.ts';
import { markRelatedStale } from '../related/related-state.ts';
import { isGone, sourceFile } from './moved-sources.ts';
import { refreshEntities, removeSources } from './remove-sources.ts';

/** Sources removed per transaction: a whole folder removed at once stays a bounded write. */
const SOURCES_PER_TRANSACTION = 100;

export interface StoredSource {
  id: string;
  path: string;
}

export interface PruneResult {
  /** Paths of the sources removed, as stored. */
  sources: string[];
  talks: number;
}

/** The folders among the paths given to the ingest: a file given alone prunes nothing. */
export async function pruneFolders(paths: string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const path of paths) {
    if ((await stat(path).catch(() => undefined))?.isDirectory()) {
      folders.push(resolve(path));
    }
  }
  return folders;
}

/**
 * The stored sources a prune may remove, before the disk is checked: file sources (never a URL
 * or standard input) inside one of the folders, not among the files this run saw (collected,
 * or failed by name). Folders and files compare as absolute paths.
 */
export function pruneCandidates(
  stored: StoredSource[],
  folders: string[],
  seen: string[],
  cwd = process.cwd(),
): { id: string; path: string; file: string }[] {
  const roots = folders.map((f) => resolve(cwd, f));
  const present = new Set(seen.map((f) => resolve(cwd, f)));
  return stored.flatMap((s) => {
    const file = sourceFile(s.path, cwd);
    return file !== null && !present.has(file) && roots.some((root) => isInside(file, root))
      ? [{ ...s, file }]
      : [];
  });
}

function isInside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

export async function pruneSources(
  graph: { driver: Driver; database: string },
  folders: string[],
  seen: string[],
): Promise<PruneResult> {
  if (folders.length === 0) {
    return { sources: [], talks: 0 };
  }
  const { driver, database } = graph;
  const { records } = await driver.executeQuery(
    'MATCH (s:Source) WHERE s.path IS NOT NULL RETURN s.id AS id, s.path AS path',
    {},
    { database, routing: 'READ' },
  );
  const candidates = pruneCandidates(
    records.map((r) => r.toObject() as StoredSource),
    folders,
    seen,
  );
  // A file that exists but was not collected (a README, a note added since the run listed the
  // folder) is still there: only what is gone from disk is removed.
  const gone: typeof candidates = [];
  for (const candidate of candidates) {
    if (await isGone(candidate.file)) {
      gone.push(candidate);
    }
  }
  const result: PruneResult = { sources: [], talks: 0 };
  const session = driver.session({ database });
  try {
    for (let i = 0; i < gone.length; i += SOURCES_PER_TRANSACTION) {
      const chunk = gone.slice(i, i + SOURCES_PER_TRANSACTION);
      const talks = await session.executeWrite(async (tx) => {
        const removed = await removeSources(
          tx,
          chunk.map((s) => s.id),
        );
        await refreshCareers(tx, { talkIds: [], touched: removed.touched });
        await refreshEntities(tx, removed.touched);
        await markRelatedStale(tx);
        return removed.talks;
      });
      result.sources.push(...chunk.map((s) => s.path));
      result.talks += talks;
    }
  } finally {
    await session.close();
  }
  return result;
}
