/** Settings by environment, shared by the server and the ingest (listed in .env.example). */
export interface Neo4jSettings {
  /** Unset → an embedded engine is started in `dataDir`. */
  uri: string | undefined;
  user: string;
  password: string;
  /** @default 'neo4j' */
  database: string;
  /** @default '.data' */
  dataDir: string;
  /** Page cache of the embedded engine. @default '512m' */
  pageCache: string;
  /** Restarts of a dead embedded engine before the server gives up and exits. @default 3 */
  engineRestarts: number;
  /** Wait before the first restart, doubled for each next one. @default 1000 */
  engineBackoffMs: number;
}

export function neo4jSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env['NEO4J_URI'] || undefined,
    user: env['NEO4J_USER'] || 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? '',
    database: env['NEO4J_DATABASE'] || 'neo4j',
    dataDir: env['TALKGRAPH_DATA'] || '.data',
    pageCache: env['TALKGRAPH_PAGECACHE'] || '512m',
    engineRestarts: wholeNumber(env, 'TALKGRAPH_ENGINE_RESTARTS', 3),
    engineBackoffMs: wholeNumber(env, 'TALKGRAPH_ENGINE_BACKOFF_MS', 1_000),
  };
}

/** A wrong value stops the start with a message instead of silently meaning "default". */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') {
    return fallback;
  }
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new Error(`${name} must be a whole number, not "${value}"`);
  }
  return number;
}
