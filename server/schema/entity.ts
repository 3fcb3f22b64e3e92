import { REL } from '../../graph/model.ts';
import { builder } from './builder.ts';
import { byIdWithArgs } from './loaders.ts';
import { MentionConnectionRef, talksMentioning } from './mention.ts';
import { entityRow, type PersonRow } from './node-row.ts';
import {
  afterCursor,
  connectionRef,
  emptyPage,
  encodeCursor,
  type Page,
  type PageArgs,
  pageArgFields,
  pageArgs,
  pageParams,
  toPage,
} from './page.ts';
import { EntityRef, NodeRef, PersonRef, PLAIN_ENTITY_REFS } from './refs.ts';

interface PersonLink {
  cursor: string;
  node: PersonRow;
  via: string[];
}

const PersonLinkRef = builder.objectRef<PersonLink>('PersonLinkEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: PersonRef, resolve: (edge) => edge.node }),
    via: t.exposeStringList('via', {
      description:
        'How the person is linked: `affiliated` (AFFILIATED_WITH), `decision` (a career decision to or from it), `spoke_about` (gave a talk that mentions it).',
    }),
  }),
});

const PersonLinkConnectionRef = connectionRef('PersonLink', PersonLinkRef);

/**
 * People linked to an entity, by any of three paths, each person once with every path named.
 * All links are gathered to count them; the page is then a slice in (name, id) order.
 */
const peopleOfEntity = byIdWithArgs<PageArgs, Page<PersonLink>>(
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   CALL (e) {
     CALL (e) {
       MATCH (p:Person)-[:${REL.AFFILIATED_WITH}]->(e) RETURN p, 'affiliated' AS via
       UNION
       MATCH (p:Person)-[:${REL.DECIDED}]->(:CareerDecision)-[:${REL.TO}|${REL.FROM}]->(e) RETURN p, 'decision' AS via
       UNION
       MATCH (p:Person)<-[:${REL.GIVEN_BY}]-(:Talk)-[:${REL.MENTIONS}]->(e) RETURN p, 'spoke_about' AS via
     }
     WITH p, collect(via) AS via WHERE p <> e
     RETURN count(p) AS total, collect({p: p, via: via}) AS links
   }
   WITH id, total, [x IN links WHERE ${afterCursor("coalesce(x.p.name, '')", 'x.p.id')}] AS rest
   RETURN id, total, COLLECT {
     UNWIND rest AS x
     WITH x.p AS p, x.via AS via ORDER BY coalesce(p.name, ''), p.id LIMIT $limit
     RETURN {person: ${entityRow('p')}, via: via}
   } AS links`,
  pageParams,
  (r, args) => {
    const links = r.get('links') as { person: PersonRow; via: string[] }[];
    return toPage(links, args, r.get('total') as number, ({ person, via }) => ({
      cursor: encodeCursor(person.name ?? '', person.id),
      node: person,
      via: [...via].sort(),
    }));
  },
  () => emptyPage<PersonLink>(),
  (page) => page.edges.length,
);

EntityRef.implement({
  description: 'Something talks mention: a person, institution, model, conference, dataset or topic.',
  interfaces: [NodeRef],
  resolveType: (row) => row.type,
  fields: (t) => ({
    name: t.string({ resolve: (row) => row.name ?? row.id }),
    aliases: t.stringList({
      description: 'Every spelling seen in the notes, the canonical name first.',
      resolve: (row) => row.aliases ?? [],
    }),
    kind: t.exposeString('kind', {
      nullable: true,
      description: 'For institutions: company, university, lab, programme…',
    }),
    mentionedIn: t.field({
      type: MentionConnectionRef,
      description: 'Talks that mention it, by title, with how often and where.',
      args: {
        ...pageArgFields(t.arg),
      },
      resolve: (row, args, { loaders }) =>
        loaders.load(talksMentioning, { id: row.id, args: pageArgs(args.first, args.after) }),
    }),
    people: t.field({
      type: PersonLinkConnectionRef,
      description: 'People linked to it, by name.',
      args: {
        ...pageArgFields(t.arg),
      },
      resolve: (row, args, { loaders }) =>
        loaders.load(peopleOfEntity, { id: row.id, args: pageArgs(args.first, args.after) }),
    }),
  }),
});

/** Model, Conference, Dataset and Topic add nothing to Entity (Person and Institution: their own files). */
for (const ref of PLAIN_ENTITY_REFS) {
  ref.implement({
    description: `${/^[AEIOU]/.test(ref.name) ? 'An' : 'A'} ${ref.name.toLowerCase()} mentioned in talks.`,
    interfaces: [NodeRef, EntityRef],
  });
}
