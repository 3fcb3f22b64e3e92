/**
 * `npm run chaos [-- options]`: the long reliability run. kill -9 of the ingest and of its engine
 * at several points of a load (each followed by a rerun compared with a clean load), hostile notes
 * one by one, a seeded GraphQL fuzz, a bounded soak at 50 connections, and kill -9 of a running
 * server's engine. Prints one table: case | outcome | figures. Reports, never asserts time; the
 * exit code is 1 when a case broke a rule (a rerun differing, an internal error, a hang).
 *
 * Options: --talks 500 (synthetic corpus), --random-kills 3, --fuzz 10000, --seed 42,
 * --soak-seconds 60, --soak-rounds 3, --connections 50, --hostile-timeout 120,
 * --only crash,hostile,fuzz,soak,server, --quick (small corpus, 2k fuzz, 3 × 10 s soak).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../graph/apply-schema.ts';
import { createDriver } from '../../graph/connection.ts';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../graph/embedded-neo4j.ts';
import { writeCrashCorpus } from '../../tests/support/chaos-corpus.ts';
import { runIngestCli } from '../../tests/support/chaos-ingest.ts';
import { generateCorpus } from '../synthetic-corpus.ts';
import { renderTable } from '../table.ts';
import { runFuzzCase, runServerEngineKill, runSoak } from './api-cases.ts';
import { type CaseRow, restarts, runCrashCases } from './crash-cases.ts';
import { runHostileCases } from './hostile-cases.ts';

const PHASES = ['crash', 'hostile', 'fuzz', 'soak', 'server'];

function readPlan() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      talks: { type: 'string' },
      'random-kills': { type: 'string', default: '3' },
      fuzz: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'soak-seconds': { type: 'string' },
      'soak-rounds': { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      'hostile-timeout': { type: 'string', default: '120' },
      only: { type: 'string', default: PHASES.join(',') },
    },
  });
  const quick = values.quick ?? false;
  const number = (value: string | undefined, fallback: number) =>
    value === undefined ? fallback : Number(value);
  return {
    talks: number(values.talks, quick ? 250 : 500),
    randomKills: number(values['random-kills'], 3),
    fuzz: number(values.fuzz, quick ? 2_000 : 10_000),
    seed: number(values.seed, 42),
    soakSeconds: number(values['soak-seconds'], quick ? 10 : 60),
    soakRounds: number(values['soak-rounds'], 3),
    connections: number(values.connections, 50),
    hostileTimeout: number(values['hostile-timeout'], 120),
    phases: new Set((values.only ?? '').split(',').map((p) => p.trim())),
  };
}

const log = (line: string) =>
  process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(): Promise<number> {
  const plan = readPlan();
  const work = mkdtempSync(join(tmpdir(), 'talkgraph-chaos-'));
  const rows: CaseRow[] = [];
  let engine: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  const started = Date.now();
  try {
    if (plan.phases.has('crash')) {
      const crash = await runCrashCases(
        work,
        { talks: plan.talks, randomKills: plan.randomKills, seed: plan.seed },
        log,
      );
      rows.push(...crash.rows);
      ({ engine, driver } = crash);
    }
    if (plan.phases.has('hostile')) {
      rows.push(...(await runHostileCases(work, { timeoutSec: plan.hostileTimeout }, log)));
    }
    if (plan.phases.has('fuzz') || plan.phases.has('soak')) {
      if (!engine || !driver) {
        ({ engine, driver } = await loadedEngine(work, plan.talks, plan.seed));
      }
      if (plan.phases.has('fuzz')) {
        log(`fuzz: ${plan.fuzz} operations`);
        rows.push((await runFuzzCase(driver, plan.fuzz, plan.seed)).row);
      }
      if (plan.phases.has('soak')) {
        const soak = { connections: plan.connections, seconds: plan.soakSeconds, rounds: plan.soakRounds };
        rows.push(...(await runSoak(driver, engine.uri, soak, log)));
      }
    }
    if (plan.phases.has('server')) {
      rows.push(...(await runServerEngineKill(work, log)));
    }
  } finally {
    await driver?.close();
    await engine?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const notes = [
    `${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end; ${((Date.now() - started) / 60_000).toFixed(1)} min in all.`,
    ...(restarts.length > 0
      ? [
          `Engine restarts after kill -9 (recovery included): ${restarts.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}.`,
        ]
      : []),
    'Crash cases compare counts per label and type and a content hash of every node and relationship (RELATED_TO included) with the clean load.',
  ];
  process.stdout.write(
    renderTable({
      title: 'Reliability (npm run chaos)',
      head: ['case', 'outcome', 'figures'],
      rows: rows.map((r) => [`${r.group}: ${r.name}`, `${r.ok ? '' : '✗ '}${r.outcome}`, r.figures]),
      leftColumns: [1, 2],
      notes,
    }),
  );
  return rows.every((r) => r.ok) ? 0 : 1;
}

/** An engine with the synthetic corpus loaded, when the crash phase did not leave one. */
async function loadedEngine(work: string, talks: number, seed: number) {
  const notes = join(work, 'fuzz-notes');
  writeCrashCorpus(notes, 0);
  for (const note of generateCorpus({ talks, seed })) {
    writeFileSync(join(notes, note.file), note.text);
  }
  const engine = await startEmbeddedNeo4j({ dataDir: join(work, 'fuzz-neo4j'), pageCache: '512m' });
  const driver = createDriver(engine.uri, 'neo4j', '');
  await applySchema(driver, 'neo4j');
  log(`loading ${talks} synthetic talks for the fuzz and the soak`);
  const run = await runIngestCli(['--json', notes], { uri: engine.uri, timeoutMs: 900_000 });
  if (run.code !== 0) {
    throw new Error(`the load for the fuzz failed (exit ${run.code}): ${run.stderr.slice(-500)}`);
  }
  return { engine, driver };
}

process.exitCode = await main();
