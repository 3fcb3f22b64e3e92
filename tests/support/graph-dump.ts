import type { Driver } from 'neo4j-driver';
import { DATABASE } from './graph.ts';

function canonical(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A canonical text form of everything linked to the talks of the given sources: nodes with their
 * labels and properties, relationships with theirs, sorted. Two equal dumps are the same graph,
 * up to RELATED_TO, which depends on every talk in the database.
 */
export async function dumpSourceGraph(driver: Driver, sourcePaths: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source) WHERE any(p IN $paths WHERE s.path ENDS WITH p)
     MATCH (s)<-[:FROM_SOURCE]-(t:Talk)
     OPTIONAL MATCH (t)<-[:TOLD_IN]-(d:CareerDecision)
     WITH collect(DISTINCT t) + collect(DISTINCT d) AS anchors
     UNWIND anchors AS a
     MATCH (a)-[r]-(x)
     // RELATED_TO is derived from the whole graph (rarity weights), which other tests change.
     WHERE type(r) <> 'RELATED_TO'
     RETURN DISTINCT type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, properties(r) AS relProps,
       x.id AS node, labels(x) AS labels, properties(x) AS nodeProps`,
    { paths: sourcePaths },
    { database: DATABASE },
  );
  const lines = new Set<string>();
  for (const r of records) {
    lines.add(`${r.get('type')} ${r.get('start')}->${r.get('end')} ${canonical(r.get('relProps'))}`);
    lines.add(
      `node ${r.get('node')} ${canonical([...(r.get('labels') as string[])].sort())} ${canonical(r.get('nodeProps'))}`,
    );
  }
  return [...lines].sort();
}

/** Every property value stored on the talks of sources whose path contains `pathPart`, and around them. */
export async function storedText(driver: Driver, pathPart: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE s.path CONTAINS $part
     OPTIONAL MATCH (t)-[r]-(x)
     OPTIONAL MATCH (t)<-[:TOLD_IN]-(:CareerDecision)-[r2]-(y)
     RETURN properties(t) AS t, collect(properties(r)) AS r, collect(properties(x)) AS x,
       collect(properties(r2)) AS r2, collect(properties(y)) AS y`,
    { part: pathPart },
    { database: DATABASE },
  );
  return JSON.stringify(records.map((r) => r.toObject()));
}
