import { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { refreshCareers } from '../careers/refresh-careers.ts';
import { markRelatedStale } from '../related/related-state.ts';
import type { GraphRows } from './graph-rows.ts';
import { findMoves, keepPreviousIds } from './moved-sources.ts';
import { refreshEntities, removeContributions, removeSources } from './remove-sources.ts';

export type LoadOutcome = 'loaded' | 'unchanged';

/**
 * Writes several notes in one transaction: either all of their facts land, or none do (the
 * caller retries a failed batch note by note, so one bad note cannot sink the others).
 * A note whose source sha256 is already stored is skipped; a changed one first removes
 * everything its source contributed before (talks, mentions, decisions, affiliations), and
 * nothing else; a note that moved takes the place of its old source (moved-sources.ts). The
 * same transaction marks the related talks stale (related-state.ts), so a crash before the
 * related pass cannot leave them behind unnoticed. Batching matters: one transaction per note spent more time in round trips
 * and commits than in the statements themselves.
 *
 * Each source may appear once per batch (the caller splits batches on a repeat).
 */
export async function loadNotes(
  driver: Driver,
  database: string,
  notes: GraphRows[],
): Promise<LoadOutcome[]> {
  try {
    return await writeNotes(driver, database, notes);
  } catch (error) {
    // Another ingest created the same node meanwhile (two loads of one folder, shared entities):
    // once more, the transaction sees that node and merges into it.
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return writeNotes(driver, database, notes);
    }
    throw error;
  }
}

/** One note, all or nothing. */
export async function loadDocument(driver: Driver, database: string, rows: GraphRows): Promise<LoadOutcome> {
  const [outcome] = await loadNotes(driver, database, [rows]);
  return outcome ?? 'unchanged';
}

async function writeNotes(driver: Driver, database: string, notes: GraphRows[]): Promise<LoadOutcome[]> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const stored = await lockSources(tx, notes);
      const outcomes = notes.map(
        (n): LoadOutcome => (stored.get(n.source.id) === n.source.sha256 ? 'unchanged' : 'loaded'),
      );
      const changed = notes.filter((_, i) => outcomes[i] === 'loaded');
      if (changed.length === 0) {
        return outcomes;
      }
      // Only sources stored before have anything to remove: a first load skips the removal.
      const touched = await removeContributions(
        tx,
        changed
          .filter((n) => stored.has(n.source.id))
          .map((n) => ({ sourceId: n.source.id, talkIds: n.talks.map((t) => t.id) })),
      );
      const moves = await findMoves(tx, changed);
      const moved = await removeSources(
        tx,
        moves.map((m) => m.oldSourceId),
      );
      await writeRows(tx, changed);
      await keepPreviousIds(tx, moves, changed);
      await refreshCareers(tx, {
        talkIds: changed.flatMap((n) => n.talks.map((t) => t.id)),
        touched: [...touched, ...moved.touched, ...changed.flatMap((n) => n.decisions.map((d) => d.person))],
      });
      // New spellings were appended as mentions were written; only entities that lost mentions
      // of a note's previous version need their aliases rebuilt (a hub's rebuild reads every
      // talk that mentions it, which made loading quadratic).
      await refreshEntities(tx, [...new Set([...touched, ...moved.touched])]);
      await markRelatedStale(tx);
      return outcomes;
    });
  } finally {
    await session.close();
  }
}

/**
 * Takes each source's lock first (MERGE on its unique id) and reads its stored hash: a second
 * ingest of the same note waits here until the first commits, then finds it unchanged. Under
 * that lock a source's talks are written by one transaction only, so their relationships can be
 * CREATEd rather than MERGEd (MERGE scanned every relationship of a hub to find none).
 */
async function lockSources(tx: ManagedTransaction, notes: GraphRows[]): Promise<Map<string, string>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MERGE (s:Source {id: id})
     RETURN s.id AS id, s.sha256 AS sha256`,
    { ids: notes.map((n) => n.source.id) },
  );
  return new Map(
    result.records.flatMap((r) => {
      const sha = r.get('sha256') as string | null;
      return sha === null ? [] : [[r.get('id') as string, sha] as const];
    }),
  );
}

async function writeRows(tx: ManagedTransaction, notes: GraphRows[]): Promise<void> {
  const batch = flattenNotes(notes);
  const talks = await tx.run(
    `UNWIND $notes AS note
     MATCH (s:Source {id: note.source.id})
     SET s.path = note.source.path, s.sha256 = note.source.sha256, s.name = note.source.path
     WITH s, note
     UNWIND note.talks AS row
     MERGE (t:Talk {id: row.id})
     SET t += row, t.name = row.title
     MERGE (t)-[:FROM_SOURCE]->(s)
     RETURN row.id AS id, elementId(t) AS ref`,
    { notes: notes.map((n) => ({ source: n.source, talks: n.talks })) },
  );
  // Types come from the extraction's allow-list (graph/model.ts), never from the note's text.
  // The first note to name an entity names the node, as if the notes were loaded one by one;
  // spellings new to an entity are appended once per batch.
  const entities = await tx.run(
    `UNWIND $entities AS row
     MERGE (e:Entity {id: row.id})
     ON CREATE SET e.name = row.name, e.aliases = [row.name]
     SET e.kind = coalesce(e.kind, row.kind), e:$(row.type),
         e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases]
     FOREACH (_ IN CASE WHEN row.unnamed THEN [1] ELSE [] END | SET e.unnamed = true)
     RETURN row.id AS id, elementId(e) AS ref`,
    { entities: batch.entities },
  );
  // The nodes just written are found again by element id: a seek by id is a fraction of a
  // (locking) unique-index seek, and the relationship rows below needed ~5 per row.
  const refs = new Map<string, string>();
  for (const record of [...talks.records, ...entities.records]) {
    refs.set(record.get('id') as string, record.get('ref') as string);
  }
  const ref = (id: string) => refs.get(id) ?? missingRef(id);
  const maybeRef = (id: string | null) => (id === null ? null : ref(id));
  // The talks' old relationships went with removeContributions: these are all new.
  await tx.run(
    `UNWIND $given AS row
     MATCH (t) WHERE elementId(t) = row.talk
     MATCH (p) WHERE elementId(p) = row.person
     CREATE (t)-[:GIVEN_BY]->(p)`,
    { given: batch.given.map((g) => ({ talk: ref(g.talk), person: ref(g.person) })) },
  );
  await tx.run(
    `UNWIND $mentions AS row
     MATCH (t) WHERE elementId(t) = row.talk
     MATCH (e) WHERE elementId(e) = row.entity
     CREATE (t)-[:MENTIONS {count: row.count, snippet: row.snippet, aliases: row.aliases,
       extractors: row.extractors}]->(e)`,
    { mentions: batch.mentions.map((m) => ({ ...m, talk: ref(m.talk), entity: ref(m.entity) })) },
  );
  await tx.run(
    `UNWIND $decisions AS row
     MATCH (t:Talk) WHERE elementId(t) = row.talk
     MATCH (p:Entity) WHERE elementId(p) = row.person
     OPTIONAL MATCH (to:Entity) WHERE elementId(to) = row.to
     OPTIONAL MATCH (from:Entity) WHERE elementId(from) = row.from
     CREATE (d:CareerDecision {id: row.id, kind: row.kind, year: row.year, summary: row.summary,
       name: row.summary, evidence: row.evidence, offset: row.offset, extractors: row.extractors})
     CREATE (p)-[:DECIDED]->(d)
     CREATE (d)-[:TOLD_IN]->(t)
     FOREACH (x IN CASE WHEN to IS NULL THEN [] ELSE [to] END | CREATE (d)-[:TO]->(x))
     FOREACH (x IN CASE WHEN from IS NULL THEN [] ELSE [from] END | CREATE (d)-[:FROM]->(x))`,
    {
      decisions: batch.decisions.map((d) => ({
        ...d,
        talk: ref(d.talk),
        person: ref(d.person),
        to: maybeRef(d.to),
        from: maybeRef(d.from),
      })),
    },
  );
  await tx.run(
    `UNWIND $affiliations AS row
     MATCH (p) WHERE elementId(p) = row.person
     MATCH (i) WHERE elementId(i) = row.institution
     CREATE (p)-[:AFFILIATED_WITH {talk: row.talk, source: row.source, role: row.role, since: row.since,
       until: row.until, evidence: row.evidence}]->(i)`,
    {
      affiliations: batch.affiliations.map((a) => ({
        ...a,
        person: ref(a.person),
        institution: ref(a.institution),
      })),
    },
  );
}

/** Every talk and entity a row points at is in the same note's rows, so this is a bug. */
function missingRef(id: string): never {
  throw new Error(`Internal error: ${id} is referenced by a row of this batch but was not written by it`);
}

type Rows<K extends keyof GraphRows> = GraphRows[K];

/**
 * A batch's rows as its statements send them: each entity once (first name and kind, every
 * spelling its mentions saw, in order), and relationship rows without repeats, since they are
 * CREATEd (the last affiliation row for a talk, person and institution wins, as SET did).
 */
function flattenNotes(notes: GraphRows[]) {
  const entities = new Map<string, Rows<'entities'>[number] & { aliases: string[] }>();
  for (const row of notes.flatMap((n) => n.entities)) {
    const known = entities.get(row.id);
    if (!known) {
      entities.set(row.id, { ...row, aliases: [] });
    } else {
      known.kind ??= row.kind;
      known.unnamed ||= row.unnamed;
    }
  }
  const mentions = unique(
    notes.flatMap((n) => n.mentions),
    (m) => `${m.talk}\n${m.entity}`,
  );
  for (const m of mentions) {
    const aliases = entities.get(m.entity)?.aliases;
    aliases?.push(...m.aliases.filter((a) => !aliases.includes(a)));
  }
  const affiliations = notes.flatMap((n) => n.affiliations.map((a) => ({ ...a, source: n.source.id })));
  return {
    entities: [...entities.values()],
    given: unique(
      notes.flatMap((n) => n.given),
      (g) => `${g.talk}\n${g.person}`,
    ),
    mentions,
    decisions: unique(
      notes.flatMap((n) => n.decisions),
      (d) => d.id,
    ),
    affiliations: unique(affiliations.reverse(), (a) => `${a.talk}\n${a.person}\n${a.institution}`).reverse(),
  };
}

/** The first row for each key, in order. */
function unique<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) {
      return false;
    }
    seen.add(k);
    return true;
  });
}
