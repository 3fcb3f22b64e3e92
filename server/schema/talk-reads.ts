import { isDeepStrictEqual } from 'node:util';
import type { GraphQLResolveInfo } from 'graphql';
import { REL } from '../../graph/model.ts';
import { byId, byIdWithArgs, type RequestLoaders } from './loaders.ts';
import {
  MENTIONS_FIRST,
  MENTIONS_OF,
  type MentionArgs,
  type MentionRow,
  mentionArgs,
  mentionParams,
  mentionsOfTalk,
  withTalk,
} from './mention.ts';
import { nodeById } from './node.ts';
import {
  type CareerDecisionRow,
  decisionRow,
  entityRow,
  type PersonRow,
  type SourceRow,
  sourceRow,
  type TalkRow,
  talkRow,
} from './node-row.ts';
import { argumentsOf, selectedFields } from './selection.ts';

/**
 * The reads of a talk's parts (talk.ts declares the fields): one batched loader per part, and
 * the read ahead of `talk(id)` that brings the parts its query selects in the same round trip.
 */

const SPEAKERS_OF = (t: string) =>
  `COLLECT { MATCH (${t})-[:${REL.GIVEN_BY}]->(p:Person) RETURN ${entityRow('p')} ORDER BY p.name }`;
const SOURCE_OF = (t: string) => `[(${t})-[:${REL.FROM_SOURCE}]->(s:Source) | ${sourceRow('s')}][0]`;
/** Decisions told in a talk, in the order the talk tells them. */
const DECISIONS_OF = (t: string) =>
  `COLLECT { MATCH (${t})<-[:${REL.TOLD_IN}]-(d:CareerDecision) RETURN ${decisionRow('d')} ORDER BY d.offset, d.id }`;

export const speakersOfTalk = byId<PersonRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, ${SPEAKERS_OF('t')} AS rows`,
  (r) => r.get('rows') as PersonRow[],
  [],
  (rows) => rows.length,
);

export const sourceOfTalk = byId<SourceRow | null>(
  `UNWIND $ids AS id
   MATCH (:Talk {id: id})-[:${REL.FROM_SOURCE}]->(s:Source)
   RETURN id, ${sourceRow('s')} AS row`,
  (r) => r.get('row') as SourceRow,
  null,
  (row) => (row ? 1 : 0),
);

export const decisionsOfTalk = byId<CareerDecisionRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, ${DECISIONS_OF('t')} AS rows`,
  (r) => r.get('rows') as CareerDecisionRow[],
  [],
  (rows) => rows.length,
);

/** Other notes of the same talk (SAME_TALK, linked at load): the talk's other sources. */
export const writeUpsOf = byId<TalkRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT {
     MATCH (t)-[:${REL.SAME_TALK}]-(o:Talk) RETURN DISTINCT ${talkRow('o')} AS o ORDER BY o.id
   } AS rows`,
  (r) => r.get('rows') as TalkRow[],
  [],
  (rows) => rows.length,
);

/** What a `talk(id)` query selects below the talk, so one read can bring it along. */
interface TalkParts {
  speakers: boolean;
  source: boolean;
  decisions: boolean;
  mentions: MentionArgs | null;
}

interface TalkRead {
  node: TalkRow;
  speakers: PersonRow[] | null;
  source: SourceRow | null;
  decisions: CareerDecisionRow[] | null;
  mentions: Omit<MentionRow, 'talk'>[] | null;
}

/** The parts worth reading ahead, or null when the talk's own fields are all it needs. */
function talkParts(info: GraphQLResolveInfo): TalkParts | null {
  const fields = selectedFields(info);
  const mentions = fields.get('mentions') ?? [];
  const argsOfMentions = mentions.map((field) => argumentsOf(info, field));
  let mentionsArgs: MentionArgs | null = null;
  // One `mentions` selection (or several with the same arguments); invalid ones fail in their field.
  const [first] = argsOfMentions;
  if (
    first &&
    argsOfMentions.every((a) => a && isDeepStrictEqual(a, first)) &&
    MENTIONS_FIRST.safeParse(first['first']).success
  ) {
    mentionsArgs = mentionArgs(first);
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
   RETURN id, ${talkRow('t')} AS node,
     ${parts.speakers ? SPEAKERS_OF('t') : 'null'} AS speakers,
     ${parts.source ? SOURCE_OF('t') : 'null'} AS source,
     ${parts.decisions ? DECISIONS_OF('t') : 'null'} AS decisions,
     ${parts.mentions ? MENTIONS_OF('t') : 'null'} AS mentions`,
  (parts) => (parts.mentions ? mentionParams(parts.mentions) : {}),
  (r) => ({
    node: r.get('node') as TalkRow,
    speakers: r.get('speakers') as PersonRow[] | null,
    source: r.get('source') as SourceRow | null,
    decisions: r.get('decisions') as CareerDecisionRow[] | null,
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

/** The talk `id`, with the parts its query selects read ahead; null when there is no such talk. */
export async function talkById(
  id: string,
  info: GraphQLResolveInfo,
  loaders: RequestLoaders,
): Promise<TalkRow | null> {
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
