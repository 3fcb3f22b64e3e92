import { byId, type RequestLoaders } from './loaders.ts';

/**
 * The talk a moved note's talk became: the ingest re-ids the talks of a renamed note and keeps
 * their old ids in `previousIds`, so a bookmarked id still finds its talk. Read only when an id
 * found nothing (a label scan, but only on a miss of a `talk:` id).
 */
const currentTalkId = byId<string | null>(
  `UNWIND $ids AS id
   MATCH (t:Talk) WHERE id IN t.previousIds
   WITH id, min(t.id) AS current
   RETURN id, current`,
  (r) => r.get('current') as string,
  null,
  () => 1,
);

/** Looks `id` up with `read`; a talk id that found nothing is tried once more as a moved talk's old id. */
export async function orMovedTalk<T>(
  id: string,
  loaders: RequestLoaders,
  read: (id: string) => Promise<T | null>,
): Promise<T | null> {
  const found = await read(id);
  if (found !== null || !id.startsWith('talk:')) {
    return found;
  }
  const current = await loaders.load(currentTalkId, id);
  return current === null ? null : read(current);
}
