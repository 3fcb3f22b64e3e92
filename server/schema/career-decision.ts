import { REL } from '../../graph/model.ts';
import { byId, type RequestLoaders as Loaders } from './loaders.ts';
import {
  type CareerDecisionRow,
  decisionRow,
  type EntityRow,
  entityRow,
  type PersonRow,
  type TalkRow,
  talkRow,
} from './node-row.ts';
import { CareerDecisionRef, EntityRef, NodeRef, PersonRef, TalkRef } from './refs.ts';

/** What a decision points at; read with the decision by careerPath, or batched by id. */
interface DecisionLinks {
  person: PersonRow | null;
  talk: TalkRow | null;
  from: EntityRow | null;
  to: EntityRow | null;
}

const LINKS = (d: string) => `{
  person: [(p:Person)-[:${REL.DECIDED}]->(${d}) | ${entityRow('p')}][0],
  talk: [(${d})-[:${REL.TOLD_IN}]->(t:Talk) | ${talkRow('t')}][0],
  from: [(${d})-[:${REL.FROM}]->(f:Entity) | ${entityRow('f')}][0],
  to: [(${d})-[:${REL.TO}]->(x:Entity) | ${entityRow('x')}][0]}`;

const NO_LINKS: DecisionLinks = { person: null, talk: null, from: null, to: null };

const linksOfDecision = byId<DecisionLinks>(
  `UNWIND $ids AS id
   MATCH (d:CareerDecision {id: id})
   RETURN id, ${LINKS('d')} AS links`,
  (r) => r.get('links') as DecisionLinks,
  NO_LINKS,
  () => 1,
);

CareerDecisionRef.implement({
  description: 'A step of a career as a talk tells it (a career path is a list of these).',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.string({ resolve: (d) => d.summary ?? d.id }),
    kind: t.string({
      description:
        'major_change, grad_school, joined, left, founded, moved_to_academia, military_service, study_abroad or other.',
      resolve: (d) => d.kind ?? 'other',
    }),
    year: t.exposeInt('year', { nullable: true, description: 'Null when the talk does not say.' }),
    summary: t.string({ resolve: (d) => d.summary ?? '' }),
    evidence: t.string({ description: 'The sentence that tells it.', resolve: (d) => d.evidence ?? '' }),
    offset: t.exposeInt('offset', { nullable: true, description: 'Where the talk tells it (text order).' }),
    person: t.field({ type: PersonRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'person') }),
    talk: t.field({ type: TalkRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'talk') }),
    from: t.field({ type: EntityRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'from') }),
    to: t.field({ type: EntityRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'to') }),
  }),
});

async function link<E extends keyof DecisionLinks>(
  decision: CareerDecisionRow,
  loaders: Loaders,
  end: E,
): Promise<DecisionLinks[E]> {
  return (await loaders.load(linksOfDecision, decision.id))[end];
}

interface CareerRow {
  decision: CareerDecisionRow;
  links: DecisionLinks;
}

/**
 * Dated steps of `person` told in `talk` (or, when `talk` is null, told in no talk) on one side
 * of step `d` in text order: the nearest one's year places an undated step. Read only for
 * undated steps, from the talk's side, so it stays linear in the career's size.
 */
const nearestYear = (side: 'before' | 'after') => {
  const [cmp, order] = side === 'before' ? ['<', 'DESC'] : ['>', 'ASC'];
  return `COLLECT {
       CALL (person, talk) {
         MATCH (talk)<-[:${REL.TOLD_IN}]-(o)<-[:${REL.DECIDED}]-(person) RETURN o
         UNION
         MATCH (person)-[:${REL.DECIDED}]->(o)
         WHERE talk IS NULL AND NOT EXISTS { (o)-[:${REL.TOLD_IN}]->(:Talk) } RETURN o
       }
       WITH o, coalesce(o.offset, 0) AS at
       WHERE o.year IS NOT NULL AND (at ${cmp} coalesce(d.offset, 0) OR (at = coalesce(d.offset, 0) AND o.id ${cmp} d.id))
       RETURN o.year ORDER BY at ${order}, o.id ${order} LIMIT 1
     }[0]`;
};

/**
 * A person's decisions in career order, each with everything a step shows, in one read. The
 * order is written here only (tests/integration/api-career-order.test.ts tests each rule), in
 * the database because a hub person's thousands of steps (every talk they give retells their
 * career) shrink to a few dozen once retellings are merged, so only those are projected and sent:
 * - an undated step takes the year of the dated step told just before it in its talk (else
 *   just after); steps are then ordered by year (undated last), talk (date, id), offset, id;
 * - steps with the same kind, year, from and to are one move: the first in that order is kept
 *   (steps that know nothing but their kind are never merged).
 * Per step it reads only what merging needs: one walk over its relationships (talk, from, to as
 * nodes, compared without reading their ids), its year and kind, its talk's date and id. The
 * first (year, talk) of each move is an aggregate, so no sort of every step; offsets and ids are
 * read only to break ties within that talk, and the surrounding steps only for undated ones
 * (figures: bench/README.md, "Why the API reads as it does").
 */
const careerOf = byId<CareerRow[] | null>(
  `UNWIND $ids AS id
   MATCH (person:Person {id: id})
   RETURN id, COLLECT {
     MATCH (person)-[:${REL.DECIDED}]->(d)
     WITH person, d, [(d)-[r:${REL.TOLD_IN}|${REL.FROM}|${REL.TO}]->(x) | [type(r), x]] AS ends
     WITH person, d, d.year AS year,
       [e IN ends WHERE e[0] = '${REL.TOLD_IN}' | e[1]][0] AS talk,
       [e IN ends WHERE e[0] = '${REL.FROM}' | e[1]][0] AS fromNode,
       [e IN ends WHERE e[0] = '${REL.TO}' | e[1]][0] AS toNode
     WITH d, year, talk, fromNode, toNode,
       CASE WHEN year IS NOT NULL THEN year ELSE coalesce(${nearestYear('before')}, ${nearestYear('after')}) END AS placed
     WITH d, CASE WHEN year IS NULL AND fromNode IS NULL AND toNode IS NULL THEN [d]
         ELSE [d.kind, year, fromNode, toNode] END AS move,
       [placed, coalesce(talk.date, '9999') + '|' + coalesce(talk.id, '')] AS told
     WITH move, min(told) AS first, collect([told, d]) AS steps
     CALL (first, steps) {
       UNWIND steps AS step
       WITH step WHERE step[0][1] = first[1] AND (step[0][0] = first[0] OR (step[0][0] IS NULL AND first[0] IS NULL))
       WITH step[1] AS d, coalesce(step[1].offset, 0) AS offset ORDER BY offset, d.id LIMIT 1
       RETURN d, offset
     }
     WITH d ORDER BY first, offset, d.id
     RETURN {decision: ${decisionRow('d')}, links: ${LINKS('d')}}
   } AS steps`,
  (r) => r.get('steps') as CareerRow[],
  null,
  (rows) => rows?.length ?? 0,
);

/** A person's decisions in career order (Person.decisions); null when there is no such person. */
export async function decisionsOfPerson(
  personId: string,
  loaders: Loaders,
): Promise<CareerDecisionRow[] | null> {
  const rows = await loaders.load(careerOf, personId);
  for (const row of rows ?? []) {
    loaders.prime(linksOfDecision, row.decision.id, row.links);
  }
  return rows?.map((row) => row.decision) ?? null;
}
