import { type EmbeddedNeo4j, type EmbeddedNeo4jOptions, startEmbeddedNeo4j } from './embedded-neo4j.ts';

/**
 * `running`: answering; `restarting`: died, a new JVM is on its way; `failed`: restarts ran out
 * (the owner is told through `onGiveUp`); `stopped`: stopped on purpose.
 */
export type EngineState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface SuperviseOptions {
  /** Restarts tried after a death before giving up. 0: report the death only. @default 0 */
  restarts?: number;
  /** Wait before the first restart, doubled for each next one. @default 1000 */
  backoffMs?: number;
  /**
   * An engine that stayed up this long earns a fresh set of restarts when it dies; one that dies
   * sooner (a crash loop) keeps counting. @default 60_000
   */
  stableMs?: number;
  /** One line per event (death, restart, failure). @default console.error */
  log?: (line: string) => void;
  /** Called once when the engine is down for good. */
  onGiveUp?: (error: Error) => void;
}

/**
 * The embedded engine for the whole life of its owner: a JVM that exits without being asked to
 * is logged and restarted on the same port and data folder, so a driver pointed at `uri`
 * reconnects by itself.
 */
export class SupervisedEngine {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  private engine: EmbeddedNeo4j;
  private current: EngineState = 'running';
  private attempts = 0;
  private startedAt = Date.now();
  private restarting: Promise<void> | undefined;

  constructor(
    first: EmbeddedNeo4j,
    private readonly options: EmbeddedNeo4jOptions,
    private readonly supervise: SuperviseOptions = {},
  ) {
    this.engine = first;
    this.uri = first.uri;
    this.port = first.port;
    this.dataDir = first.dataDir;
    this.watch(first);
  }

  get state(): EngineState {
    return this.current;
  }

  /** The JVM's pid now (it changes with each restart). */
  get pid(): number {
    return this.engine.pid;
  }

  async stop(): Promise<void> {
    this.current = 'stopped';
    await this.restarting;
    await this.engine.stop();
  }

  /** A method, not a field read: stop() may run during any await of a restart. */
  private stopped(): boolean {
    return this.current === 'stopped';
  }

  private watch(engine: EmbeddedNeo4j): void {
    void engine.exited.then(({ code, signal }) => {
      if (this.current !== 'running' || engine !== this.engine) {
        return; // stopped on purpose, or an old JVM
      }
      const cause = signal ?? `code ${code}`;
      this.restarting = this.restart(`Neo4j engine (pid ${engine.pid}) died (${cause})`);
    });
  }

  private async restart(death: string): Promise<void> {
    const { restarts = 0, backoffMs = 1_000, stableMs = 60_000 } = this.supervise;
    const log = this.supervise.log ?? ((line: string) => console.error(line));
    if (Date.now() - this.startedAt >= stableMs) {
      this.attempts = 0;
    }
    this.current = 'restarting';
    let lastError = new Error(death);
    while (this.attempts < restarts) {
      const wait = backoffMs * 2 ** this.attempts;
      this.attempts += 1;
      log(`${death}; restarting in ${wait} ms (attempt ${this.attempts} of ${restarts})`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (this.stopped()) {
        return;
      }
      const began = Date.now();
      try {
        const engine = await startEmbeddedNeo4j({ ...this.options, port: this.port, dataDir: this.dataDir });
        if (this.stopped()) {
          await engine.stop();
          return;
        }
        this.engine = engine;
        this.startedAt = Date.now();
        this.current = 'running';
        this.watch(engine);
        log(`Neo4j engine restarted at ${this.uri} (pid ${engine.pid}) in ${Date.now() - began} ms`);
        return;
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        death = `Neo4j engine restart ${this.attempts} of ${restarts} failed: ${firstLine(lastError.message)}`;
      }
    }
    this.current = 'failed';
    log(restarts === 0 ? `${death}; not restarted` : `${death}; giving up`);
    this.supervise.onGiveUp?.(lastError);
  }
}

/** The first line and, for a JVM's stderr tail, its last one (usually the cause). */
function firstLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const summary = lines.length > 1 ? `${lines[0]} … ${lines.at(-1)}` : (lines[0] ?? '');
  return summary.length > 300 ? `${summary.slice(0, 300)}…` : summary;
}

/** Starts the embedded engine and watches it (see SupervisedEngine). */
export async function startSupervisedNeo4j(
  options: EmbeddedNeo4jOptions,
  supervise: SuperviseOptions = {},
): Promise<SupervisedEngine> {
  return new SupervisedEngine(await startEmbeddedNeo4j(options), options, supervise);
}
