import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { join } from 'node:path';

/** A named pipe in `dir` (mkfifo): what a note must never be. */
export function makeFifo(dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

/**
 * The work's outcome, or a failure if it is still pending after `ms`: code that opens a FIFO
 * for reading waits for a writer forever. On that failure each FIFO gets a writer that closes at
 * once, so the blocked open returns and the test run can end. A guard, not a timing assertion.
 */
export async function unlessHung<T>(work: Promise<T>, fifos: string[], ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      for (const fifo of fifos) {
        try {
          closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
        } catch {
          // No reader is waiting on this one.
        }
      }
      reject(new Error(`still waiting on a FIFO after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}
