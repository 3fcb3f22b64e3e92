/**
 * A graph loaded before career moves existed has every decision but no CareerMove node (and no
 * SAME_TALK, PART_OF or NARRATED_BY links), and a load rebuilds moves only for the people it
 * touches. This fills what such a graph lacks: every person with decisions and no move gets the
 * after-load pass of refresh-careers.ts, over their talks. Idempotent: once their moves exist a
 * person is not picked again, and a second run changes nothing.
 *
 * Takes: a graph. Gives: how many people were looked at.
 */
import type { Driver } from 'neo4j-driver';
import { CAREER_MOVE_LABEL, REL } from '../../graph/model.ts';
import { refreshMoves } from './career-moves-store.ts';
import { refreshCareers } from './refresh-careers.ts';

/**
 * People with a decision that can make a move and no move (or only moves stored before they
 * carried the view a career path reads: career-moves-store.ts). Only `other` is ever dropped, and only
 * when it leads nowhere or to an institution in words of a result, a plan or a paper; those that
 * lead nowhere are left out here, so a person with nothing but them is not refreshed on every run.
 */
const WITHOUT_MOVES = `MATCH (p:Person)
  WHERE EXISTS {
    MATCH (p)-[:${REL.DECIDED}]->(d:CareerDecision)
    WHERE d.kind <> 'other' OR EXISTS { (d)-[:${REL.TO}]->(:Institution) }
  }
  AND NOT EXISTS { MATCH (m:${CAREER_MOVE_LABEL} {person: p.id}) WHERE m.view IS NOT NULL }
  RETURN p.id AS id, EXISTS { MATCH (m:${CAREER_MOVE_LABEL} {person: p.id}) } AS hasMoves ORDER BY id`;

const TALKS_OF = `UNWIND $ids AS id
  MATCH (:Person {id: id})-[:${REL.DECIDED}]->(:CareerDecision)-[:${REL.TOLD_IN}]->(t:Talk)
  RETURN collect(DISTINCT t.id) AS ids`;

/** People per transaction: small, since a hub of thousands of decisions must fit the engine's 60 s transaction limit on a busy machine. */
const BATCH = 25;

export async function fillMissingMoves(graph: { driver: Driver; database: string }): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const found = await session.executeRead(async (tx) =>
      (await tx.run(WITHOUT_MOVES)).records.map((r) => ({
        id: r.get('id') as string,
        hasMoves: r.get('hasMoves') as boolean,
      })),
    );
    // Moves stored before views were written: their links exist, only the moves need rewriting.
    const outdated = found.filter((p) => p.hasMoves).map((p) => p.id);
    const missing = found.filter((p) => !p.hasMoves).map((p) => p.id);
    for (let start = 0; start < outdated.length; start += BATCH) {
      const ids = outdated.slice(start, start + BATCH);
      await session.executeWrite((tx) => refreshMoves(tx, ids));
    }
    for (let start = 0; start < missing.length; start += BATCH) {
      const ids = missing.slice(start, start + BATCH);
      await session.executeWrite(async (tx) => {
        const talks = (await tx.run(TALKS_OF, { ids })).records[0]?.get('ids') as string[] | undefined;
        await refreshCareers(tx, { talkIds: talks ?? [], touched: ids });
      });
    }
    return found.length;
  } finally {
    await session.close();
  }
}
