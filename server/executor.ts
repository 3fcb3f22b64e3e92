import { GraphQLError } from 'graphql';
import { type Driver, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';

/** Neo4j error codes that mean "the database cannot be reached right now", not "the query is wrong". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * All of the server's access to Neo4j: read transactions on the named database,
 * sessions closed in `finally`, driver errors mapped to what a client may see.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
  ) {}

  async read<T>(
    cypher: string,
    params: Record<string, unknown>,
    map: (record: Neo4jRecord) => T,
  ): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params), {
        metadata: { app: 'talkgraph-server' },
      });
      return result.records.map(map);
    } catch (error) {
      throw toClientError(error);
    } finally {
      await session.close();
    }
  }

  /** True when Neo4j answers a query now; used by /ready. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }
}

function toClientError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return error; // masked by Yoga: no Cypher or stack reaches the client
}
