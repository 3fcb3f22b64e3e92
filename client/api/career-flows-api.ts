import type { CareerFlow } from '../model/career-flows.ts';
import type { YearRange } from '../model/time-range.ts';
import { graphql, request, type VariablesOf } from './graphql-client.ts';

const FlowMoveFields = graphql(`
  fragment FlowMoveFields on CareerMove { id kind year summary evidence place { id name } talk { id title } }
`);

export const FlowsQuery = graphql(
  `query Flows($groupBy: FlowGrouping, $from: Int, $to: Int, $minPeople: Int) {
    careerFlows(groupBy: $groupBy, from: $from, to: $to, minPeople: $minPeople, first: 40) {
      source { key label } target { key label } people count
      steps(first: 20) { year person { id name } from { ...FlowMoveFields } to { ...FlowMoveFields } }
    }
  }`,
  [FlowMoveFields],
);

export type FlowGrouping = NonNullable<VariablesOf<typeof FlowsQuery>['groupBy']>;

/** Transitions between consecutive career moves made within the years, most people first. */
export async function fetchFlows(
  groupBy: FlowGrouping,
  range: YearRange | null,
  minPeople: number,
  signal?: AbortSignal,
): Promise<CareerFlow[]> {
  const data = await request(
    FlowsQuery,
    { groupBy, from: range?.from ?? null, to: range?.to ?? null, minPeople },
    signal,
  );
  return data.careerFlows;
}
