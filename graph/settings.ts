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
}

export function neo4jSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env['NEO4J_URI'] || undefined,
    user: env['NEO4J_USER'] || 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? '',
    database: env['NEO4J_DATABASE'] || 'neo4j',
    dataDir: env['TALKGRAPH_DATA'] || '.data',
    pageCache: env['TALKGRAPH_PAGECACHE'] || '512m',
  };
}
