/**
 * `npm start` (and the Docker image's command): settings from the environment, then startApp.
 * A failed start is one line on stderr and exit code 1, never a stack trace.
 */
import { join } from 'node:path';
import { neo4jSettingsFromEnv } from '../graph/settings.ts';
import { apiSettingsFromEnv } from '../server/settings.ts';
import { type AppSettings, type RunningApp, startApp } from './app.ts';

function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): AppSettings {
  const port = Number(env['PORT'] || 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, not "${env['PORT']}"`);
  }
  return {
    port,
    corpus: env['TALKGRAPH_CORPUS'] || 'corpus',
    clientDir: join(import.meta.dirname, '..', 'dist', 'client'),
    api: apiSettingsFromEnv(env),
    neo4j: neo4jSettingsFromEnv(env),
  };
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

let app: RunningApp | undefined;
let stopping = false;

async function exit(code: number): Promise<never> {
  stopping = true;
  await app?.close().catch(() => undefined);
  process.exit(code);
}

// Before the start: the ready line is printed inside startApp, and a stop asked for right after
// it (or during the corpus load) must still close the engine and exit 0.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (!stopping) {
      void exit(0);
    }
  });
}

try {
  app = await startApp(settingsFromEnv(), {
    log: (line) => console.log(line),
    onEngineLost: () => {
      // A supervisor (compose's restart: unless-stopped, systemd) starts a fresh process.
      console.error('talkgraph: the Neo4j engine could not be restarted; exiting');
      void exit(1);
    },
  });
} catch (error) {
  console.error(`talkgraph could not start: ${oneLine(error)}`);
  process.exit(1);
}
