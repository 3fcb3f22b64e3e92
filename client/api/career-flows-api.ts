import type { CareerFlow } from '../model/career-flows.ts';
import type { YearRange } from '../model/time-range.ts';
import { graphql } from './graphql-client.ts';

export type FlowGrouping = 'INSTITUTION' | 'INSTITUTION_KIND';

const MOVE = 'id kind year summary evidence place { id name } talk { id title }';

/** Transitions between consecutive career moves made within the years, most people first. */
export async function fetchFlows(
  groupBy: FlowGrouping,
  range: YearRange | null,
  minPeople: number,
  signal?: AbortSignal,
): Promise<CareerFlow[]> {
  const data = await graphql<{ careerFlows: CareerFlow[] }>(
    `query Flows($groupBy: FlowGrouping, $from: Int, $to: Int, $minPeople: Int) {
      careerFlows(groupBy: $groupBy, from: $from, to: $to, minPeople: $minPeople, first: 40) {
        source { key label } target { key label } people count
        steps(first: 20) { year person { id name } from { ${MOVE} } to { ${MOVE} } }
      }
    }`,
    { groupBy, from: range?.from ?? null, to: range?.to ?? null, minPeople },
    signal,
  );
  return data.careerFlows;
}
