import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  GOOD_NEIGHBOUR,
  generatedNote,
  type HostileCase,
  ROOT,
  writeCrashCorpus,
  writeHostileNotes,
} from '../support/chaos-corpus.ts';
import { type IngestRun, jsonReport, runIngestCli, stackLines } from '../support/chaos-ingest.ts';
import { makeFifo } from '../support/fifo.ts';
import { DATABASE, testDriver } from '../support/graph.ts';
import { dumpSourceGraph } from '../support/graph-dump.ts';

/**
 * The ingest CLI, end to end, on a folder of hostile notes written here (nothing binary is
 * committed): each hostile note gives one error that names it, nothing hangs or eats memory, no
 * front matter runs as code, the good notes beside them load, and what was stored before stays.
 */
describe('hostile notes through the ingest CLI', () => {
  const work = mkdtempSync(join(tmpdir(), 'talkgraph-chaos-hostile-'));
  const goodDir = join(work, 'good');
  const hostileDir = join(work, 'hostile');
  const elsewhere = join(work, 'elsewhere');
  const marker = join(work, 'front-matter-code-ran');
  const LINKED = 'linked-good.md';
  let driver: Driver;
  let goodPaths: string[];
  let cases: HostileCase[];
  let before: string[];
  let load: IngestRun;

  const stored = (file: string) => relative(ROOT, file);
  /** Generous bounds: a hostile note must end in an error, not in a hang or a machine out of memory. */
  const guard = { timeoutMs: 60_000, maxRssMiB: 1_500 };

  beforeAll(async () => {
    driver = await testDriver();
    goodPaths = writeCrashCorpus(goodDir, 3, 23);
    const first = await runIngestCli(['--json', goodDir], { uri: inject('neo4jUri') });
    expect(first.code, first.stderr).toBe(0);
    before = await dumpSourceGraph(driver, goodPaths.map(stored));
    expect(before.length).toBeGreaterThan(50);

    cases = writeHostileNotes(hostileDir, marker, (path) =>
      makeFifo(hostileDir, path.split('/').at(-1) ?? ''),
    );
    // A symlinked note inside the folder is followed, not skipped.
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'target.md'), generatedNote(999_002));
    symlinkSync(join(elsewhere, 'target.md'), join(hostileDir, LINKED));
    // The good corpus again (unchanged) in the same run as the hostile folder.
    load = await runIngestCli(['--json', '--workers', '0', goodDir, hostileDir], {
      uri: inject('neo4jUri'),
      ...guard,
    });
  }, 240_000);

  afterAll(async () => {
    await driver?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('ends on its own, exit code 1, no stack trace, and no front matter ran as code', () => {
    expect(load.killed, load.stderr.slice(-2000)).toBeUndefined();
    expect(load.code).toBe(1);
    expect(stackLines(load.stderr)).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('gives each hostile note one error that names its file, and none to anything else', () => {
    const errors = jsonReport(load)?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    const hostileFiles = new Set(cases.map((c) => c.file));
    const problems: string[] = [];
    for (const c of cases) {
      const mine = errors.filter((e) => e.source.endsWith(`/${c.file}`));
      const expected = c.mustFail ? [1] : [0, 1];
      if (!expected.includes(mine.length)) {
        problems.push(`${c.file} (${c.what}): ${mine.length} errors`);
      }
      for (const e of mine) {
        // The summary on stderr prints messages alone: each must say which file it is about.
        if (!e.message.includes(c.file)) {
          problems.push(`${c.file} (${c.what}): message does not name it: ${e.message.slice(0, 120)}`);
        }
        if (!load.stderr.includes(c.file)) {
          problems.push(`${c.file}: not named on stderr`);
        }
      }
    }
    for (const e of errors) {
      if (!hostileFiles.has(e.source.split('/').at(-1) ?? '')) {
        problems.push(`unexpected error for ${e.source}: ${e.message.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('loads the good notes beside them, a symlinked one included, and keeps what was stored', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (s:Source)<-[:FROM_SOURCE]-(t:Talk) WHERE s.path IN $paths RETURN s.path AS path, count(t) AS talks`,
      { paths: [stored(join(hostileDir, GOOD_NEIGHBOUR)), stored(join(hostileDir, LINKED))] },
      { database: DATABASE },
    );
    expect(records.map((r) => r.get('path') as string).sort()).toEqual(
      [stored(join(hostileDir, GOOD_NEIGHBOUR)), stored(join(hostileDir, LINKED))].sort(),
    );
    expect(await dumpSourceGraph(driver, goodPaths.map(stored))).toEqual(before);
  });

  it('refuses the same notes on worker threads, in a dry run', async () => {
    const dry = await runIngestCli(['--dry-run', '--json', '--workers', '2', hostileDir], guard);
    expect(dry.killed, dry.stderr.slice(-2000)).toBeUndefined();
    expect(stackLines(dry.stderr)).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    const failed = (report: IngestRun) =>
      (jsonReport(report)?.errors ?? [])
        .map((e) => e.source.split('/').at(-1))
        .filter((f) => f !== undefined && cases.some((c) => c.file === f))
        .sort();
    expect(failed(dry)).toEqual(failed(load));
  }, 120_000);
});
