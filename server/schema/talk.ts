import { LIMITS } from '../limits.ts';
import { webLink } from '../web-link.ts';
import { nodeId } from './args.ts';
import { builder } from './builder.ts';
import { MENTIONS_FIRST, MentionRef, mentionArgs, mentionsOfTalk } from './mention.ts';
import { orMovedTalk } from './moved-talk.ts';
import { NodeTypeEnum } from './node.ts';
import { CareerDecisionRef, NodeRef, PersonRef, SourceRef, TalkRef } from './refs.ts';
import { RELATED_FIRST, RelatedTalkRef, relatedOf, relatedTalksFirst } from './related-talk.ts';
import { decisionsOfTalk, sourceOfTalk, speakersOfTalk, talkById, writeUpsOf } from './talk-reads.ts';

/** A talk's fields, its parts read through talk-reads.ts. */
TalkRef.implement({
  description: 'One talk or masterclass, as told in a note.',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.string({ resolve: (talk) => talk.title ?? talk.id }),
    title: t.string({ resolve: (talk) => talk.title ?? talk.id }),
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
    mentions: t.field({
      type: [MentionRef],
      description: 'Entities the talk mentions, most mentioned first.',
      args: {
        types: t.arg({ type: [NodeTypeEnum], required: false, description: 'Only entities of these types.' }),
        first: t.arg.int({
          defaultValue: 50,
          description: `At most ${LIMITS.pageSize}.`,
          validate: MENTIONS_FIRST,
        }),
      },
      resolve: (talk, args, { loaders }) =>
        loaders.load(mentionsOfTalk, { id: talk.id, args: mentionArgs(args) }),
    }),
    relatedTalks: t.field({
      type: [RelatedTalkRef],
      description: 'Talks most like this one, best first.',
      args: {
        first: t.arg.int({
          defaultValue: 5,
          description: `At most ${LIMITS.relatedFirst}.`,
          validate: RELATED_FIRST,
        }),
      },
      resolve: async (talk, args, { loaders }) =>
        (await loaders.load(relatedOf, { id: talk.id, args: relatedTalksFirst(args.first) })) ?? [],
    }),
    writeUps: t.field({
      type: [TalkRef],
      description:
        'Other notes of this same talk (same speakers, date and content): facts they share count once in careers.',
      resolve: (talk, _args, { loaders }) => loaders.load(writeUpsOf, talk.id),
    }),
  }),
});

export function yearOf(date: string | null): number | null {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isNaN(year) ? null : year;
}

builder.queryField('talk', (t) =>
  t.field({
    type: TalkRef,
    nullable: true,
    description: 'A talk by id; null when there is none.',
    args: { id: t.arg.id({ required: true, validate: nodeId('id') }) },
    resolve: (_root, args, { loaders }, info) =>
      orMovedTalk(args.id, loaders, (id) => talkById(id, info, loaders)),
  }),
);
