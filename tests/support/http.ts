import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../server/executor.ts';
import { createHttpApp, type HttpAppOptions } from '../../server/http-app.ts';
import { DATABASE } from './graph.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The real HTTP app on a real socket (port 0), for what only HTTP can show. */
export async function startServer(
  driver: Driver,
  options: Omit<HttpAppOptions, 'executor'> = {},
): Promise<RunningServer> {
  const server: Server = createServer(
    createHttpApp({ ...options, executor: new Executor(driver, DATABASE) }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function postGraphql<T>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: T; errors?: { message: string }[] },
  };
}
