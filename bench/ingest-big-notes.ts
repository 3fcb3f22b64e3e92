/**
 * Extraction of one long note: 100 kB and 1 MB of synthetic talk text, as lines and as a single
 * line (a page saved without line breaks), timed through the budgeted path the ingest takes.
 * Linear cost keeps the 1 MB time near ten times the 100 kB one (ratio ≈ 1).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractSource, MAX_TEXT_BYTES } from '../ingest/run/process-note.ts';
import { median } from './lib/stats.ts';
import { generateCorpus } from './synthetic-corpus.ts';

export const BIG_NOTE_BYTES = [100_000, 1_000_000] as const;
const SHAPES = ['lines', 'one line'] as const;

export interface BigNoteRun {
  bytes: number;
  shape: (typeof SHAPES)[number];
  /** Reading, splitting and extracting the note (median of the runs). */
  ms: number;
  runs: number;
  talks: number;
  entities: number;
  decisions: number;
  /** ms over the smallest note's ms of the same shape scaled linearly to this size: 1 is linear. */
  linearRatio: number;
}

const FRONT_MATTER = '---\ntitle: "긴 강연 기록"\nspeakers:\n  - 고호준\ndate: 2019-05-02\n---\n\n';

/**
 * A note of about `bytes` bytes: the bodies of synthetic notes (front matter and headings dropped;
 * a recap's "Speaker:" lines still start talks of their own), Korean and English mixed.
 */
export function bigNoteText(bytes: number, shape: BigNoteRun['shape'], seed = 42): string {
  const bodies = generateCorpus({ talks: Math.ceil(bytes / 3_000) + 10, seed }).map((note) =>
    note.text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n'),
  );
  let body = '';
  for (let i = 0; Buffer.byteLength(body) < bytes; i += 1) {
    body += `${bodies[i % bodies.length]}\n`;
  }
  return FRONT_MATTER + (shape === 'one line' ? body.replace(/\s*\n\s*/g, ' ') : body);
}

export async function runBigNotes(runs: number, log: (line: string) => void): Promise<BigNoteRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'talkgraph-bench-big-'));
  // No time budget here: the figure is how long extraction takes, however long that is.
  const budget = { maxTextBytes: MAX_TEXT_BYTES, timeoutMs: Number.MAX_SAFE_INTEGER };
  try {
    // The first extraction builds the ontology matcher: not a cost of the note.
    const warm = join(dir, 'warm.md');
    writeFileSync(warm, bigNoteText(5_000, 'lines'));
    await extractSource(warm, budget);
    const results: BigNoteRun[] = [];
    for (const shape of SHAPES) {
      for (const bytes of BIG_NOTE_BYTES) {
        const file = join(dir, `${bytes}-${shape.replace(' ', '-')}.md`);
        writeFileSync(file, bigNoteText(bytes, shape));
        log(`big notes: ${bytes / 1000} kB, ${shape}`);
        const times: number[] = [];
        let rows: Awaited<ReturnType<typeof extractSource>> | undefined;
        // The small note is quick and sets every ratio: always three runs.
        for (let run = 0; run < (bytes === BIG_NOTE_BYTES[0] ? Math.max(3, runs) : runs); run += 1) {
          const started = performance.now();
          rows = await extractSource(file, budget);
          times.push(performance.now() - started);
        }
        const ms = median(times);
        const base = results.find((r) => r.shape === shape && r.bytes === BIG_NOTE_BYTES[0]);
        results.push({
          bytes,
          shape,
          ms,
          runs: times.length,
          talks: rows?.talks.length ?? 0,
          entities: rows?.entities.length ?? 0,
          decisions: rows?.decisions.length ?? 0,
          linearRatio: base ? ms / ((base.ms * bytes) / base.bytes) : 1,
        });
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
