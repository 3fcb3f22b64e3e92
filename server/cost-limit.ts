import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { LIMITS } from './limits.ts';

/**
 * Largest value of a size argument, by `Type.field.argument`; any other `first` is a page
 * (LIMITS.pageSize). Values are clamped to these so that an out-of-range one is refused by its
 * own argument check ("must be between…") rather than by the cost.
 */
const MAXIMA: Record<string, number> = {
  'Query.search.first': LIMITS.searchFirst,
  'Query.relatedTalks.first': LIMITS.relatedFirst,
  'Talk.relatedTalks.first': LIMITS.relatedFirst,
  'Query.neighborhood.limit': LIMITS.neighborhoodLimit,
  'Query.path.first': LIMITS.pathCount,
  'Query.path.maxLength': LIMITS.pathLength,
  'Query.overview.limit': LIMITS.overviewLimit,
};

type Arg = (name: string) => number;

/** How many items a field's selection may be read for, from its arguments (as the resolvers bound them). */
const SIZES: Record<string, (arg: Arg) => number> = {
  // The start and up to `limit` nodes.
  'Query.neighborhood': (arg) => arg('limit') + 1,
  // Each of `first` paths has at most maxLength + 1 nodes.
  'Query.path': (arg) => (arg('maxLength') + 1) * arg('first'),
  // Up to `limit` people and as many institutions, one group per year, links per hub: all counted
  // as `limit` times the selection, and the links again per hub.
  'Query.overview': (arg) => arg('limit'),
  'Overview.links': () => LIMITS.overviewLinksPerHub,
  // Edges among the nodes above: edgesPerNode per node (graph-elements.ts).
  'GraphElements.edges': () => LIMITS.edgesPerNode,
};

export interface CostLimitOptions {
  maxCost: number;
  /** @default 2 */
  objectCost?: number;
  /** @default 1 */
  scalarCost?: number;
}

/**
 * Refuses an operation whose answer could be too big, before anything runs: each field costs
 * `objectCost` (with a selection) or `scalarCost`, times the sizes of the lists it sits in. A
 * list's size is its `first` or `limit` (neighborhood, path: the nodes and edges they may return),
 * as a literal, else the schema's default; a variable counts as the argument's maximum, since
 * validation is cached by query text and never sees variable values. Fragments count where they
 * are spread.
 * (graphql-armor's cost limit multiplies by a literal `first` only.)
 */
export function costLimitRule(options: CostLimitOptions): ValidationRule {
  const objectCost = options.objectCost ?? 2;
  const scalarCost = options.scalarCost ?? 1;
  return (context: ValidationContext) => {
    const schema = context.getSchema();
    const fragmentCosts = new Map<string, number>();

    const argument = (parent: string, field: GraphQLField<unknown, unknown>, node: FieldNode): Arg => {
      return (name) => {
        const max = MAXIMA[`${parent}.${field.name}.${name}`] ?? (name === 'first' ? LIMITS.pageSize : 1);
        const given = node.arguments?.find((a) => a.name.value === name)?.value;
        let value = max;
        if (given === undefined) {
          // Absent: the schema's default, which the resolver applies.
          const fallback = field.args.find((a) => a.name === name)?.defaultValue;
          value = typeof fallback === 'number' ? fallback : max;
        } else if (given.kind === Kind.INT) {
          value = Number.parseInt(given.value, 10);
        }
        // A variable counts as the largest value allowed: whatever its default, the request may
        // send up to that, and validation (cached by query text) never sees the values.
        return Math.min(Math.max(value, 0), max);
      };
    };

    const sizeOf = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, node: FieldNode) => {
      const arg = argument(parent.name, field, node);
      const special = SIZES[`${parent.name}.${field.name}`];
      if (special) {
        return special(arg);
      }
      return field.args.some((a) => a.name === 'first') ? arg('first') : 1;
    };

    const fragmentCost = (fragment: FragmentDefinitionNode, active: Set<string>): number => {
      const name = fragment.name.value;
      const known = fragmentCosts.get(name);
      if (known !== undefined) {
        return known;
      }
      if (active.has(name)) {
        return 0; // a cycle; NoFragmentCyclesRule reports it
      }
      active.add(name);
      const type = schema.getType(fragment.typeCondition.name.value);
      const cost = selectionCost(fragment.selectionSet, isCompositeType(type) ? type : undefined, active);
      active.delete(name);
      fragmentCosts.set(name, cost);
      return cost;
    };

    const selectionCost = (
      set: SelectionSetNode,
      parent: GraphQLCompositeType | undefined,
      active: Set<string>,
    ): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = context.getFragment(selection.name.value);
          total += fragment ? fragmentCost(fragment, active) : 0;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          total += selectionCost(selection.selectionSet, isCompositeType(type) ? type : undefined, active);
        } else {
          total += fieldCost(selection, parent, active);
        }
      }
      return total;
    };

    const fieldCost = (node: FieldNode, parent: GraphQLCompositeType | undefined, active: Set<string>) => {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        return 0; // introspection has its own switch
      }
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      if (!node.selectionSet) {
        return scalarCost;
      }
      const type = field ? getNamedType(field.type) : undefined;
      const inner = selectionCost(node.selectionSet, isCompositeType(type) ? type : undefined, active);
      const size = field && parent ? sizeOf(parent, field, node) : 1;
      return (objectCost + inner) * size;
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation) ?? undefined;
        const cost = selectionCost(operation.selectionSet, root, new Set());
        if (cost > options.maxCost) {
          context.reportError(
            new GraphQLError(`Query Cost limit of ${options.maxCost} exceeded, found ${cost}.`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}
