import { EntityRefFields } from './fragments.ts';
import { graphql, type ResultOf, request } from './graphql-client.ts';

const StepFields = graphql(
  `fragment StepFields on CareerDecision {
    id kind year summary evidence from { ...EntityRefFields } to { ...EntityRefFields } talk { id title }
  }`,
  [EntityRefFields],
);

const TalkLinkFields = graphql(`
  fragment TalkLinkFields on Talk { id title date url source { id path } }
`);

/**
 * One query for any node: the inline fragments pick what its type has. Fields that exist on two
 * types with different nullability are aliased (GraphQL refuses to merge them otherwise).
 */
export const DetailsQuery = graphql(
  `query Details($id: ID!) {
    node(id: $id) {
      id type label
      ... on Entity {
        name aliases entityKind: kind
        mentionedIn(first: 12) { totalCount edges { count snippet node { ...TalkLinkFields } } }
        people(first: 12) { totalCount edges { via node { id name } } }
      }
      ... on Person {
        unnamed
        talks(first: 12) { totalCount edges { node { id title date } } }
        affiliations { role since until institution { id name } }
        decisions { ...StepFields }
      }
      ... on Talk {
        title date series url language
        source { id path }
        speakers { id name }
        mentions(first: 40) { count snippet entity { ...EntityRefFields } }
        decisions { ...StepFields }
        relatedTalks(first: 6) { score reasons talk { id title date } shared { ...EntityRefFields } }
      }
      ... on CareerDecision {
        kind year summary evidence
        person { id name }
        from { ...EntityRefFields }
        to { ...EntityRefFields }
        talk { ...TalkLinkFields }
      }
      ... on Source { path sourceTalks: talks { id title date } }
    }
  }`,
  [EntityRefFields, StepFields, TalkLinkFields],
);

type FullTalkLink = ResultOf<typeof TalkLinkFields>;

/** A talk to link to: where only the id, title and date were asked for, no url or source. */
export type TalkLink = Omit<FullTalkLink, 'url' | 'source'> & Partial<Pick<FullTalkLink, 'url' | 'source'>>;

/** The answer for one node: one shape per type the node may have. */
type NodeByType = NonNullable<ResultOf<typeof DetailsQuery>['node']>;
type KeysOfAny<T> = T extends unknown ? keyof T : never;
type FieldOfAny<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * Every field any type may bring, flattened (the fields every type has stay required): the panel
 * shows the ones that are there.
 */
export type NodeDetails = { [K in keyof NodeByType]: NodeByType[K] } & {
  [K in Exclude<KeysOfAny<NodeByType>, keyof NodeByType>]?: FieldOfAny<NodeByType, K>;
};

export async function fetchDetails(id: string): Promise<NodeDetails | null> {
  const data = await request(DetailsQuery, { id });
  return data.node;
}
