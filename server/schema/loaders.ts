import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Executor } from '../executor.ts';
import { LIMITS } from '../limits.ts';

/**
 * One kind of batched read. The Cypher lives in the type file that needs it; this module only
 * batches: every key asked for in one tick of execution becomes one round trip.
 */
export interface LoaderSpec<K, V> {
  /** The cache key of a key (keys with arguments serialise them). */
  key: (key: K) => string;
  /** Reads the values of all the keys at once, in the order of the keys. */
  batch: (executor: Executor, keys: readonly K[]) => Promise<V[]>;
  /** How many nodes a value holds, charged to the request's budget. */
  size: (value: V) => number;
}

/** The loaders of one request; created by the context factory, dropped with the request. */
export class RequestLoaders {
  private readonly loaders = new Map<object, DataLoader<unknown, unknown, string>>();
  private spent = 0;

  constructor(
    private readonly executor: Executor,
    private readonly budget: number = LIMITS.itemsPerRequest,
  ) {}

  load<K, V>(spec: LoaderSpec<K, V>, key: K): Promise<V> {
    return this.loaderFor(spec).load(key);
  }

  /** Seeds a loader with a value another query already read, saving its round trip. */
  prime<K, V>(spec: LoaderSpec<K, V>, key: K, value: V): void {
    this.loaderFor(spec).prime(key, value);
  }

  /**
   * Counts nodes read by this request. The static cost limit only sees a literal `first`,
   * so this is what bounds nested pages whose sizes come in variables.
   */
  charge(items: number): void {
    this.spent += items;
    if (this.spent > this.budget) {
      throw new GraphQLError(
        `This query reads more than ${this.budget} nodes; ask for smaller pages or fewer nested lists.`,
        { extensions: { code: 'BAD_USER_INPUT' } },
      );
    }
  }

  private loaderFor<K, V>(spec: LoaderSpec<K, V>): DataLoader<K, V, string> {
    const known = this.loaders.get(spec);
    if (known) {
      return known as unknown as DataLoader<K, V, string>;
    }
    const loader = new DataLoader<K, V, string>(
      async (keys) => {
        const values = await spec.batch(this.executor, keys);
        this.charge(values.reduce((sum, value) => sum + spec.size(value), 0));
        return values;
      },
      { cacheKeyFn: spec.key, maxBatchSize: 1_000 },
    );
    this.loaders.set(spec, loader as unknown as DataLoader<unknown, unknown, string>);
    return loader;
  }
}

/**
 * A loader keyed by node id. The Cypher receives `$ids` and returns at most one row per id,
 * with the id in column `id`; ids without a row get `missing`.
 */
export function byId<V>(
  cypher: string,
  read: (record: Neo4jRecord) => V,
  missing: V,
  size: (value: V) => number,
): LoaderSpec<string, V> {
  return {
    key: (id) => id,
    batch: async (executor, ids) => {
      const rows = await executor.read(cypher, { ids }, (r) => [r.get('id') as string, read(r)] as const);
      const found = new Map(rows);
      return ids.map((id) => (found.has(id) ? (found.get(id) as V) : missing));
    },
    size,
  };
}

export interface KeyWithArgs<A> {
  id: string;
  args: A;
}

/**
 * A loader keyed by node id and field arguments (a page, a filter): keys that share their
 * arguments share one round trip, which is every key of a list field in practice. Arguments
 * that change what is read (not only values) may choose among fixed texts: `cypher(args)`.
 */
export function byIdWithArgs<A, V>(
  cypher: string | ((args: A) => string),
  params: (args: A) => Record<string, unknown>,
  read: (record: Neo4jRecord, args: A) => V,
  missing: (args: A) => V,
  size: (value: V) => number,
): LoaderSpec<KeyWithArgs<A>, V> {
  return {
    key: (k) => JSON.stringify([k.id, k.args]),
    batch: async (executor, keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const { id, args } of keys) {
        const group = groups.get(JSON.stringify(args)) ?? { args, ids: [] };
        group.ids.push(id);
        groups.set(JSON.stringify(args), group);
      }
      const found = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async ({ args, ids }) => {
          const text = typeof cypher === 'string' ? cypher : cypher(args);
          const rows = await executor.read(text, { ...params(args), ids }, (r) => ({
            id: r.get('id') as string,
            value: read(r, args),
          }));
          for (const row of rows) {
            found.set(JSON.stringify([row.id, args]), row.value);
          }
        }),
      );
      return keys.map((k) => found.get(JSON.stringify([k.id, k.args])) ?? missing(k.args));
    },
    size,
  };
}
