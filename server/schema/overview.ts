import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { REL } from '../../graph/model.ts';
import { LIMITS } from '../limits.ts';
import { rangeProblem } from './args.ts';
import { builder } from './builder.ts';

interface Hub {
  id: string;
  name: string;
  type: 'Person' | 'Institution';
  talks: number;
  steps: number;
}

interface TalkGroup {
  year: number | null;
  talks: number;
}

interface OverviewLink {
  source: string;
  /** A hub's id; null when the other end is the talk group of `year` (GAVE, PLACED). */
  target: string | null;
  year: number | null;
  type: 'GAVE' | 'STEP' | 'AFFILIATED' | 'PLACED';
  weight: number;
}

interface OverviewRow {
  talks: number;
  people: Hub[];
  institutions: Hub[];
  groups: TalkGroup[];
  links: OverviewLink[];
}

const HubRef = builder.objectRef<Hub>('OverviewHub').implement({
  description: 'A person or an institution among the most connected.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'Person or Institution.' }),
    talks: t.exposeInt('talks', { description: 'Talks given (a person) in the years asked.' }),
    steps: t.exposeInt('steps', {
      description:
        'Career steps made (a person) or leading to or from it (an institution), plus affiliations.',
    }),
  }),
});

const TalkGroupRef = builder.objectRef<TalkGroup>('TalkGroup').implement({
  description: 'The talks of one year (or the undated ones), counted.',
  fields: (t) => ({
    year: t.exposeInt('year', { nullable: true, description: 'Null: talks with no date.' }),
    talks: t.exposeInt('talks'),
  }),
});

const LinkTypeEnum = builder.enumType('OverviewLinkType', {
  values: {
    GAVE: { description: 'A person to a year of talks: the talks they gave that year.' },
    STEP: { description: 'A person to an institution: career steps to or from it.' },
    AFFILIATED: { description: 'A person to an institution they are affiliated with.' },
    PLACED: {
      description:
        'An institution to a year: career steps to or from it made that year (drawn to the talks of that year, when there are).',
    },
  } as const,
});

const LinkRef = builder.objectRef<OverviewLink>('OverviewLink').implement({
  description: 'An edge between two aggregate nodes, weighted by how many relationships it stands for.',
  fields: (t) => ({
    source: t.exposeID('source', { description: 'A hub: a person, or an institution (PLACED).' }),
    target: t.exposeID('target', {
      nullable: true,
      description: 'The hub at the other end; null for GAVE and PLACED, whose end is the year `year`.',
    }),
    year: t.exposeInt('year', {
      nullable: true,
      description: 'GAVE: the talk group (null: undated); PLACED: the year of the steps.',
    }),
    type: t.field({ type: LinkTypeEnum, resolve: (l) => l.type }),
    weight: t.exposeInt('weight'),
  }),
});

const OverviewRef = builder.objectRef<OverviewRow>('Overview').implement({
  description:
    'The graph summed up for a first picture: the most connected people and institutions, the talks grouped by year, and the edges between these.',
  fields: (t) => ({
    talks: t.exposeInt('talks', { description: 'Talks in the years asked, dated or not.' }),
    people: t.field({ type: [HubRef], resolve: (o) => o.people }),
    institutions: t.field({ type: [HubRef], resolve: (o) => o.institutions }),
    groups: t.field({
      type: [TalkGroupRef],
      description: 'Oldest first, undated last.',
      resolve: (o) => o.groups,
    }),
    links: t.field({ type: [LinkRef], description: 'Heaviest first.', resolve: (o) => o.links }),
  }),
});

const TALK_YEAR = 'toInteger(left(t.date, 4))';

/**
 * One round trip: the hubs by importance (a person by talks given and steps made, an institution
 * by steps to or from it and affiliations), the talk groups, then the links among the hubs chosen.
 * A hub's counts read its own relationships (COUNT subqueries); links read one or two steps from
 * the chosen hubs only.
 */
const AFFILIATED = `UNWIND personNodes AS p
    MATCH (p)-[:${REL.AFFILIATED_WITH}]->(i:Institution) WHERE i IN placeNodes
    WITH DISTINCT p.id AS source, i.id AS target
    RETURN collect({source: source, target: target, year: null, type: 'AFFILIATED', weight: 1}) AS affiliated`;

function overviewCypher(years: boolean): string {
  // Without years every condition is dropped: counts become degree lookups, and the statement
  // plans in a fraction of the time (figures: bench/README.md).
  const talkIn = years ? `WHERE ${TALK_YEAR} >= $from AND ${TALK_YEAR} <= $to` : '';
  const stepIn = years ? 'WHERE d.year >= $from AND d.year <= $to' : '';
  const andStepIn = years ? 'AND d.year >= $from AND d.year <= $to' : '';
  return `CALL () {
    MATCH (p:Person)
    WITH p,
      COUNT { MATCH (t:Talk)-[:${REL.GIVEN_BY}]->(p) ${talkIn} } AS talks,
      COUNT { MATCH (p)-[:${REL.DECIDED}]->(d:CareerDecision) ${stepIn} } AS steps
    WHERE talks + steps > 0
    WITH p, talks, steps ORDER BY 2 * talks + steps DESC, p.id LIMIT $limit
    RETURN collect({id: p.id, name: coalesce(p.name, p.id), type: 'Person', talks: talks, steps: steps}) AS people,
      collect(p) AS personNodes
  }
  CALL () {
    MATCH (i:Institution)
    WITH i,
      COUNT { MATCH (d:CareerDecision)-[:${REL.TO}|${REL.FROM}]->(i) ${stepIn} }
        ${years ? '' : `+ COUNT { (:Person)-[:${REL.AFFILIATED_WITH}]->(i) }`} AS steps
    WHERE steps > 0
    WITH i, steps ORDER BY steps DESC, i.id LIMIT $limit
    RETURN collect({id: i.id, name: coalesce(i.name, i.id), type: 'Institution', talks: 0, steps: steps}) AS institutions,
      collect(i) AS placeNodes
  }
  CALL () {
    MATCH (t:Talk) ${talkIn}
    WITH ${TALK_YEAR} AS year, count(*) AS n
    ORDER BY year IS NULL, year
    RETURN sum(n) AS talks, collect({year: year, talks: n}) AS groups
  }
  CALL (personNodes) {
    UNWIND personNodes AS p
    MATCH (t:Talk)-[:${REL.GIVEN_BY}]->(p) ${talkIn}
    WITH p.id AS source, ${TALK_YEAR} AS year, count(*) AS n
    RETURN collect({source: source, target: null, year: year, type: 'GAVE', weight: n}) AS gave
  }
  CALL (personNodes, placeNodes) {
    UNWIND personNodes AS p
    MATCH (p)-[:${REL.DECIDED}]->(d:CareerDecision)-[:${REL.TO}|${REL.FROM}]->(i:Institution)
    WHERE i IN placeNodes ${andStepIn}
    WITH p.id AS source, i.id AS target, count(*) AS n
    RETURN collect({source: source, target: target, year: null, type: 'STEP', weight: n}) AS stepped
  }
  CALL (personNodes, placeNodes) {
    ${
      // An affiliation has no year: years asked, there are none.
      years ? 'RETURN [] AS affiliated' : AFFILIATED
    }
  }
  CALL (placeNodes) {
    UNWIND placeNodes AS i
    MATCH (d:CareerDecision)-[:${REL.TO}|${REL.FROM}]->(i) WHERE d.year IS NOT NULL ${andStepIn}
    WITH i.id AS source, d.year AS year, count(*) AS n
    RETURN collect({source: source, target: null, year: year, type: 'PLACED', weight: n}) AS placed
  }
  RETURN people, institutions, talks, groups, gave + stepped + affiliated + placed AS links`;
}

const OVERVIEW = { all: overviewCypher(false), years: overviewCypher(true) };

const optionalInt = z.number().nullish();

/**
 * The arguments together, in this order (the first failure answers): the limit, both years or
 * neither, each year in range, `to` not before `from`.
 */
const OVERVIEW_ARGS = z
  .object({ limit: optionalInt, from: optionalInt, to: optionalInt })
  .superRefine(({ limit, from, to }, ctx) => {
    const hasFrom = from !== null && from !== undefined;
    const hasTo = to !== null && to !== undefined;
    const problem =
      rangeProblem('limit', limit ?? 40, 1, LIMITS.overviewLimit) ??
      (hasFrom === hasTo ? null : '"from" and "to" go together') ??
      (hasFrom ? rangeProblem('from', from, 1900, 2100) : null) ??
      (hasTo ? rangeProblem('to', to, from ?? 1900, 2100) : null);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });

builder.queryField('overview', (t) =>
  t.field({
    type: OverviewRef,
    description:
      'A summary of the graph to open on instead of every talk: the `limit` most connected people and institutions, talks grouped by year, and the links among them (within the years [from, to] when given).',
    args: {
      limit: t.arg.int({
        defaultValue: 40,
        description: `People, and institutions, each: 1 to ${LIMITS.overviewLimit}.`,
      }),
      from: t.arg.int({
        required: false,
        description: 'Only talks and steps of this year or later (with `to`).',
      }),
      to: t.arg.int({
        required: false,
        description: 'Only talks and steps of this year or earlier (with `from`).',
      }),
    },
    validate: OVERVIEW_ARGS,
    resolve: async (_root, args, { executor, loaders }) => {
      const limit = args.limit ?? 40;
      const from = args.from ?? null;
      const to = args.to ?? null;
      const [row] = await executor.read(
        from === null ? OVERVIEW.all : OVERVIEW.years,
        from === null || to === null
          ? { limit: neo4j.int(limit) }
          : { limit: neo4j.int(limit), from: neo4j.int(from), to: neo4j.int(to) },
        (r) => ({
          talks: r.get('talks') as number,
          people: r.get('people') as Hub[],
          institutions: r.get('institutions') as Hub[],
          groups: r.get('groups') as TalkGroup[],
          links: r.get('links') as OverviewLink[],
        }),
      );
      const overview = row ?? { talks: 0, people: [], institutions: [], groups: [], links: [] };
      const links = [...overview.links]
        .sort((a, b) => b.weight - a.weight)
        .slice(0, LIMITS.overviewLinksPerHub * limit);
      loaders.charge(overview.people.length + overview.institutions.length + overview.groups.length);
      return { ...overview, links };
    },
  }),
);
