import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpQueries } from '../../app/warm-up.ts';
import { DATABASE, testDriver } from '../support/graph.ts';

let driver: Driver;

beforeAll(async () => {
  driver = await testDriver();
});

afterAll(async () => {
  await driver?.close();
});

describe('app/warm-up.ts', () => {
  it('runs the summary overview (without and with years) through the API, so its plan is compiled', async () => {
    const warmed = await warmUpQueries({ driver, database: DATABASE });
    expect(warmed.map((w) => w.error)).toEqual([null, null]);
    expect(warmed[0]?.query).toMatch(/^\{ overview\(limit: 40\)/);
    expect(warmed[1]?.query).toContain('from: 2000, to: 2000');
  });

  it('reports a failure instead of throwing: the app serves anyway', async () => {
    const closed = await testDriver();
    await closed.close();
    const warmed = await warmUpQueries({ driver: closed, database: DATABASE });
    expect(warmed).toHaveLength(2);
    for (const w of warmed) {
      expect(w.error).toBeTruthy();
    }
  });
});
