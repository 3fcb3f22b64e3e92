import { GraphQLError } from 'graphql';
import { type Driver, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import { LIMITS } from './limits.ts';

/** Neo4j error codes that mean "the database cannot be reached right now", not "the query is wrong". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export interface ExecutorOptions {
  /** Neo4j stops a read transaction that runs longer than this. @default 5000 */
  timeoutMs?: number;
  /** Called once per round trip to Neo4j, before it is sent (tests count them). */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
}

/**
 * All of the server's access to Neo4j: read transactions on the named database with a timeout,
 * sessions closed in `finally`, driver errors mapped to what a client may see.
 */
export class Executor {
  readonly timeoutMs: number;
  private readonly onQuery: ExecutorOptions['onQuery'];

  constructor(
    private readonly driver: Driver,
    readonly database: string,
    options: ExecutorOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? LIMITS.queryTimeoutMs;
    this.onQuery = options.onQuery;
  }

  async read<T>(
    cypher: string,
    params: Record<string, unknown>,
    map: (record: Neo4jRecord) => T,
  ): Promise<T[]> {
    this.onQuery?.(cypher, params);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params), {
        timeout: this.timeoutMs,
        metadata: { app: 'talkgraph-server' },
      });
      return result.records.map(map);
    } catch (error) {
      throw toClientError(error, this.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * True when the database answers a query now; used by /ready. A query rather than
   * verifyConnectivity: a restarted engine accepts connections while its database still recovers.
   * Auto-commit, so nothing is retried. No transaction timeout: a cold engine's first query may
   * take seconds (Cypher warming up); a probe has its own timeout.
   */
  async ping(): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await session.run('RETURN 1');
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

function toClientError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  // TransactionTimedOut and TransactionTimedOutClientConfiguration: the timeout set above.
  if (error instanceof Neo4jError && error.code.includes('TransactionTimedOut')) {
    return new GraphQLError(`The query took longer than ${timeoutMs} ms and was stopped.`, {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  return error; // masked by Yoga: no Cypher or stack reaches the client
}
