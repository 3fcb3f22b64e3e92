import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../ingest/run/extract-pool.ts';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { writeNotes } from '../support/notes.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const EVAL_NOTES = join(import.meta.dirname, '..', 'fixtures', 'eval-notes-4');

describe('extraction on worker threads', () => {
  it('reports exactly what the main thread reports, in the same order', async () => {
    const bad = writeNotes({ 'a-empty.md': '', 'b-binary.txt': new Uint8Array([0, 159, 146, 150, 0, 1]) });
    const paths = [SEEDS, bad, EVAL_NOTES];
    const here = await ingestPaths(paths, { workers: 0 });
    const progress: number[] = [];
    const pooled = await ingestPaths(paths, { workers: 2, onProgress: (done) => progress.push(done) });
    expect(here.report.talks.length).toBeGreaterThan(10);
    expect(pooled.report).toEqual(here.report);
    // Unreadable files still fail by name, with the reason, from a worker.
    expect(pooled.report.errors.map((e) => e.source.split('/').at(-1))).toEqual([
      'a-empty.md',
      'b-binary.txt',
    ]);
    expect(pooled.report.errors.every((e) => e.message.length > 0)).toBe(true);
    expect(progress).toEqual(progress.map((_, i) => i + 1));
  }, 60_000);

  it('starts workers only for loads large enough to repay them', () => {
    expect(defaultWorkers(5)).toBe(0);
    expect(defaultWorkers(10_000)).toBeGreaterThanOrEqual(1);
  });
});
