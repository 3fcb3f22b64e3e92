/**
 * Child processes of the bench: servers started as they are in production (`tsx`), their
 * readiness, and their peak memory as the kernel counts it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Child {
  process: ChildProcess;
  pid: number;
  /** Everything the child wrote, for error messages and log lines such as "Neo4j … (812 ms)". */
  output: string[];
}

/** Runs a TypeScript entry point with Node and tsx. */
export function startTsx(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Child {
  return startNode(['--import', 'tsx', entry, ...args], env);
}

/** Runs Node with `args`, its output kept for error messages and log lines. */
export function startNode(args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): Child {
  const child = spawn(process.execPath, [...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd === undefined ? {} : { cwd }),
  });
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  return { process: child, pid: child.pid ?? -1, output };
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. */
export async function waitForOk(
  url: string,
  child: Child,
  since: number,
  timeoutMs = 240_000,
): Promise<number> {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`${url}: the server exited (${child.process.exitCode}):\n${child.output.join('')}`);
    }
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) {
      return performance.now() - since;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms:\n${child.output.join('')}`);
}

/** Sends SIGTERM and waits for the exit (SIGKILL after `graceMs`); returns how long it took. */
export async function stopChild(child: Child, graceMs = 30_000): Promise<number> {
  const started = performance.now();
  if (child.process.exitCode !== null || child.process.signalCode !== null) {
    return 0;
  }
  const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()));
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  return performance.now() - started;
}

/** Peak resident memory of a process in MiB (VmHWM), or NaN when it is gone or not Linux. */
export function peakRssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return kib / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Direct children of a process (e.g. the JVM a server started), from /proc. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** The first child whose command line starts with `java`: the embedded Neo4j of a server. */
export function javaChild(pid: number): number | undefined {
  return childPids(pid).find((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')[0]?.endsWith('java') ?? false;
    } catch {
      return false;
    }
  });
}

/**
 * CPU seconds a process has used (user + system, all threads), from /proc: unlike wall time,
 * it barely moves when other jobs share the machine. NaN where /proc is missing.
 */
export function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** Linux's USER_HZ, 100 on every mainstream architecture. */
const CLOCK_TICKS = 100;
