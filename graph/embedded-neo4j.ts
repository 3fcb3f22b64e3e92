import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const LAUNCHER_DIR = join(import.meta.dirname, 'launcher');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = join(LAUNCHER_DIR, 'target', 'classes');

/** The flags Neo4j 5's own neo4j.conf passes to the JVM on Java 17. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-Xms1g',
  '-Xmx1g',
];

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** @default a free port on 127.0.0.1 */
  port?: number;
  /** @default '512m' */
  pageCache?: string;
  /** @default 180_000 — the first start on a fresh data folder creates the store. */
  startTimeoutMs?: number;
  /**
   * 'load' for an engine that lives for one bulk load (`npm run ingest`): the JVM compiles with
   * C1 only. Full (C2) compilation of Neo4j and the Cypher planner cost a quarter to two fifths
   * of the engine's CPU during a 3k–10k talk load and only pays back over a long-running server.
   * Nor does it replan statements as the graph grows (Launcher.java): a tenth of its CPU in a load.
   * 'test' for the engine of one test run: C1 only too (a few minutes of small queries never pay
   * back C2's compiling on two cores), but it replans, as each test file grows the graph anew.
   * @default 'serve'
   */
  purpose?: 'serve' | 'load' | 'test';
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Settles when the JVM exits, however it ends (stop(), a crash, kill -9). */
  exited: Promise<EngineExit>;
  /** Resolves once the engine has shut down and released the store. */
  stop(): Promise<void>;
}

export interface EngineExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Builds the launcher with Maven when it has not been built (the first run downloads Neo4j). */
export async function buildLauncher(): Promise<string> {
  if (launcherIsBuilt()) {
    return readClasspath();
  }
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  try {
    await promisify(execFile)(mvn, ['-q', '-B', 'package', '-DskipTests'], {
      cwd: LAUNCHER_DIR,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not build the embedded Neo4j launcher in ${LAUNCHER_DIR} with Maven: ${detail}`);
  }
  return readClasspath();
}

function launcherIsBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(join(CLASSES_DIR, 'talkgraph', 'Launcher.class'))) {
    return false;
  }
  const pomChanged = statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs > statSync(CLASSPATH_FILE).mtimeMs;
  const sourceChanged =
    statSync(join(LAUNCHER_DIR, 'src', 'main', 'java', 'talkgraph', 'Launcher.java')).mtimeMs >
    statSync(join(CLASSES_DIR, 'talkgraph', 'Launcher.class')).mtimeMs;
  // A wiped Maven cache leaves a classpath naming jars that are gone.
  const firstJar = readFileSync(CLASSPATH_FILE, 'utf8').split(':')[0] ?? '';
  return !pomChanged && !sourceChanged && existsSync(firstJar);
}

function readClasspath(): string {
  return `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') {
          resolvePort(address.port);
        } else {
          reject(new Error('no port'));
        }
      });
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/**
 * Starts the real Neo4j engine as a child JVM with Bolt on 127.0.0.1.
 * The child stops when its stdin closes, so it never outlives this process, even after SIGKILL.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const classpath = await buildLauncher();
  const port = options.port ?? (await freePort());
  // A taken port would only show once the engine has opened its store, tens of seconds later.
  if (options.port !== undefined && !(await portIsFree(port))) {
    throw new Error(`Embedded Neo4j cannot listen on 127.0.0.1:${port}: the port is in use`);
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      ...JVM_FLAGS,
      ...(options.purpose === 'load' || options.purpose === 'test' ? ['-XX:TieredStopAtLevel=1'] : []),
      ...(options.purpose === 'load' ? ['-Dtalkgraph.purpose=load'] : []),
      '-cp',
      classpath,
      'talkgraph.Launcher',
      String(port),
      dataDir,
      options.pageCache ?? '512m',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  running.add(child);
  installExitHook();

  const stderrTail: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 40) {
      stderrTail.shift();
    }
  });
  const exited = new Promise<EngineExit>((resolveExit) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolveExit({ code, signal });
    });
  });

  const ready = new Promise<void>((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        resolveReady();
      }
    });
    child.once('error', (error) => reject(new Error(`Could not run java: ${error.message}`)));
    void exited.then(({ code, signal }) =>
      reject(
        new Error(
          `Embedded Neo4j exited with ${signal ?? `code ${code}`} before it was ready:\n${stderrTail.join('')}`,
        ),
      ),
    );
  });
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Embedded Neo4j did not start within ${timeoutMs} ms (data: ${dataDir})`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }

  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dataDir,
    pid: child.pid ?? -1,
    exited,
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<EngineExit>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  child.stdin?.end(); // the launcher shuts the engine down cleanly on EOF
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function installExitHook(): void {
  if (exitHookInstalled) {
    return;
  }
  exitHookInstalled = true;
  // Synchronous last resort; the closed stdin stops the engine in the normal case anyway.
  process.once('exit', () => {
    for (const child of running) {
      child.kill('SIGTERM');
    }
  });
}
