import { REL } from '../../graph/model.ts';
import { builder } from './builder.ts';
import { byId } from './loaders.ts';
import { entityRow, type InstitutionRow, type PersonRow, type TalkRow, talkRow } from './node-row.ts';
import { InstitutionRef, PersonRef, TalkRef } from './refs.ts';

/** An AFFILIATED_WITH relationship, with the talk that supports it. */
interface AffiliationRow {
  person: PersonRow;
  institution: InstitutionRow;
  talk: TalkRow | null;
  role: string | null;
  since: number | null;
  until: number | null;
  evidence: string | null;
}

export const AffiliationRef = builder.objectRef<AffiliationRow>('Affiliation').implement({
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

const AFFILIATION = `{person: ${entityRow('p')}, institution: ${entityRow('i')}, talk: ${talkRow('t')},
  role: a.role, since: a.since, until: a.until, evidence: a.evidence}`;

/**
 * Both directions share one shape; the talk is found by the id the relationship keeps. Person
 * and Institution declare the fields (person.ts, institution.ts).
 */
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

export const affiliationsOfPerson = affiliationsOf('p', 'Person');
export const affiliationsOfInstitution = affiliationsOf('i', 'Institution');
