import { REL } from '../../graph/model.ts';
import { builder } from './builder.ts';
import { byId } from './loaders.ts';
import { type NodeRow, nodeRow } from './node-row.ts';
import { TalkRef } from './refs.ts';

/** Other notes of the same talk (SAME_TALK, linked at load): the talk's other sources. */
const writeUpsOf = byId<NodeRow[]>(
  `UNWIND $ids AS id
   MATCH (t:Talk {id: id})
   RETURN id, COLLECT {
     MATCH (t)-[:${REL.SAME_TALK}]-(o:Talk) RETURN DISTINCT ${nodeRow('o')} AS o ORDER BY o.id
   } AS rows`,
  (r) => r.get('rows') as NodeRow[],
  [],
  (rows) => rows.length,
);

builder.objectField(TalkRef, 'writeUps', (t) =>
  t.field({
    type: [TalkRef],
    description:
      'Other notes of this same talk (same speakers, date and content): facts they share count once in careers.',
    resolve: (talk, _args, { loaders }) => loaders.load(writeUpsOf, talk.id),
  }),
);
