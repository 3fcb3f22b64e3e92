/**
 * A whole-graph picture for comparing a crashed-then-rerun load with a clean one: counts per label
 * and relationship type, a content hash of every node and relationship (ids and properties), and
 * the invariants a crash must not break. For engines a test owns: it reads everything.
 * Plain Node, no vitest: bench/chaos uses it too.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphSnapshot {
  /** `:Label` → nodes, `[TYPE]` → relationships. */
  counts: Record<string, number>;
  /** sha256 of every node and relationship line, RELATED_TO included. */
  hash: string;
  /** The same without RELATED_TO: what the notes themselves wrote. */
  notesHash: string;
  /** `start->end score reasons` for every RELATED_TO, sorted (duplicates kept). */
  related: string[];
  /** Ids held by more than one node. */
  duplicateIds: number;
  /** Talk pairs linked by more than one RELATED_TO in the same direction. */
  duplicateRelated: number;
  /** Decisions without the person who made them or the talk that tells them. */
  orphanDecisions: number;
  /** Talks without a source. */
  orphanTalks: number;
  /** Sorted lines, for a readable diff when two hashes differ. */
  lines: string[];
}

/** Floats rounded so that one summation order or another does not count as a change. */
function canonical(value: unknown): string {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export async function graphSnapshot(driver: Driver, database: string): Promise<GraphSnapshot> {
  const read = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const nodes = await read('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
  const rels = await read(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props`,
  );
  const counts: Record<string, number> = {};
  const bump = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const nodeLines: string[] = [];
  const ids = new Map<string, number>();
  for (const n of nodes) {
    const labels = [...(n['labels'] as string[])].sort();
    for (const label of labels) {
      bump(`:${label}`);
    }
    const id = String(n['id']);
    // Bookkeeping nodes (a stale mark, a lock) may have no id.
    if (n['id'] !== null && n['id'] !== undefined) {
      ids.set(id, (ids.get(id) ?? 0) + 1);
    }
    nodeLines.push(`node ${id} ${labels.join(':')} ${canonical(n['props'])}`);
  }
  const relLines: string[] = [];
  const related: string[] = [];
  const pairs = new Map<string, number>();
  for (const r of rels) {
    const type = String(r['type']);
    bump(`[${type}]`);
    const props = type === 'RELATED_TO' ? sortedReasons(r['props'] as Record<string, unknown>) : r['props'];
    const line = `${type} ${r['start']}->${r['end']} ${canonical(props)}`;
    if (type === 'RELATED_TO') {
      related.push(line);
      const pair = `${r['start']}->${r['end']}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    } else {
      relLines.push(line);
    }
  }
  const [orphans] = await read(
    `RETURN COUNT { MATCH (d:CareerDecision) WHERE NOT (:Person)-[:DECIDED]->(d) OR NOT (d)-[:TOLD_IN]->(:Talk) } AS decisions,
            COUNT { MATCH (t:Talk) WHERE NOT (t)-[:FROM_SOURCE]->(:Source) } AS talks`,
  );
  const notesLines = [...nodeLines, ...relLines].sort();
  related.sort();
  const lines = [...notesLines, ...related].sort();
  return {
    counts,
    hash: sha(lines),
    notesHash: sha(notesLines),
    related,
    duplicateIds: [...ids.values()].filter((n) => n > 1).length,
    duplicateRelated: [...pairs.values()].filter((n) => n > 1).length,
    orphanDecisions: Number(orphans?.['decisions'] ?? 0),
    orphanTalks: Number(orphans?.['talks'] ?? 0),
    lines,
  };
}

/**
 * "shared: A, B" lists entities of equal weight in the order the talks' entities were read from
 * the database, which a crash and rerun changes: the names are compared as a set.
 */
function sortedReasons(props: Record<string, unknown>): Record<string, unknown> {
  const reasons = Array.isArray(props['reasons']) ? (props['reasons'] as unknown[]) : [];
  return {
    ...props,
    reasons: reasons.map((reason) =>
      typeof reason === 'string' && reason.startsWith('shared: ')
        ? `shared: ${reason.slice(8).split(', ').sort().join(', ')}`
        : reason,
    ),
  };
}

function sha(lines: string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/**
 * What differs between two snapshots, briefly: counts, then a few lines each side lacks.
 * `notesOnly` leaves RELATED_TO out (a load killed before its related-talks pass).
 */
export function snapshotDiff(
  expected: GraphSnapshot,
  actual: GraphSnapshot,
  options: { notesOnly?: boolean; sample?: number } = {},
): string[] {
  const sample = options.sample ?? 5;
  const keep = (key: string) => !(options.notesOnly && key === '[RELATED_TO]');
  const out: string[] = [];
  for (const key of new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)])) {
    if (keep(key) && expected.counts[key] !== actual.counts[key]) {
      out.push(`${key}: expected ${expected.counts[key] ?? 0}, got ${actual.counts[key] ?? 0}`);
    }
  }
  const same = options.notesOnly ? expected.notesHash === actual.notesHash : expected.hash === actual.hash;
  if (!same) {
    const lines = (s: GraphSnapshot) =>
      options.notesOnly ? s.lines.filter((l) => !l.startsWith('RELATED_TO ')) : s.lines;
    const have = new Set(lines(actual));
    const want = new Set(lines(expected));
    const missing = lines(expected).filter((l) => !have.has(l));
    const extra = lines(actual).filter((l) => !want.has(l));
    out.push(`content differs: ${missing.length} lines missing, ${extra.length} extra`);
    out.push(...missing.slice(0, sample).map((l) => `  - ${l.slice(0, 240)}`));
    out.push(...extra.slice(0, sample).map((l) => `  + ${l.slice(0, 240)}`));
  }
  return out;
}

/** Talks with sources written, i.e. notes whose transaction committed. */
export async function storedSources(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (s:Source) WHERE s.sha256 IS NOT NULL RETURN count(s) AS n',
    {},
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('n') ?? 0);
}

export async function relatedCount(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (:Talk)-[r:RELATED_TO]->(:Talk) RETURN count(r) AS n',
    {},
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('n') ?? 0);
}

/** Empties the database (schema stays): a fresh graph for the next case, without a new engine. */
export async function wipeGraph(driver: Driver, database: string): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      'MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n',
      {},
      { database },
    );
    if (Number(records[0]?.get('n') ?? 0) === 0) {
      return;
    }
  }
}

/**
 * Holds a write lock inside an open transaction until `release`: the ingest blocks when it
 * reaches the same node or unique key, so a kill lands at a known point instead of a race.
 * `cypher` takes the lock (e.g. creates a Source with a given id, or sets a property of a talk);
 * release rolls it back, leaving the graph as it was.
 */
export async function holdLock(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<() => Promise<void>> {
  const session = driver.session({ database });
  // An explicit transaction on purpose: a managed one would commit, and the point is to hold it open.
  const tx = await session.beginTransaction();
  await tx.run(cypher, params);
  return async () => {
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  };
}
