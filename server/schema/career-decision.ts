import { REL } from '../../graph/model.ts';
import { checkId } from './args.ts';
import { builder } from './builder.ts';
import { byId, type RequestLoaders as Loaders } from './loaders.ts';
import { type NodeRow, nodeRow } from './node-row.ts';
import { CareerDecisionRef, EntityRef, NodeRef, PersonRef, TalkRef } from './refs.ts';

/** What a decision points at; read with the decision by careerPath, or batched by id. */
interface DecisionLinks {
  person: NodeRow | null;
  talk: NodeRow | null;
  from: NodeRow | null;
  to: NodeRow | null;
}

const LINKS = (d: string) => `{
  person: [(p:Person)-[:${REL.DECIDED}]->(${d}) | ${nodeRow('p')}][0],
  talk: [(${d})-[:${REL.TOLD_IN}]->(t:Talk) | ${nodeRow('t')}][0],
  from: [(${d})-[:${REL.FROM}]->(f:Entity) | ${nodeRow('f')}][0],
  to: [(${d})-[:${REL.TO}]->(x:Entity) | ${nodeRow('x')}][0]}`;

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
    name: t.string({ resolve: (d) => d.summary ?? d.name ?? d.id }),
    kind: t.string({
      description:
        'major_change, grad_school, joined, left, founded, moved_to_academia, military_service, study_abroad or other.',
      resolve: (d) => d.kind ?? 'other',
    }),
    year: t.exposeInt('year', { nullable: true, description: 'Null when the talk does not say.' }),
    summary: t.string({ resolve: (d) => d.summary ?? d.name ?? '' }),
    evidence: t.string({ description: 'The sentence that tells it.', resolve: (d) => d.evidence ?? '' }),
    offset: t.exposeInt('offset', { nullable: true, description: 'Where the talk tells it (text order).' }),
    person: t.field({ type: PersonRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'person') }),
    talk: t.field({ type: TalkRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'talk') }),
    from: t.field({ type: EntityRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'from') }),
    to: t.field({ type: EntityRef, nullable: true, resolve: (d, _a, c) => link(d, c.loaders, 'to') }),
  }),
});

async function link(decision: NodeRow, loaders: Loaders, end: keyof DecisionLinks): Promise<NodeRow | null> {
  return (await loaders.load(linksOfDecision, decision.id))[end];
}

interface CareerRow {
  decision: NodeRow;
  links: DecisionLinks;
}

/**
 * A person's decisions in career order, each with everything a step shows, in one read. The
 * order is orderCareer's (server/career-order.ts, the tested reference; a test checks both
 * agree), computed here because a hub person's ~1,000 steps shrink to a few dozen once
 * retellings are merged, so only those are projected and sent:
 * - an undated step takes the year of the dated step told just before it in its talk (else
 *   just after); steps are then ordered by year (undated last), talk (date, id), offset, id;
 * - steps with the same kind, year, from and to are one move: the first in that order is kept
 *   (steps that know nothing but their kind are never merged).
 */
const careerOf = byId<CareerRow[] | null>(
  `UNWIND $ids AS id
   MATCH (person:Person {id: id})
   RETURN id, COLLECT {
     MATCH (person)-[:${REL.DECIDED}]->(d:CareerDecision)
     WITH d, [(d)-[:${REL.TOLD_IN}]->(t:Talk) | t][0] AS talk, coalesce(d.offset, 0) AS offset
     ORDER BY offset, d.id
     WITH talk, collect({d: d, year: d.year, offset: offset}) AS told
     UNWIND range(0, size(told) - 1) AS i
     WITH talk, told[i] AS step, coalesce(told[i].year,
       last([s IN told[0..i] WHERE s.year IS NOT NULL | s.year]),
       head([s IN told[i + 1..] WHERE s.year IS NOT NULL | s.year])) AS placed
     WITH step.d AS d, step.year AS year, step.offset AS offset, placed,
       coalesce(talk.date, '9999') + '|' + coalesce(talk.id, '') AS talkKey
     WITH d, year, offset, placed, talkKey,
       [(d)-[:${REL.FROM}]->(f:Entity) | f.id][0] AS fromId, [(d)-[:${REL.TO}]->(x:Entity) | x.id][0] AS toId
     ORDER BY placed, talkKey, offset, d.id
     WITH CASE WHEN year IS NULL AND fromId IS NULL AND toId IS NULL THEN [d.id]
         ELSE [d.kind, year, fromId, toId] END AS move,
       collect({d: d, placed: placed, talkKey: talkKey, offset: offset})[0] AS kept
     WITH kept.d AS d ORDER BY kept.placed, kept.talkKey, kept.offset, kept.d.id
     RETURN {decision: ${nodeRow('d')}, links: ${LINKS('d')}}
   } AS steps`,
  (r) => r.get('steps') as CareerRow[],
  null,
  (rows) => rows?.length ?? 0,
);

async function careerPath(personId: string, loaders: Loaders): Promise<NodeRow[] | null> {
  const rows = await loaders.load(careerOf, personId);
  for (const row of rows ?? []) {
    loaders.prime(linksOfDecision, row.decision.id, row.links);
  }
  return rows?.map((row) => row.decision) ?? null;
}

builder.objectField(PersonRef, 'decisions', (t) =>
  t.field({
    type: [CareerDecisionRef],
    description: 'Career decisions in career order (the same list as `careerPath`).',
    resolve: async (person, _args, { loaders }) => (await careerPath(person.id, loaders)) ?? [],
  }),
);

builder.queryField('careerPath', (t) =>
  t.field({
    type: [CareerDecisionRef],
    nullable: true,
    description:
      'A person’s career decisions in order: by year; an undated one where its talk tells it (after the step told before it); a move told in two talks once. Null when there is no such person.',
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_root, args, { loaders }) => careerPath(checkId('personId', args.personId), loaders),
  }),
);
