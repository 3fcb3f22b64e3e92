import { LABELS, REL } from '../../graph/model.ts';
import { builder } from './builder.ts';

interface Count {
  name: string;
  count: number;
}

interface YearCount {
  year: number;
  talks: number;
  decisions: number;
}

interface Stats {
  labels: Count[];
  relationships: Count[];
  years: YearCount[];
  undatedTalks: number;
  undatedDecisions: number;
}

const CountRef = builder.objectRef<Count>('Count').implement({
  fields: (t) => ({ name: t.exposeString('name'), count: t.exposeInt('count') }),
});

const YearCountRef = builder.objectRef<YearCount>('YearCount').implement({
  description: 'One bar of the time histogram.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    talks: t.exposeInt('talks', { description: 'Talks dated in this year.' }),
    decisions: t.exposeInt('decisions', { description: 'Career decisions made in this year.' }),
  }),
});

const StatsRef = builder.objectRef<Stats>('Stats').implement({
  description: 'How big the graph is, by node label and relationship type, and over time.',
  fields: (t) => ({
    labels: t.field({ type: [CountRef], resolve: (s) => s.labels }),
    relationships: t.field({ type: [CountRef], resolve: (s) => s.relationships }),
    years: t.field({
      type: [YearCountRef],
      description: 'Talks and decisions per year, oldest first (years with neither are left out).',
      resolve: (s) => s.years,
    }),
    undatedTalks: t.exposeInt('undatedTalks'),
    undatedDecisions: t.exposeInt('undatedDecisions'),
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
    .join(', ')}] AS relationships,
  COLLECT { MATCH (t:Talk) WITH toInteger(left(t.date, 4)) AS year, count(*) AS n RETURN {year: year, n: n} } AS talkYears,
  COLLECT { MATCH (d:CareerDecision) WITH d.year AS year, count(*) AS n RETURN {year: year, n: n} } AS decisionYears`;

interface Bucket {
  year: number | null;
  n: number;
}

/** Merges the two histograms; the null-year buckets become the undated counts. */
function histogram(
  talkYears: Bucket[],
  decisionYears: Bucket[],
): Pick<Stats, 'years' | 'undatedTalks' | 'undatedDecisions'> {
  const years = new Map<number, YearCount>();
  const bar = (year: number) => years.get(year) ?? { year, talks: 0, decisions: 0 };
  let undatedTalks = 0;
  let undatedDecisions = 0;
  for (const { year, n } of talkYears) {
    if (year === null) {
      undatedTalks += n;
    } else {
      years.set(year, { ...bar(year), talks: n });
    }
  }
  for (const { year, n } of decisionYears) {
    if (year === null) {
      undatedDecisions += n;
    } else {
      years.set(year, { ...bar(year), decisions: n });
    }
  }
  return { years: [...years.values()].sort((a, b) => a.year - b.year), undatedTalks, undatedDecisions };
}

builder.queryField('stats', (t) =>
  t.field({
    type: StatsRef,
    resolve: async (_root, _args, { executor }) => {
      const [stats] = await executor.read(STATS, {}, (r) => ({
        labels: r.get('labels') as Count[],
        relationships: r.get('relationships') as Count[],
        ...histogram(r.get('talkYears') as Bucket[], r.get('decisionYears') as Bucket[]),
      }));
      return stats ?? { labels: [], relationships: [], years: [], undatedTalks: 0, undatedDecisions: 0 };
    },
  }),
);
