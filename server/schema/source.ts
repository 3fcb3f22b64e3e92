import { REL } from '../../graph/model.ts';
import { byId } from './loaders.ts';
import { type TalkRow, talkRow } from './node-row.ts';
import { NodeRef, SourceRef, TalkRef } from './refs.ts';

/** The talks of one note, in the order the note has them (a note holds a handful). */
const talksOfSource = byId<TalkRow[]>(
  `UNWIND $ids AS id
   MATCH (s:Source {id: id})
   RETURN id, COLLECT {
     MATCH (s)<-[:${REL.FROM_SOURCE}]-(t:Talk) RETURN ${talkRow('t')} ORDER BY t.position, t.id
   } AS rows`,
  (r) => r.get('rows') as TalkRow[],
  [],
  (rows) => rows.length,
);

SourceRef.implement({
  description: 'A note file that talks were read from.',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.string({ resolve: (s) => s.path ?? s.id }),
    path: t.string({ description: 'Relative to where the ingest ran.', resolve: (s) => s.path ?? '' }),
    sha256: t.string({ description: 'Of the content loaded.', resolve: (s) => s.sha256 ?? '' }),
    talks: t.field({
      type: [TalkRef],
      resolve: (s, _args, { loaders }) => loaders.load(talksOfSource, s.id),
    }),
  }),
});
