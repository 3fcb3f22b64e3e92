/**
 * Concurrent load on one GraphQL endpoint with autocannon: bounded duration, loopback, every
 * response's latency kept so p95 is exact (autocannon's own table has p97.5, not p95).
 */
import autocannon, { type AutocannonResult } from 'autocannon';
import { percentile } from './stats.ts';

export interface LoadOptions {
  /** Seconds of load. */
  durationSec: number;
  connections: number;
}

export interface LoadFigures {
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/**
 * POSTs the bodies in turn on every connection (each connection walks the list from its start),
 * so both servers see the same mix of ids, hubs and tail alike.
 */
export async function loadTest(url: string, bodies: string[], options: LoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const requests = bodies.map((body) => ({
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    onResponse: (_status: number, text: string) => {
      if (text.includes('"errors"')) {
        graphqlErrors += 1;
      }
    },
  }));
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.durationSec, timeout: 20, requests },
      (error, value) => (error ? reject(error) : resolve(value)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  return {
    requests: latencies.length,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / Math.max(result.duration, options.durationSec),
  };
}
