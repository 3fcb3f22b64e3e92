import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

describe('embedded Neo4j lifecycle', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-orphan-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the engine when the process that started it is killed with SIGKILL (a load engine: C1 only, no replanning)', async () => {
    // A parent that starts the engine, prints the JVM's pid and a setting, then waits forever.
    const script = `
      import { startEmbeddedNeo4j } from './graph/embedded-neo4j.ts';
      import { createDriver } from './graph/connection.ts';
      const engine = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(dataDir)}, pageCache: '64m', purpose: 'load' });
      const driver = createDriver(engine.uri, 'neo4j', '');
      const { records } = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.cypher.min_replan_interval' RETURN value");
      console.log('REPLAN ' + records[0]?.get('value'));
      await driver.close();
      console.log('PID ' + engine.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let replan = '';
    const javaPid = await new Promise<number>((resolve, reject) => {
      createInterface({ input: parent.stdout }).on('line', (line) => {
        if (line.startsWith('REPLAN ')) {
          replan = line.slice(7);
        }
        if (line.startsWith('PID ')) {
          resolve(Number(line.slice(4)));
        }
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early with ${code}`)));
    });
    expect(alive(javaPid)).toBe(true);
    // An engine for one bulk load compiles with C1 only (see EmbeddedNeo4jOptions.purpose).
    expect(readFileSync(`/proc/${javaPid}/cmdline`, 'utf8').split('\0')).toContain('-XX:TieredStopAtLevel=1');
    // Nor does it replan its write statements as the graph grows (the server keeps Neo4j's 10 s).
    expect(replan).toBe('1h');

    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(javaPid), 30_000)).toBe(true);
  });
});
