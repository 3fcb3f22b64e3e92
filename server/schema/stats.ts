import { LABELS, REL } from '../../graph/model.ts';
import { builder } from './builder.ts';

interface Count {
  name: string;
  count: number;
}

interface Stats {
  labels: Count[];
  relationships: Count[];
}

const CountRef = builder.objectRef<Count>('Count').implement({
  fields: (t) => ({ name: t.exposeString('name'), count: t.exposeInt('count') }),
});

const StatsRef = builder.objectRef<Stats>('Stats').implement({
  description: 'How big the graph is, by node label and relationship type.',
  fields: (t) => ({
    labels: t.field({ type: [CountRef], resolve: (s) => s.labels }),
    relationships: t.field({ type: [CountRef], resolve: (s) => s.relationships }),
  }),
});

/**
 * Built once from the model's constants (never from input): one label or type per subquery,
 * so each count comes from Neo4j's count store instead of a scan.
 */
const STATS = `RETURN
  [${LABELS.map((l) => `{name: '${l}', count: COUNT { (:${l}) }}`).join(', ')}] AS labels,
  [${Object.values(REL)
    .map((r) => `{name: '${r}', count: COUNT { ()-[:${r}]->() }}`)
    .join(', ')}] AS relationships`;

builder.queryField('stats', (t) =>
  t.field({
    type: StatsRef,
    resolve: async (_root, _args, { executor }) => {
      const [stats] = await executor.read(STATS, {}, (r) => ({
        labels: r.get('labels') as Count[],
        relationships: r.get('relationships') as Count[],
      }));
      return stats ?? { labels: [], relationships: [] };
    },
  }),
);
