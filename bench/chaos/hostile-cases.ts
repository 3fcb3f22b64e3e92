/**
 * The long hostile-input run: each hostile note through the CLI on its own (a dry run, so the
 * figures are the reading and extraction alone), with its time, peak memory and what it said;
 * then long notes under the size limit, which only a per-note budget keeps from stalling a load.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedNote, writeHostileNotes } from '../../tests/support/chaos-corpus.ts';
import { jsonReport, runIngestCli, stackLines } from '../../tests/support/chaos-ingest.ts';
import type { CaseRow } from './crash-cases.ts';

export interface HostileOptions {
  /** Seconds a single note may take before the run is killed and the case counted as a hang. */
  timeoutSec: number;
}

export async function runHostileCases(
  work: string,
  options: HostileOptions,
  log: (line: string) => void,
): Promise<CaseRow[]> {
  const dir = join(work, 'hostile');
  const marker = join(work, 'front-matter-code-ran');
  const cases = writeHostileNotes(dir, marker, (path) => execFileSync('mkfifo', [path]));
  const long = join(work, 'long');
  mkdirSync(long, { recursive: true });
  const sizes: [string, number][] = [
    ['100 kB', 100 * 1024],
    ['1 MB', 1024 * 1024],
    ['4.9 MB', 4.9 * 1024 * 1024],
  ];
  for (const [label, bytes] of sizes) {
    writeFileSync(join(long, `one-line-${label.replace(/\W+/g, '')}.md`), oneLineNote(bytes));
  }
  const rows: CaseRow[] = [];
  const all = [
    ...cases.map((c) => ({ path: join(dir, c.file), what: c.what, mustFail: c.mustFail })),
    ...sizes.map(([label]) => ({
      path: join(long, `one-line-${label.replace(/\W+/g, '')}.md`),
      what: `${label} note on one line`,
      mustFail: false,
    })),
  ];
  for (const c of all) {
    log(`hostile: ${c.what}`);
    const run = await runIngestCli(['--dry-run', '--json', '--workers', '0', c.path], {
      timeoutMs: options.timeoutSec * 1000,
      maxRssMiB: 3_000,
    });
    const report = jsonReport(run);
    const errors = report?.errors ?? [];
    const name = c.path.split('/').at(-1) ?? '';
    const named = errors.length === 1 && (errors[0]?.message.includes(name) ?? false);
    const stacks = stackLines(run.stderr).length;
    let outcome: string;
    let ok: boolean;
    if (run.killed) {
      outcome = run.killed === 'timeout' ? `HANG (killed after ${options.timeoutSec} s)` : 'MEMORY (killed)';
      ok = false;
    } else if (errors.length > 0) {
      outcome = `error${named ? ' naming it' : ' NOT NAMING IT'}: ${shortMessage(errors[0]?.message ?? '', c.path)}`;
      ok = named && errors.length === 1 && stacks === 0;
    } else {
      outcome = `read: ${report?.talks.length ?? 0} talk(s)`;
      ok = !c.mustFail && stacks === 0;
    }
    rows.push({
      group: 'hostile',
      name: c.what,
      outcome,
      figures: `${(run.ms / 1000).toFixed(1)} s, peak RSS ${Math.round(run.peakRssMiB)} MiB, exit ${run.code ?? run.signal}${stacks ? `, ${stacks} stack lines` : ''}`,
      ok,
    });
  }
  rows.push({
    group: 'hostile',
    name: '---js code ran?',
    outcome: existsSync(marker) ? 'YES: the note ran code' : 'no',
    figures: '',
    ok: !existsSync(marker),
  });
  return rows;
}

/** Career sentences without a line break, up to about `bytes` (UTF-8; one sentence over at most). */
function oneLineNote(bytes: number): string {
  const parts: string[] = ['# 긴 한 줄 노트 '];
  let size = Buffer.byteLength(parts[0] ?? '');
  for (let i = 0; size < bytes - 400; i += 1) {
    const sentence = generatedNote(i, 3).split('\n').slice(2).join(' ');
    parts.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return parts.join(' ');
}

function shortMessage(message: string, path: string): string {
  return message.replace(`${path}: `, '').replace(path, '…').slice(0, 90);
}
