import { LABELS, type Label } from '../../graph/model.ts';
import { nodeId } from './args.ts';
import { builder } from './builder.ts';
import { byId, type RequestLoaders } from './loaders.ts';
import { orMovedTalk } from './moved-talk.ts';
import { displayName, findNode, type NodeRow, nodeRow, type WideNodeRow } from './node-row.ts';
import { NodeRef } from './refs.ts';

export const NodeTypeEnum = builder.enumType('NodeType', {
  description: 'The label of a node in the graph.',
  values: LABELS,
});

NodeRef.implement({
  description: 'Any node of the graph, found by its id (`node(id)`).',
  resolveType: (row) => row.type,
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable, readable id: `person:서민준`, `model:bert`, `talk:<hash>`.',
    }),
    type: t.field({ type: NodeTypeEnum, resolve: (row) => row.type }),
    label: t.string({ description: 'What to call it on screen.', resolve: displayName }),
  }),
});

/** Nodes by id, any label; aliases of node/talk/person in one operation share one round trip. */
export const nodeById = byId<WideNodeRow | null>(
  `UNWIND $ids AS id
   ${findNode('id', 'id')}
   RETURN id, ${nodeRow('n')} AS node`,
  (r) => r.get('node') as WideNodeRow,
  null,
  (row) => (row ? 1 : 0),
);

/**
 * A node by an id its caller read from a node of that type (a flow's person, a duplicate's
 * institution): its row, typed as that type's.
 */
export function loadNodeOf<T extends Label>(
  loaders: RequestLoaders,
  id: string,
  _type: T,
): Promise<Extract<NodeRow, { type: T }> | null> {
  return loaders.load(nodeById, id) as Promise<Extract<NodeRow, { type: T }> | null>;
}

builder.queryField('node', (t) =>
  t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any node by id; null when there is none.',
    args: { id: t.arg.id({ required: true, validate: nodeId('id') }) },
    resolve: (_root, args, { loaders }) => orMovedTalk(args.id, loaders, (id) => loaders.load(nodeById, id)),
  }),
);
