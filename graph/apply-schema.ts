import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Driver, Neo4jError } from 'neo4j-driver';

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
      await session.executeWrite((tx) => tx.run(statement)).catch(ignoreConcurrentCreation);
    }
  } finally {
    await session.close();
  }
}

/**
 * IF NOT EXISTS is checked when a statement starts: two processes connecting at once (two
 * instances, parallel test files) can both try to create the same rule. The loser's error only
 * says the rule now exists, which is what was wanted.
 */
function ignoreConcurrentCreation(error: unknown): void {
  if (error instanceof Neo4jError && /^Neo\.ClientError\.Schema\.\w*AlreadyExists$/.test(error.code)) {
    return;
  }
  throw error;
}
