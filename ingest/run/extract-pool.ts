import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { GraphRows } from '../load/graph-rows.ts';
import { isNonFileSource } from '../sources/read-any-source.ts';
import type { ExtractTask } from './extract-worker.ts';
import { type ExtractBudget, extractBudgetFromEnv, extractSource, overBudget } from './process-note.ts';

export type Extracted = { file: string; rows: GraphRows } | { file: string; error: unknown };

/** Below this many sources, starting workers (each loads the ontology) costs more than it saves. */
const MIN_SOURCES_FOR_WORKERS = 64;

/** Sources read ahead per worker, so none waits while the main thread writes. */
const AHEAD_PER_WORKER = 4;

/** As many workers as cores for a large load; none (the main thread extracts) for a small one. */
export function defaultWorkers(sources: number): number {
  return sources >= MIN_SOURCES_FOR_WORKERS ? availableParallelism() : 0;
}

/**
 * Reads and extracts every source, yielding results in the order given. With workers, the
 * extraction (most of an ingest's CPU) runs on worker threads (piscina) while the caller writes
 * earlier notes; stdin and URLs are still read here, where stdin is. A note over the budget (text
 * size, or time checked by the extractor's loops) is an error naming it, and the rest go on.
 */
export async function* extractInOrder(
  sources: string[],
  workers: number,
  budget: ExtractBudget = extractBudgetFromEnv(),
): AsyncGenerator<Extracted> {
  if (workers <= 0) {
    for (const file of sources) {
      yield await extractHere(file, budget);
    }
    return;
  }
  const pool = new Piscina<ExtractTask, GraphRows>({
    // From source the worker is TypeScript, run under tsx whatever started this process; in the
    // bundle of scripts/build-server.ts (npm start, the image) it is JavaScript beside this code.
    ...(import.meta.url.endsWith('.ts')
      ? {
          filename: new URL('./extract-worker.ts', import.meta.url).href,
          execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href],
        }
      : { filename: new URL('./extract-worker.js', import.meta.url).href }),
    minThreads: workers,
    maxThreads: workers,
  });
  try {
    const queue: Promise<Extracted>[] = [];
    let next = 0;
    const readAhead = () => {
      while (next < sources.length && queue.length < workers * AHEAD_PER_WORKER) {
        const file = sources[next++] as string;
        queue.push(isNonFileSource(file) ? extractHere(file, budget) : extractOnWorker(pool, file, budget));
      }
    };
    readAhead();
    for (let item = queue.shift(); item; item = queue.shift()) {
      const result = await item;
      readAhead();
      yield result;
    }
  } finally {
    await pool.destroy();
  }
}

/**
 * A worker keeps its note's deadline itself; should one call never return to a check (a regular
 * expression stuck on a huge line), the task is aborted, which ends its thread. That backstop
 * runs from when the task is queued, behind at most AHEAD_PER_WORKER others per thread, each held
 * to the budget: it allows for all of them.
 */
async function extractOnWorker(pool: Piscina<ExtractTask, GraphRows>, file: string, budget: ExtractBudget) {
  const abort = new AbortController();
  const backstop = setTimeout(
    () => abort.abort(),
    budget.timeoutMs * (AHEAD_PER_WORKER + 1) + BACKSTOP_SLACK_MS,
  );
  try {
    return { file, rows: await pool.run({ spec: file, budget }, { signal: abort.signal }) };
  } catch (error) {
    return { file, error: abort.signal.aborted ? overBudget(file, budget) : error };
  } finally {
    clearTimeout(backstop);
  }
}

/** For reading the note and starting a replacement thread, beyond the budget itself. */
const BACKSTOP_SLACK_MS = 10_000;

async function extractHere(file: string, budget: ExtractBudget): Promise<Extracted> {
  try {
    return { file, rows: await extractSource(file, budget) };
  } catch (error) {
    return { file, error };
  }
}
