/**
 * The client's operations are typed from client/api/graphql-env.d.ts, which is generated from
 * server/schema.graphql (`npm run graphql-env`, also run by `npm run schema:print`). A stale file
 * would type the client against an old schema, so this regenerates it and compares; and every
 * document the client sends must validate against the schema (typecheck catches a field the
 * client reads; this catches one it only asks for).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_ENV_FILE, graphqlEnv, SCHEMA_FILE } from '../../scripts/client-graphql-env.ts';

const sdl = readFileSync(SCHEMA_FILE, 'utf8');
const API = join(import.meta.dirname, '..', '..', 'client', 'api');

describe('client GraphQL types', () => {
  it('graphql-env.d.ts is generated from the current schema (run `npm run graphql-env`)', () => {
    expect(readFileSync(GRAPHQL_ENV_FILE, 'utf8')).toBe(graphqlEnv(sdl));
  });

  it('every operation the client sends validates against the schema', async () => {
    const schema = buildSchema(sdl);
    // Every module of client/api, so a new one is checked without being listed here.
    const files = readdirSync(API).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    const modules: Record<string, unknown>[] = await Promise.all(files.map((f) => import(join(API, f))));
    const operations = modules
      .flatMap((module) => Object.entries(module))
      .filter(([name]) => name.endsWith('Query'))
      .map(([name, document]) => [name, document as unknown as DocumentNode] as const);
    expect(operations.length).toBeGreaterThan(10);
    for (const [name, document] of operations) {
      expect(validate(schema, document).map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});
