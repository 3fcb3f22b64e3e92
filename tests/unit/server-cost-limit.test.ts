import { type GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimitRule } from '../../server/cost-limit.ts';
import { LIMITS } from '../../server/limits.ts';
import { schema } from '../../server/schema/index.ts';

/** The cost found for a query (a limit of 0 makes the rule report it). */
function cost(query: string): number {
  const errors: readonly GraphQLError[] = validate(schema, parse(query), [costLimitRule({ maxCost: 0 })]);
  const found = /found (\d+)/.exec(errors[0]?.message ?? '');
  return found ? Number(found[1]) : 0;
}

const ELEMENTS = 'nodes { id type label } edges { id source target type }';
const tenNeighborhoods = Array.from(
  { length: 10 },
  (_, i) => `n${i}: neighborhood(id: "talk:x", depth: 3, limit: 500) { ${ELEMENTS} }`,
).join(' ');

describe('cost limit', () => {
  it('weighs neighborhood by its limit, and its edges by the edges allowed per node', () => {
    const one = cost(`{ neighborhood(id: "talk:x", limit: 500) { ${ELEMENTS} } }`);
    // (object 2 + nodes (2 + 3) + edges (2 + 4) × edgesPerNode) × (limit + start)
    expect(one).toBe((2 + 5 + 6 * LIMITS.edgesPerNode) * 501);
    expect(cost(`{ ${tenNeighborhoods} }`)).toBe(10 * one);
    expect(cost(`{ ${tenNeighborhoods} }`)).toBeGreaterThan(LIMITS.queryCost);
    // Without a limit: the schema's default (100).
    expect(cost(`{ neighborhood(id: "talk:x") { ${ELEMENTS} } }`)).toBe((2 + 5 + 30) * 101);
  });

  it('takes a size that comes in a variable as the largest allowed, whatever its default', () => {
    const literal = cost(`{ neighborhood(id: "talk:x", limit: 500) { ${ELEMENTS} } }`);
    const open = `query($l: Int) { neighborhood(id: "talk:x", limit: $l) { ${ELEMENTS} } }`;
    expect(cost(open)).toBe(literal);
    // The request may send 500 for $l all the same.
    expect(cost(`query($l: Int = 1) { neighborhood(id: "talk:x", limit: $l) { ${ELEMENTS} } }`)).toBe(
      literal,
    );
    expect(cost('query($n: Int!) { search(query: "x", first: $n) { label } }')).toBe(
      (2 + 1) * LIMITS.searchFirst,
    );
    expect(cost('query($n: Int!) { talks(first: $n) { totalCount } }')).toBe((2 + 1) * LIMITS.pageSize);
  });

  it('clamps a size to its maximum, so its own argument check names the problem', () => {
    expect(cost('{ search(query: "x", first: 1000000) { label } }')).toBe(3 * LIMITS.searchFirst);
    expect(cost('{ talks(first: -5) { totalCount } }')).toBe(0);
  });

  it('weighs the overview by its limit, and its links by the links allowed per hub', () => {
    const fields = 'talks people { id } groups { year } links { source weight }';
    // (object 2 + talks 1 + people (2 + 1) + groups (2 + 1) + links (2 + 2) × per hub) × limit
    const perHub = LIMITS.overviewLinksPerHub;
    expect(cost(`{ overview(limit: 10) { ${fields} } }`)).toBe((2 + 1 + 3 + 3 + 4 * perHub) * 10);
    expect(cost(`query($l: Int) { overview(limit: $l) { ${fields} } }`)).toBe(
      (2 + 1 + 3 + 3 + 4 * perHub) * LIMITS.overviewLimit,
    );
  });

  it('weighs path by its paths and their length', () => {
    expect(cost(`{ path(from: "a:b", to: "c:d", maxLength: 6, first: 10) { ${ELEMENTS} } }`)).toBe(
      (2 + 5 + 30) * 7 * 10,
    );
    expect(cost(`{ path(from: "a:b", to: "c:d") { ${ELEMENTS} } }`)).toBe((2 + 5 + 30) * 5);
  });

  it('counts sizes through fragments, nested lists multiplying', () => {
    const viaFragment = cost(`{ ...Q } fragment Q on Query { neighborhood(id: "talk:x", limit: 500) { ...E } }
      fragment E on GraphElements { ${ELEMENTS} }`);
    expect(viaFragment).toBe(cost(`{ neighborhood(id: "talk:x", limit: 500) { ${ELEMENTS} } }`));
    expect(cost('{ talks(first: 10) { edges { node { mentions(first: 20) { count } } } } }')).toBe(
      (2 + (2 + (2 + (2 + 1) * 20))) * 10,
    );
  });

  it("lets the client's own queries through", () => {
    const REF = 'id name type';
    const clientQueries = [
      `query Overview($after: String) { talks(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id title year speakers { id name }
        decisions { id kind year label person { id name } from { ${REF} } to { ${REF} } } } } } }`,
      `query Around($id: ID!, $types: [NodeType!]) { neighborhood(id: $id, depth: 1, types: $types, limit: 60) {
        truncated nodes { id type label } edges { source target type weight } } }`,
      `query Connect($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) {
        truncated nodes { id type label } edges { source target type weight } } }`,
      `query Suggest($query: String!, $types: [NodeType!]) { search(query: $query, types: $types, first: 8) {
        type label node { id } highlight { text field spans { start end } } } }`,
    ];
    for (const query of clientQueries) {
      const errors = validate(schema, parse(query), [costLimitRule({ maxCost: LIMITS.queryCost })]);
      expect(errors, query).toEqual([]);
    }
  });
});
