import { REL } from '../../graph/model.ts';
import { builder } from './builder.ts';
import { byId } from './loaders.ts';
import { type NodeRow, nodeRow } from './node-row.ts';
import { InstitutionRef, PersonRef, TalkRef } from './refs.ts';

/** An AFFILIATED_WITH relationship, with the talk that supports it. */
interface AffiliationRow {
  person: NodeRow;
  institution: NodeRow;
  talk: NodeRow | null;
  role: string | null;
  since: number | null;
  until: number | null;
  evidence: string | null;
}

const AffiliationRef = builder.objectRef<AffiliationRow>('Affiliation').implement({
  description: 'A person belonging to an institution, as a talk tells it.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (a) => a.person }),
    institution: t.field({ type: InstitutionRef, resolve: (a) => a.institution }),
    role: t.exposeString('role', { nullable: true }),
    since: t.exposeInt('since', { nullable: true, description: 'Year.' }),
    until: t.exposeInt('until', { nullable: true, description: 'Year.' }),
    evidence: t.exposeString('evidence', { nullable: true }),
    talk: t.field({
      type: TalkRef,
      nullable: true,
      description: 'Where it is told.',
      resolve: (a) => a.talk,
    }),
  }),
});

const AFFILIATION = `{person: ${nodeRow('p')}, institution: ${nodeRow('i')}, talk: ${nodeRow('t')},
  role: a.role, since: a.since, until: a.until, evidence: a.evidence}`;

/** Both directions share one shape; the talk is found by the id the relationship keeps. */
function affiliationsOf(anchor: 'p' | 'i', label: 'Person' | 'Institution') {
  return byId<AffiliationRow[]>(
    `UNWIND $ids AS id
     MATCH (${anchor}:${label} {id: id})
     RETURN id, COLLECT {
       MATCH (p:Person)-[a:${REL.AFFILIATED_WITH}]->(i:Institution)
       OPTIONAL MATCH (t:Talk {id: a.talk})
       RETURN ${AFFILIATION} ORDER BY coalesce(a.since, 9999), i.name, p.name
     } AS rows`,
    (r) => r.get('rows') as AffiliationRow[],
    [],
    (rows) => rows.length,
  );
}

const affiliationsOfPerson = affiliationsOf('p', 'Person');
const affiliationsOfInstitution = affiliationsOf('i', 'Institution');

builder.objectField(PersonRef, 'affiliations', (t) =>
  t.field({
    type: [AffiliationRef],
    description: 'Institutions this person belongs or belonged to, earliest first.',
    resolve: (row, _args, { loaders }) => loaders.load(affiliationsOfPerson, row.id),
  }),
);

builder.objectField(InstitutionRef, 'affiliations', (t) =>
  t.field({
    type: [AffiliationRef],
    description: 'People who belong or belonged here, earliest first.',
    resolve: (row, _args, { loaders }) => loaders.load(affiliationsOfInstitution, row.id),
  }),
);
