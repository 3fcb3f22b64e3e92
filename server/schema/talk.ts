import { REL } from '../../graph/model.ts';
import { checkId } from './args.ts';
import { builder } from './builder.ts';
import { byId } from './loaders.ts';
import { nodeById } from './node.ts';
import { type NodeRow, nodeRow } from './node-row.ts';
import { connectionRef, encodeCursor } from './page.ts';
import { CareerDecisionRef, NodeRef, PersonRef, SourceRef, TalkRef } from './refs.ts';

const speakersOfTalk = byId<NodeRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT { MATCH (t)-[:${REL.GIVEN_BY}]->(p:Person) RETURN ${nodeRow('p')} ORDER BY p.name } AS rows`,
  (r) => r.get('rows') as NodeRow[],
  [],
  (rows) => rows.length,
);

const sourceOfTalk = byId<NodeRow | null>(
  `UNWIND $ids AS id
   MATCH (:Talk {id: id})-[:${REL.FROM_SOURCE}]->(s:Source)
   RETURN id, ${nodeRow('s')} AS row`,
  (r) => r.get('row') as NodeRow,
  null,
  (row) => (row ? 1 : 0),
);

/** Decisions told in a talk, in the order the talk tells them. */
const decisionsOfTalk = byId<NodeRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT { MATCH (t)<-[:${REL.TOLD_IN}]-(d:CareerDecision) RETURN ${nodeRow('d')} ORDER BY d.offset, d.id } AS rows`,
  (r) => r.get('rows') as NodeRow[],
  [],
  (rows) => rows.length,
);

TalkRef.implement({
  description: 'One talk or masterclass, as told in a note.',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.string({ resolve: (talk) => talk.title ?? talk.name ?? talk.id }),
    title: t.string({ resolve: (talk) => talk.title ?? talk.name ?? talk.id }),
    date: t.exposeString('date', {
      nullable: true,
      description: 'As precise as the note says: YYYY-MM-DD, YYYY-MM or YYYY.',
    }),
    year: t.int({ nullable: true, resolve: (talk) => yearOf(talk.date) }),
    language: t.exposeString('language', { nullable: true }),
    series: t.exposeString('series', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    position: t.exposeInt('position', { nullable: true, description: 'Order of the talk in its note.' }),
    sourcePath: t.string({
      nullable: true,
      description: 'The note it was read from.',
      resolve: async (talk, _args, { loaders }) => (await loaders.load(sourceOfTalk, talk.id))?.path ?? null,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      resolve: (talk, _args, { loaders }) => loaders.load(sourceOfTalk, talk.id),
    }),
    speakers: t.field({
      type: [PersonRef],
      resolve: (talk, _args, { loaders }) => loaders.load(speakersOfTalk, talk.id),
    }),
    decisions: t.field({
      type: [CareerDecisionRef],
      description: 'Career decisions told in this talk, in text order.',
      resolve: (talk, _args, { loaders }) => loaders.load(decisionsOfTalk, talk.id),
    }),
  }),
});

export function yearOf(date: string | null): number | null {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isNaN(year) ? null : year;
}

export interface TalkEdge {
  cursor: string;
  node: NodeRow;
}

/** Talks lists are ordered by (title, id); the cursor keeps both. */
export function talkEdge(node: NodeRow): TalkEdge {
  return { cursor: encodeCursor(node.title ?? '', node.id), node };
}

const TalkEdgeRef = builder.objectRef<TalkEdge>('TalkEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: TalkRef, resolve: (edge) => edge.node }),
  }),
});

export const TalkConnectionRef = connectionRef('Talk', TalkEdgeRef);

builder.queryField('talk', (t) =>
  t.field({
    type: TalkRef,
    nullable: true,
    description: 'A talk by id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, { loaders }) => {
      const row = await loaders.load(nodeById, checkId('id', args.id));
      return row?.type === 'Talk' ? row : null;
    },
  }),
);
