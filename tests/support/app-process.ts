import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..', '..');

/** `npm start`'s entry (app/start.ts) as a child process, with what it has printed so far. */
export interface AppProcess {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** The first stdout or stderr line matching, as soon as it is printed. */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

export function spawnApp(env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const onLine = (into: string[]) => (line: string) => {
    into.push(line);
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(line);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine(stdout));
  createInterface({ input: child.stderr }).on('line', onLine(stderr));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return {
    child,
    stdout,
    stderr,
    exited,
    line(pattern, timeoutMs = 180_000) {
      const seen = [...stdout, ...stderr].map((l) => pattern.exec(l)).find((m) => m !== null);
      if (seen) {
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line ${pattern} in:\n${[...stdout, ...stderr].join('\n')}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (match) => {
            clearTimeout(timer);
            resolve(match);
          },
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`app exited (${code}) before ${pattern}:\n${[...stdout, ...stderr].join('\n')}`));
        });
      });
    },
  };
}
