import { type Driver, Neo4jError } from 'neo4j-driver';
import type { GraphRows } from './graph-rows.ts';
import { type LoadOutcome, loadDocument, loadNotes } from './load-notes.ts';

/**
 * Notes per transaction. At 1k talks (bench/experiments/batch-load.ts) 100 loaded 2.7× faster
 * than one note per transaction and 250 only ~18% faster than 100, while a failed batch is
 * redone note by note, so bigger batches cost more when one note is bad.
 */
export const BATCH_NOTES = 100;

export interface PendingNote {
  file: string;
  rows: GraphRows;
}

/** What became of one note, reported in the order the notes were added. */
export type Settle = (
  note: PendingNote,
  result: { outcome: LoadOutcome } | { error: unknown },
) => Promise<void>;

/**
 * Groups extracted notes into batches and writes each in one transaction, with at most one
 * write in flight: the caller extracts the next batch while Neo4j commits the previous one.
 * A batch that fails for a reason other than Neo4j being gone is retried note by note, so
 * the error names its note and the other notes still land.
 */
export class BatchWriter {
  readonly #graph: { driver: Driver; database: string };
  readonly #settle: Settle;
  readonly #size: number;
  #pending: PendingNote[] = [];
  #inFlight: Promise<void> = Promise.resolve();
  #unreachable: string | undefined;

  constructor(graph: { driver: Driver; database: string }, settle: Settle, size = BATCH_NOTES) {
    this.#graph = graph;
    this.#settle = settle;
    this.#size = size;
  }

  /** Set once Neo4j could not be reached: the driver already retried, later writes would wait as long. */
  get unreachable(): string | undefined {
    return this.#unreachable;
  }

  async add(note: PendingNote): Promise<void> {
    // One source per batch: its stored hash decides what the batch does with it.
    if (this.#pending.some((p) => p.rows.source.id === note.rows.source.id)) {
      await this.#flush();
    }
    this.#pending.push(note);
    if (this.#pending.length >= this.#size) {
      await this.#flush();
    }
  }

  /** Writes what is left and waits for every write. */
  async finish(): Promise<void> {
    await this.#flush();
    await this.#inFlight;
  }

  async #flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    await this.#inFlight;
    if (batch.length > 0) {
      this.#inFlight = this.#write(batch);
      // Awaited at the next flush; until then a failure (a throwing progress callback) must not
      // count as unhandled and end the process.
      this.#inFlight.catch(() => undefined);
    }
  }

  async #write(batch: PendingNote[]): Promise<void> {
    const { driver, database } = this.#graph;
    let outcomes: LoadOutcome[] | undefined;
    let failure: unknown;
    if (!this.#unreachable) {
      try {
        outcomes = await loadNotes(
          driver,
          database,
          batch.map((n) => n.rows),
        );
      } catch (error) {
        failure = error;
      }
    }
    for (const [i, note] of batch.entries()) {
      await this.#settle(note, await this.#outcome(note, outcomes?.[i], failure));
    }
  }

  /**
   * A note's fate: from its batch, or, when the batch failed on that data, from a load of its
   * own. Every error names the note's file: a batch error alone would not say which note it hit.
   */
  async #outcome(
    note: PendingNote,
    batched: LoadOutcome | undefined,
    failure: unknown,
  ): Promise<{ outcome: LoadOutcome } | { error: unknown }> {
    if (batched) {
      return { outcome: batched };
    }
    if (failure !== undefined && this.#markUnavailable(failure)) {
      return {
        error: noteError(note.file, `not loaded, Neo4j is unreachable: ${messageOf(failure)}`, failure),
      };
    }
    if (this.#unreachable) {
      return {
        error: noteError(
          note.file,
          `not loaded, Neo4j became unreachable earlier in this run (${this.#unreachable})`,
        ),
      };
    }
    try {
      return { outcome: await loadDocument(this.#graph.driver, this.#graph.database, note.rows) };
    } catch (error) {
      const detail = this.#markUnavailable(error)
        ? 'not loaded, Neo4j is unreachable'
        : 'could not be written';
      return { error: noteError(note.file, `${detail}: ${messageOf(error)}`, error) };
    }
  }

  #markUnavailable(error: unknown): boolean {
    if (error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code)) {
      this.#unreachable = error.message;
      return true;
    }
    return false;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error that says which note it is about, keeping the driver's error as its cause. */
function noteError(file: string, message: string, cause?: unknown): Error {
  return new Error(`${file}: ${message}`, cause === undefined ? undefined : { cause });
}
