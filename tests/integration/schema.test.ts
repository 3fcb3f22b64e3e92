import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySchema, schemaStatements } from '../../graph/apply-schema.ts';
import { CAREER_MOVE_LABEL, ENTITY_LABEL, LABELS } from '../../graph/model.ts';
import { printedSchema } from '../../server/schema/index.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

describe('graph schema', () => {
  it('has a uniqueness constraint on id for every label, applied idempotently', async () => {
    const driver = await testDriver();
    try {
      await applySchema(driver, DATABASE); // a second time: must not fail
      const result = await driver.executeQuery(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
        {},
        { database: DATABASE },
      );
      const constrained = result.records.filter((r) => (r.get('properties') as string[]).join() === 'id');
      expect(new Set(constrained.map((r) => r.get('label')))).toEqual(
        new Set([...LABELS, ENTITY_LABEL, CAREER_MOVE_LABEL]),
      );
      const fulltext = await driver.executeQuery(
        "SHOW FULLTEXT INDEXES YIELD name, properties, state WHERE name = 'search_text' RETURN properties, state",
        {},
        { database: DATABASE },
      );
      expect(fulltext.records[0]?.get('properties')).toEqual(['name', 'aliases', 'title']);
    } finally {
      await driver.close();
    }
  });

  it('is written as statements that each say IF NOT EXISTS', () => {
    for (const statement of schemaStatements()) {
      expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });
});

describe('GraphQL contract', () => {
  it('matches the committed server/schema.graphql (run npm run schema:print after a change)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'server', 'schema.graphql'), 'utf8');
    expect(printedSchema()).toBe(committed);
  });
});
