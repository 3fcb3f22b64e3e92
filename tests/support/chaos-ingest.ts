/**
 * The ingest CLI as a child process, the way a user runs it, with the means to kill it (or
 * anything else) at a chosen point of the load. Plain Node, no vitest: bench/chaos uses it too.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './chaos-corpus.ts';

export interface IngestRun {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Why this helper killed it, if it did. */
  killed: 'trigger' | 'timeout' | 'memory' | undefined;
  ms: number;
  /** Largest resident set seen while polling, in MiB. */
  peakRssMiB: number;
}

export interface IngestRunOptions {
  /** NEO4J_URI for the child; unset → a dry run must be asked for in `args`. */
  uri?: string;
  /**
   * Polled every `pollMs` while the child runs; when it resolves true, `onTrigger` runs
   * (by default SIGKILL of the child). It is polled until it fires once.
   */
  trigger?: () => Promise<boolean> | boolean;
  onTrigger?: (pid: number) => Promise<void> | void;
  /** @default 50 */
  pollMs?: number;
  /** SIGKILL after this long: nothing may hang. @default 120_000 */
  timeoutMs?: number;
  /** SIGKILL when the child's RSS passes this: a note must not eat the machine. @default 2048 */
  maxRssMiB?: number;
  env?: NodeJS.ProcessEnv;
}

/** Runs `node --import tsx ingest/cli.ts ...args` and reports how it ended. */
export async function runIngestCli(args: string[], options: IngestRunOptions = {}): Promise<IngestRun> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, NEO4J_PASSWORD: '' };
  if (options.uri) {
    env['NEO4J_URI'] = options.uri;
  } else {
    delete env['NEO4J_URI'];
  }
  // Vitest's own variables would make a child think it runs under a test.
  delete env['VITEST'];
  delete env['VITEST_POOL_ID'];
  delete env['VITEST_WORKER_ID'];
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'ingest', 'cli.ts'), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid ?? -1;
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  let killed: IngestRun['killed'];
  let peak = 0;
  let done = false;
  const kill = (why: NonNullable<IngestRun['killed']>) => {
    if (!done && killed === undefined) {
      killed = why;
      child.kill('SIGKILL');
    }
  };
  const timer = setTimeout(() => kill('timeout'), options.timeoutMs ?? 120_000);
  const watch = (async () => {
    let fired = options.trigger === undefined;
    while (!done) {
      peak = Math.max(peak, rssMiB(pid));
      if (peak > (options.maxRssMiB ?? 2048)) {
        kill('memory');
      }
      if (!fired && (await Promise.resolve(options.trigger?.()).catch(() => false)) === true && !done) {
        fired = true;
        if (options.onTrigger) {
          await options.onTrigger(pid);
        } else {
          kill('trigger');
        }
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
    }
  })();
  const { code, signal } = await exited;
  done = true;
  clearTimeout(timer);
  await watch;
  return { code, signal, stdout, stderr, killed, ms: performance.now() - started, peakRssMiB: peak };
}

/**
 * A trigger that fires once `ready` has held for `pauseMs`: the pause lets the ingest run on to
 * the lock the caller holds, so the kill lands there and not on whatever came first.
 */
export function firesAfter(ready: () => Promise<boolean>, pauseMs = 400): () => Promise<boolean> {
  let since: number | undefined;
  return async () => {
    if (since === undefined && (await ready())) {
      since = Date.now();
    }
    return since !== undefined && Date.now() - since >= pauseMs;
  };
}

/** Resident memory of a process in MiB, 0 when it is gone (Linux /proc). */
export function rssMiB(pid: number): number {
  try {
    const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kib) ? kib / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface CliReport {
  talks: unknown[];
  errors: { source: string; message: string }[];
}

/** The `--json` report on stdout, or undefined when the run did not get to print it. */
export function jsonReport(run: IngestRun): CliReport | undefined {
  const start = run.stdout.indexOf('{');
  if (start < 0) {
    return undefined;
  }
  try {
    return JSON.parse(run.stdout.slice(start)) as CliReport;
  } catch {
    return undefined;
  }
}

/** Lines of a Node stack trace ("    at f (file:line:col)"): a user should never see one. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at .+(:\d+:\d+\)?|\(native\))$/.test(line));
}
