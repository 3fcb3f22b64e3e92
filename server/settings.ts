import { LIMITS } from './limits.ts';

/** The API's settings by environment (listed in .env.example and the README). */
export interface ApiSettings {
  /** GraphiQL at /graphql in a browser. @default true, false when NODE_ENV=production */
  graphiql: boolean;
  /** Schema introspection. @default true, false when NODE_ENV=production */
  introspection: boolean;
  /** Origins other than the app's own that may call /graphql from a browser. @default [] */
  corsOrigins: string[];
  /** Neo4j transaction timeout of one read. @default 5000 */
  queryTimeoutMs: number;
}

export function apiSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiSettings {
  const development = env['NODE_ENV'] !== 'production';
  const introspection = flag(env, 'TALKGRAPH_INTROSPECTION', development);
  return {
    // GraphiQL cannot work without introspection, so it follows it unless set on its own.
    graphiql: flag(env, 'TALKGRAPH_GRAPHIQL', introspection),
    introspection,
    corsOrigins: (env['TALKGRAPH_CORS_ORIGINS'] ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter((origin) => origin !== ''),
    queryTimeoutMs: positiveInt(env, 'TALKGRAPH_QUERY_TIMEOUT_MS', LIMITS.queryTimeoutMs),
  };
}

/** A wrong value stops the start with a message instead of silently meaning "default". */
function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') {
    return fallback;
  }
  if (['1', 'true', 'yes', 'on'].includes(value)) {
    return true;
  }
  if (['0', 'false', 'no', 'off'].includes(value)) {
    return false;
  }
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') {
    return fallback;
  }
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new Error(`${name} must be a whole number of milliseconds, not "${value}"`);
  }
  return number;
}
