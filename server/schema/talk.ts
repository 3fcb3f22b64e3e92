import { isDeepStrictEqual } from 'node:util';
import type { GraphQLResolveInfo } from 'graphql';
import { REL } from '../../graph/model.ts';
import { webLink } from '../web-link.ts';
import { checkId } from './args.ts';
import { builder } from './builder.ts';
import { byId, byIdWithArgs, type RequestLoaders } from './loaders.ts';
import {
  MENTIONS_OF,
  type MentionArgs,
  type MentionRow,
  mentionArgs,
  mentionParams,
  mentionsOfTalk,
  withTalk,
} from './mention.ts';
import { orMovedTalk } from './moved-talk.ts';
import { nodeById } from './node.ts';
import { type NodeRow, nodeRow } from './node-row.ts';
import { connectionRef, encodeCursor } from './page.ts';
import { CareerDecisionRef, NodeRef, PersonRef, SourceRef, TalkRef } from './refs.ts';
import { argumentsOf, selectedFields } from './selection.ts';

const SPEAKERS_OF = (t: string) =>
  `COLLECT { MATCH (${t})-[:${REL.GIVEN_BY}]->(p:Person) RETURN ${nodeRow('p')} ORDER BY p.name }`;
const SOURCE_OF = (t: string) => `[(${t})-[:${REL.FROM_SOURCE}]->(s:Source) | ${nodeRow('s')}][0]`;
/** Decisions told in a talk, in the order the talk tells them. */
const DECISIONS_OF = (t: string) =>
  `COLLECT { MATCH (${t})<-[:${REL.TOLD_IN}]-(d:CareerDecision) RETURN ${nodeRow('d')} ORDER BY d.offset, d.id }`;

const speakersOfTalk = byId<NodeRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, ${SPEAKERS_OF('t')} AS rows`,
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

const decisionsOfTalk = byId<NodeRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, ${DECISIONS_OF('t')} AS rows`,
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
    url: t.string({
      nullable: true,
      description: 'The web page the note names (http or https only).',
      resolve: (talk) => webLink(talk.url),
    }),
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

/** What a `talk(id)` query selects below the talk, so one read can bring it along. */
interface TalkParts {
  speakers: boolean;
  source: boolean;
  decisions: boolean;
  mentions: MentionArgs | null;
}

interface TalkRead {
  node: NodeRow;
  speakers: NodeRow[] | null;
  source: NodeRow | null;
  decisions: NodeRow[] | null;
  mentions: Omit<MentionRow, 'talk'>[] | null;
}

/** The parts worth reading ahead, or null when the talk's own fields are all it needs. */
function talkParts(info: GraphQLResolveInfo): TalkParts | null {
  const fields = selectedFields(info);
  const mentions = fields.get('mentions') ?? [];
  const argsOfMentions = mentions.map((field) => argumentsOf(info, field));
  let mentionsArgs: MentionArgs | null = null;
  // One `mentions` selection (or several with the same arguments); invalid ones fail in their resolver.
  if (
    argsOfMentions.length > 0 &&
    argsOfMentions.every((a) => a && isDeepStrictEqual(a, argsOfMentions[0]))
  ) {
    try {
      mentionsArgs = mentionArgs(argsOfMentions[0] ?? {});
    } catch {
      mentionsArgs = null;
    }
  }
  const parts: TalkParts = {
    speakers: fields.has('speakers'),
    source: fields.has('source') || fields.has('sourcePath'),
    decisions: fields.has('decisions'),
    mentions: mentionsArgs,
  };
  return parts.speakers || parts.source || parts.decisions || parts.mentions ? parts : null;
}

/**
 * A talk with the parts its query selects, in one round trip instead of one per part; the
 * parts' own loaders are then primed with what came back. Parts shape the text (fixed
 * fragments, at most 16 texts); values stay parameters.
 */
const talkWithParts = byIdWithArgs<TalkParts, TalkRead | null>(
  (parts) => `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, ${nodeRow('t')} AS node,
     ${parts.speakers ? SPEAKERS_OF('t') : 'null'} AS speakers,
     ${parts.source ? SOURCE_OF('t') : 'null'} AS source,
     ${parts.decisions ? DECISIONS_OF('t') : 'null'} AS decisions,
     ${parts.mentions ? MENTIONS_OF('t') : 'null'} AS mentions`,
  (parts) => (parts.mentions ? mentionParams(parts.mentions) : {}),
  (r) => ({
    node: r.get('node') as NodeRow,
    speakers: r.get('speakers') as NodeRow[] | null,
    source: r.get('source') as NodeRow | null,
    decisions: r.get('decisions') as NodeRow[] | null,
    mentions: r.get('mentions') as Omit<MentionRow, 'talk'>[] | null,
  }),
  () => null,
  (read) =>
    read
      ? 1 +
        (read.speakers?.length ?? 0) +
        (read.source ? 1 : 0) +
        (read.decisions?.length ?? 0) +
        (read.mentions?.length ?? 0)
      : 0,
);

async function talkById(
  id: string,
  info: GraphQLResolveInfo,
  loaders: RequestLoaders,
): Promise<NodeRow | null> {
  const parts = talkParts(info);
  if (!parts) {
    // Shares nodeById's round trip with the other root fields that look a node up by id.
    const row = await loaders.load(nodeById, id);
    return row?.type === 'Talk' ? row : null;
  }
  const read = await loaders.load(talkWithParts, { id, args: parts });
  if (!read) {
    return null;
  }
  if (read.speakers) {
    loaders.prime(speakersOfTalk, id, read.speakers);
  }
  if (parts.source) {
    loaders.prime(sourceOfTalk, id, read.source);
  }
  if (read.decisions) {
    loaders.prime(decisionsOfTalk, id, read.decisions);
  }
  if (parts.mentions && read.mentions) {
    loaders.prime(mentionsOfTalk, { id, args: parts.mentions }, withTalk(read.node, read.mentions));
  }
  return read.node;
}

builder.queryField('talk', (t) =>
  t.field({
    type: TalkRef,
    nullable: true,
    description: 'A talk by id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, { loaders }, info) =>
      orMovedTalk(checkId('id', args.id), loaders, (id) => talkById(id, info, loaders)),
  }),
);
