import { REL } from '../../graph/model.ts';
import { orderCareer } from '../career-order.ts';
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

/** A person's decisions with everything a step shows, in one read, then put in career order. */
const careerOf = byId<CareerRow[] | null>(
  `UNWIND $ids AS id
   MATCH (person:Person {id: id})
   RETURN id, COLLECT {
     MATCH (person)-[:${REL.DECIDED}]->(d:CareerDecision)
     RETURN {decision: ${nodeRow('d')}, links: ${LINKS('d')}}
   } AS steps`,
  (r) => {
    const rows = r.get('steps') as CareerRow[];
    const steps = rows.map((row) => ({ ...row, ...row.links, decision: row.decision }));
    return orderCareer(steps).map(({ decision, links }) => ({ decision, links }));
  },
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
