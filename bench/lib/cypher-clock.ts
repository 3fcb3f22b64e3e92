/**
 * Times every Cypher statement a driver runs, by wrapping it: the ingest and the servers are
 * measured unchanged, and the bench still sees which statement the time goes to.
 */
import { performance } from 'node:perf_hooks';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface StatementTime {
  /** The statement's first line, shortened: enough to find it in the source. */
  statement: string;
  calls: number;
  ms: number;
  /** The text and parameters of the last call, for PROFILE afterwards. */
  last: { cypher: string; params: Record<string, unknown> };
}

/** Time spent in write transactions as a whole (statements, round trips and commit). */
export const TRANSACTIONS = '(write transactions, commit included)';

export class CypherClock {
  readonly statements = new Map<string, StatementTime>();

  /** The same driver, with every `tx.run`, `executeQuery` and write transaction timed. */
  wrap(driver: Driver): Driver {
    return new Proxy(driver, {
      get: (target, property) => {
        if (property === 'session') {
          return (config: Parameters<Driver['session']>[0]) => this.wrapSession(target.session(config));
        }
        if (property === 'executeQuery') {
          return async (cypher: string, params: Record<string, unknown>, config: object) => {
            const started = performance.now();
            try {
              return await target.executeQuery(cypher, params, config);
            } finally {
              this.record(cypher, params, performance.now() - started);
            }
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  sorted(): StatementTime[] {
    return [...this.statements.values()].sort((a, b) => b.ms - a.ms);
  }

  private record(
    cypher: string,
    params: Record<string, unknown>,
    ms: number,
    key = statementKey(cypher),
  ): void {
    const known = this.statements.get(key);
    if (known) {
      known.calls += 1;
      known.ms += ms;
      known.last = { cypher, params };
    } else {
      this.statements.set(key, { statement: key, calls: 1, ms, last: { cypher, params } });
    }
  }

  private wrapSession(session: Session): Session {
    return new Proxy(session, {
      get: (target, property) => {
        if (property === 'executeWrite' || property === 'executeRead') {
          return async <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) => {
            const started = performance.now();
            try {
              return await target[property]((tx) => work(this.wrapTx(tx)), config);
            } finally {
              if (property === 'executeWrite') {
                this.record('', {}, performance.now() - started, TRANSACTIONS);
              }
            }
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  private wrapTx(tx: ManagedTransaction): ManagedTransaction {
    return new Proxy(tx, {
      get: (target, property) => {
        if (property === 'run') {
          return (cypher: string, params: Record<string, unknown> = {}) => {
            const started = performance.now();
            const result = target.run(cypher, params);
            // The result memoises its records: this extra subscriber does not consume them twice.
            void result.then(
              () => this.record(cypher, params, performance.now() - started),
              () => undefined,
            );
            return result;
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

/** The first clause of a statement, whitespace collapsed: readable and stable across calls. */
export function statementKey(cypher: string): string {
  const flat = cypher.replace(/\s+/g, ' ').trim();
  return flat.length > 72 ? `${flat.slice(0, 71)}…` : flat;
}
