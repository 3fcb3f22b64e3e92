import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from './apply-schema.ts';
import { type SupervisedEngine, type SuperviseOptions, startSupervisedNeo4j } from './engine-supervisor.ts';
import type { Neo4jSettings } from './settings.ts';

export interface GraphConnection {
  driver: Driver;
  database: string;
  uri: string;
  /** Set when this process started the engine itself: its state and current pid. */
  embedded: SupervisedEngine | undefined;
  close(): Promise<void>;
}

export interface DriverOptions {
  /**
   * How long a transaction is retried while Neo4j is unreachable. The ingest can wait;
   * a GraphQL client should get its answer (or a clear error) quickly.
   * @default 10_000
   */
  maxTransactionRetryTime?: number;
}

export interface ConnectOptions extends DriverOptions {
  /** What an embedded engine started here is for (see EmbeddedNeo4jOptions). @default 'serve' */
  purpose?: 'serve' | 'load';
  /** What to do when an embedded engine dies. @default report it only (no restart) */
  supervise?: SuperviseOptions;
}

export function createDriver(
  uri: string,
  user: string,
  password: string,
  options: DriverOptions = {},
): Driver {
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(uri, auth, {
    // Plain numbers out; integers going in are wrapped with neo4j.int where they matter.
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: options.maxTransactionRetryTime ?? 10_000,
  });
}

/**
 * Connects to NEO4J_URI, or starts the embedded engine when it is unset,
 * waits until Bolt answers and applies the schema.
 */
export async function connectGraph(
  settings: Neo4jSettings,
  options: ConnectOptions = {},
): Promise<GraphConnection> {
  const embedded = settings.uri
    ? undefined
    : await startSupervisedNeo4j(
        { dataDir: settings.dataDir, pageCache: settings.pageCache, purpose: options.purpose ?? 'serve' },
        options.supervise,
      );
  const uri = settings.uri ?? embedded?.uri ?? '';
  const driver = createDriver(uri, settings.user, settings.password, options);
  try {
    await driver.verifyConnectivity({ database: settings.database });
    await applySchema(driver, settings.database);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`Neo4j at ${uri} is not reachable: ${causeOf(error)}`);
  }
  return {
    driver,
    database: settings.database,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

/**
 * The driver's own words, on one line: its "Failed to connect" message is a paragraph of advice
 * around the cause that matters ("connect ECONNREFUSED 127.0.0.1:7687").
 */
function causeOf(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  const caused = /Caused by: (.*)$/.exec(message);
  return caused?.[1] ?? message;
}
