import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';

/** The statements of schema.cypher, comments removed. */
export function schemaStatements(): string[] {
  const text = readFileSync(join(import.meta.dirname, 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Every statement says IF NOT EXISTS, so this is safe on every connect. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of schemaStatements()) {
      // Schema changes cannot share a transaction with each other: one each.
      await session.executeWrite((tx) => tx.run(statement));
    }
  } finally {
    await session.close();
  }
}
