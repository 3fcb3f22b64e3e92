import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { applySchema } from '../../graph/apply-schema.ts';
import { createDriver } from '../../graph/connection.ts';

export const DATABASE = 'neo4j';

/** A driver on the run's shared engine, with the schema applied. */
export async function testDriver(): Promise<Driver> {
  const driver = createDriver(
    inject('neo4jUri'),
    process.env['NEO4J_USER'] ?? 'neo4j',
    process.env['NEO4J_PASSWORD'] ?? '',
  );
  await applySchema(driver, DATABASE);
  return driver;
}

export async function countNodes(
  driver: Driver,
  label: 'Talk' | 'Source' | 'Person',
  ids: string[],
): Promise<number> {
  const result = await driver.executeQuery(
    // Label from the caller's fixed union; ids as a parameter.
    `MATCH (n:${label}) WHERE n.id IN $ids RETURN count(n) AS n`,
    { ids },
    { database: DATABASE },
  );
  return result.records[0]?.get('n') as number;
}
