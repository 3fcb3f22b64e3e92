/**
 * Links the talks a write just stored to other notes of the same talk (same-talk.ts decides),
 * inside the write's transaction: a changed talk's links are dropped and found again. Candidates
 * are talks of the same speakers from other notes with compatible dates, so a prolific speaker's
 * other talks are filtered in the database and only a few are compared.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { REL } from '../../graph/model.ts';
import { sameTalk, type TalkSide } from './same-talk.ts';

const SIDE = (t: string) => `{id: ${t}.id, title: coalesce(${t}.title, ''), date: ${t}.date,
  fingerprint: coalesce(${t}.fingerprint, []),
  entities: [(${t})-[:${REL.MENTIONS}]->(e:Entity) WHERE NOT e IN speakers | {id: e.id, aliases: coalesce(e.aliases, [])}]}`;

const CANDIDATES = `UNWIND $ids AS id
  MATCH (t:Talk {id: id})
  WITH t, COLLECT { MATCH (t)-[:${REL.GIVEN_BY}]->(p:Person) RETURN p } AS speakers
  WHERE size(speakers) > 0
  WITH t, speakers, speakers[0] AS first
  MATCH (first)<-[:${REL.GIVEN_BY}]-(o:Talk)
  WHERE o <> t
    AND (t.date IS NULL OR o.date IS NULL OR t.date STARTS WITH o.date OR o.date STARTS WITH t.date)
    AND COUNT { (o)-[:${REL.GIVEN_BY}]->() } = size(speakers)
    AND all(s IN speakers WHERE (o)-[:${REL.GIVEN_BY}]->(s))
    AND NOT EXISTS { (t)-[:${REL.FROM_SOURCE}]->(:Source)<-[:${REL.FROM_SOURCE}]-(o) }
  RETURN ${SIDE('t')} AS a, ${SIDE('o')} AS b`;

/** Returns the pairs linked. */
export async function linkSameTalks(
  tx: ManagedTransaction,
  talkIds: readonly string[],
): Promise<{ a: string; b: string }[]> {
  if (talkIds.length === 0) {
    return [];
  }
  await tx.run(`UNWIND $ids AS id MATCH (:Talk {id: id})-[r:${REL.SAME_TALK}]-() DELETE r`, { ids: talkIds });
  const result = await tx.run(CANDIDATES, { ids: talkIds });
  const pairs = new Map<string, { a: string; b: string; score: number; reasons: string[] }>();
  for (const record of result.records) {
    const [a, b] = [record.get('a') as TalkSide, record.get('b') as TalkSide];
    const verdict = sameTalk(a, b);
    // One link per pair, from the larger id to the smaller, whichever side was loaded first.
    const [from, to] = a.id > b.id ? [a.id, b.id] : [b.id, a.id];
    if (verdict.same) {
      pairs.set(`${from}\n${to}`, {
        a: from,
        b: to,
        score: Math.round(Math.max(verdict.text, verdict.entities) * 1000) / 1000,
        reasons: verdict.reasons,
      });
    }
  }
  await tx.run(
    `UNWIND $pairs AS pair
     MATCH (a:Talk {id: pair.a}), (b:Talk {id: pair.b})
     MERGE (a)-[r:${REL.SAME_TALK}]->(b)
     SET r.score = pair.score, r.reasons = pair.reasons`,
    { pairs: [...pairs.values()] },
  );
  return [...pairs.values()].map(({ a, b }) => ({ a, b }));
}
