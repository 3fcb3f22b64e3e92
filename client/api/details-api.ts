import type { CareerStep, EntityRef } from '../model/career-timeline.ts';
import type { NodeType } from '../model/graph.ts';
import { graphql } from './graphql-client.ts';

const REF = 'id name type';
const STEP = `id kind year summary evidence from { ${REF} } to { ${REF} } talk { id title }`;
const TALK_LINK = 'id title date url source { id path }';

/**
 * One query for any node: the inline fragments pick what its type has. Fields that exist on two
 * types with different nullability are aliased (GraphQL refuses to merge them otherwise).
 */
const DETAILS_QUERY = `query Details($id: ID!) {
  node(id: $id) {
    id type label
    ... on Entity {
      name aliases entityKind: kind
      mentionedIn(first: 12) { totalCount edges { count snippet node { ${TALK_LINK} } } }
      people(first: 12) { totalCount edges { via node { id name } } }
    }
    ... on Person {
      unnamed
      talks(first: 12) { totalCount edges { node { id title date } } }
      affiliations { role since until institution { id name } }
      decisions { ${STEP} }
    }
    ... on Talk {
      title date series url language
      source { id path }
      speakers { id name }
      mentions(first: 40) { count snippet entity { ${REF} } }
      decisions { ${STEP} }
      relatedTalks(first: 6) { score reasons talk { id title date } shared { ${REF} } }
    }
    ... on CareerDecision {
      kind year summary evidence
      person { id name }
      from { ${REF} }
      to { ${REF} }
      talk { ${TALK_LINK} }
    }
    ... on Source { path sourceTalks: talks { id title date } }
  }
}`;

export interface TalkLink {
  id: string;
  title: string;
  date: string | null;
  url?: string | null;
  source?: { id: string; path: string } | null;
}

/** Every field any type may bring; the panel shows the ones that are there. */
export interface NodeDetails {
  id: string;
  type: NodeType;
  label: string;
  name?: string;
  aliases?: string[];
  entityKind?: string | null;
  mentionedIn?: { totalCount: number; edges: { count: number; snippet: string | null; node: TalkLink }[] };
  people?: { totalCount: number; edges: { via: string[]; node: { id: string; name: string } }[] };
  unnamed?: boolean;
  talks?: { totalCount: number; edges: { node: TalkLink }[] };
  affiliations?: {
    role: string | null;
    since: number | null;
    until: number | null;
    institution: EntityRef;
  }[];
  decisions?: CareerStep[];
  title?: string;
  date?: string | null;
  series?: string | null;
  url?: string | null;
  language?: string | null;
  source?: { id: string; path: string } | null;
  speakers?: { id: string; name: string }[];
  mentions?: { count: number; snippet: string | null; entity: EntityRef }[];
  relatedTalks?: { score: number; reasons: string[]; talk: TalkLink; shared: EntityRef[] }[];
  kind?: string;
  year?: number | null;
  summary?: string;
  evidence?: string;
  person?: { id: string; name: string } | null;
  from?: EntityRef | null;
  to?: EntityRef | null;
  talk?: TalkLink | null;
  path?: string;
  sourceTalks?: TalkLink[];
}

export async function fetchDetails(id: string): Promise<NodeDetails | null> {
  const data = await graphql<{ node: NodeDetails | null }>(DETAILS_QUERY, { id });
  return data.node;
}

export interface CareerPerson {
  id: string;
  name: string;
  decisions: CareerStep[];
}

/** A person's career path (in the API's career order); null when there is no such person. */
export async function fetchCareer(personId: string): Promise<CareerPerson | null> {
  const data = await graphql<{ person: CareerPerson | null }>(
    `query Career($id: ID!) { person(id: $id) { id name decisions { ${STEP} } } }`,
    { id: personId },
  );
  return data.person;
}

/**
 * People with a career step leading to a place, with their steps. The API has no "same move"
 * field: the destination's `people` (linked via a decision) and their decisions give it.
 */
export async function fetchPeopleDecidingFor(entityId: string): Promise<CareerPerson[]> {
  const data = await graphql<{
    node: { people?: { edges: { via: string[]; node: CareerPerson }[] } } | null;
  }>(
    `query SameMove($id: ID!) {
      node(id: $id) { ... on Entity { people(first: 100) { edges { via node { id name decisions { ${STEP} } } } } } }
    }`,
    { id: entityId },
  );
  return (data.node?.people?.edges ?? []).filter((e) => e.via.includes('decision')).map((e) => e.node);
}
