/**
 * PROFILE of a captured statement: database hits, rows and the costliest operators, the
 * evidence that tells an index seek from a scan or a hub expanded in full.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';

export interface Profile {
  dbHits: number;
  rows: number;
  /** Operators by db hits, costliest first (at most five): `NodeIndexSeek 3`, `Expand(All) 52,113`. */
  top: { operator: string; dbHits: number; rows: number }[];
  ms: number;
}

/**
 * Runs `PROFILE <cypher>` in a transaction that is rolled back, so a write statement can be
 * profiled on the loaded graph without changing it.
 */
export async function profileCypher(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Profile> {
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  try {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${cypher}`, params);
    const ms = performance.now() - started;
    const plan = result.summary.profile;
    if (!plan) {
      throw new Error('no profile returned');
    }
    const operators = flatten(plan);
    return {
      dbHits: operators.reduce((sum, op) => sum + op.dbHits, 0),
      rows: plan.rows,
      top: operators
        .sort((a, b) => b.dbHits - a.dbHits)
        .slice(0, 5)
        .map((op) => ({ operator: op.operatorType.replace(/@.*$/, ''), dbHits: op.dbHits, rows: op.rows })),
      ms,
    };
  } finally {
    await tx.rollback();
    await session.close();
  }
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

export function describeProfile(profile: Profile): string {
  const ops = profile.top
    .filter((op) => op.dbHits > 0)
    .map((op) => `${op.operator} ${op.dbHits.toLocaleString('en-US')}`)
    .join(', ');
  return `${profile.dbHits.toLocaleString('en-US')} db hits (${ops})`;
}
