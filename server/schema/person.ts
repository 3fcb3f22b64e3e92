import { REL } from '../../graph/model.ts';
import { AffiliationRef, affiliationsOfPerson } from './affiliation.ts';
import { nodeId } from './args.ts';
import { builder } from './builder.ts';
import { decisionsOfPerson } from './career-decision.ts';
import { CareerMoveRef } from './career-move.ts';
import { loadMoves } from './career-move-reads.ts';
import { byIdWithArgs } from './loaders.ts';
import { nodeById } from './node.ts';
import { type TalkRow, talkRow } from './node-row.ts';
import {
  afterCursor,
  emptyPage,
  type Page,
  type PageArgs,
  pageArgFields,
  pageArgs,
  pageParams,
  toPage,
} from './page.ts';
import { CareerDecisionRef, EntityRef, NodeRef, PersonRef } from './refs.ts';
import { TalkConnectionRef, type TalkEdge, talkEdge } from './talks.ts';

/** Talks a person gave, by title; grows with the corpus, so paged. */
const talksGivenBy = byIdWithArgs<PageArgs, Page<TalkEdge>>(
  `UNWIND $ids AS id
   MATCH (p:Person {id: id})
   RETURN id, COUNT { (p)<-[:${REL.GIVEN_BY}]-(:Talk) } AS total, COLLECT {
     MATCH (p)<-[:${REL.GIVEN_BY}]-(t:Talk)
     WHERE ${afterCursor("coalesce(t.title, '')", 't.id')}
     RETURN ${talkRow('t')} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit
   } AS rows`,
  pageParams,
  (r, args) => toPage(r.get('rows') as TalkRow[], args, r.get('total') as number, talkEdge),
  () => emptyPage<TalkEdge>(),
  (page) => page.edges.length,
);

/** A person's own fields; Entity's (name, aliases, mentionedIn, people) come from entity.ts. */
PersonRef.implement({
  description: 'Someone who gave a talk or is mentioned in one.',
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    unnamed: t.boolean({
      description: 'True for the stand-in of a note author the text does not name.',
      resolve: (row) => row.unnamed === true,
    }),
    talks: t.field({
      type: TalkConnectionRef,
      description: 'Talks this person gave, by title (talks that mention them: `mentionedIn`).',
      args: {
        ...pageArgFields(t.arg),
      },
      resolve: (row, args, { loaders }) =>
        loaders.load(talksGivenBy, { id: row.id, args: pageArgs(args.first, args.after) }),
    }),
    affiliations: t.field({
      type: [AffiliationRef],
      description: 'Institutions this person belongs or belonged to, earliest first.',
      resolve: (row, _args, { loaders }) => loaders.load(affiliationsOfPerson, row.id),
    }),
    decisions: t.field({
      type: [CareerDecisionRef],
      description:
        'Career decisions, every telling, in career order with retellings of one step merged (`careerPath` gives the consolidated moves).',
      resolve: async (row, _args, { loaders }) => (await decisionsOfPerson(row.id, loaders)) ?? [],
    }),
    moves: t.field({
      type: [CareerMoveRef],
      description: 'Career moves in order (the same list as `careerPath`).',
      resolve: async (row, _args, { loaders }) => (await loadMoves(loaders, row.id)) ?? [],
    }),
  }),
});

builder.queryField('person', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by id; null when there is none.',
    args: { id: t.arg.id({ required: true, validate: nodeId('id') }) },
    resolve: async (_root, args, { loaders }) => {
      const row = await loaders.load(nodeById, args.id);
      return row?.type === 'Person' ? row : null;
    },
  }),
);
