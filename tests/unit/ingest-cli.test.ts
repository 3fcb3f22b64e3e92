import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../graph/embedded-neo4j.ts';
import { writeNotes } from '../support/notes.ts';

const CLI = join(import.meta.dirname, '..', '..', 'ingest', 'cli.ts');

function ingest(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run ingest (the command line)', () => {
  const dir = writeNotes({
    'good.md':
      '# 어느 특강\n\n저는 2015년에 네이버에 입사했습니다. 그 뒤 2018년에 KAIST 대학원에 진학했습니다.\n',
    'empty.md': '',
  });

  it('prints the dry run as JSON alone on stdout, and fails by name on an unreadable note', () => {
    const run = ingest(['--dry-run', '--json', '--workers', '0', dir]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { talks: { title: string }[]; errors: { source: string }[] };
    expect(report.talks.map((t) => t.title)).toEqual(['어느 특강']);
    expect(report.errors.map((e) => e.source.split('/').at(-1))).toEqual(['empty.md']);
    expect(run.stderr).toMatch(/talks: 1/);
  });

  it('gives the same report when notes are extracted on worker threads', () => {
    const here = ingest(['--dry-run', '--json', '--workers', '0', dir]);
    const pooled = ingest(['--dry-run', '--json', '--workers', '2', dir]);
    expect(pooled.stdout).toBe(here.stdout);
  });

  it('offers --prune, which a dry run accepts and ignores', () => {
    expect(ingest(['--help']).stdout).toMatch(
      /--prune +after loading, remove the talks of notes that are gone/,
    );
    const run = ingest(['--dry-run', '--prune', '--workers', '0', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/dry run: nothing written/);
    expect(run.stderr).not.toMatch(/pruned/);
  });

  it('rejects a bad option value with usage and exit code 2', () => {
    const run = ingest(['--dry-run', '--workers', 'many', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--workers.*"many"/);
    expect(run.stdout).toBe('');
  });

  it('refuses a bad budget setting as usage, in one line, before reading any note', () => {
    const run = ingest(['--dry-run', dir], { TALKGRAPH_EXTRACT_TIMEOUT_MS: 'soon' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('TALKGRAPH_EXTRACT_TIMEOUT_MS: expected a whole number ≥ 0, got "soon"');
  });

  it('says in one line, without a stack trace, that Neo4j cannot be reached', async () => {
    const port = await freePort();
    const run = ingest([dir], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^talkgraph ingest could not start: Neo4j at bolt://127.0.0.1:${port} is not reachable`),
    );
  });
});
