import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { extractDocument, readDocument } from './extract-document.ts';
import type { GraphRows } from './graph-rows.ts';
import { isNonFileSource } from './read-any-source.ts';

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
 * earlier notes; stdin and URLs are still read here, where stdin is.
 */
export async function* extractInOrder(sources: string[], workers: number): AsyncGenerator<Extracted> {
  if (workers <= 0) {
    for (const file of sources) {
      yield await extractHere(file);
    }
    return;
  }
  const pool = new Piscina<string, GraphRows>({
    filename: new URL('./extract-worker.ts', import.meta.url).href,
    // The worker is TypeScript: it runs under tsx, whatever started this process.
    execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href],
    minThreads: workers,
    maxThreads: workers,
  });
  try {
    const queue: Promise<Extracted>[] = [];
    let next = 0;
    const readAhead = () => {
      while (next < sources.length && queue.length < workers * AHEAD_PER_WORKER) {
        const file = sources[next++] as string;
        queue.push(
          isNonFileSource(file)
            ? extractHere(file)
            : pool.run(file).then(
                (rows) => ({ file, rows }),
                (error: unknown) => ({ file, error }),
              ),
        );
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

async function extractHere(file: string): Promise<Extracted> {
  try {
    return { file, rows: extractDocument(await readDocument(file)) };
  } catch (error) {
    return { file, error };
  }
}
