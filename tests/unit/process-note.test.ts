import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useDeadlineClock } from '../../ingest/extract/deadline.ts';
import { extractBudgetFromEnv, MAX_TEXT_BYTES } from '../../ingest/run/process-note.ts';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { writeNotes } from '../support/notes.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const note = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

/** Three ordinary notes and one long one: the corpus masterclass told forty times over. */
function notes(): string {
  const body = note('seo-minjoon-masterclass.md').replace(/^---\n[\s\S]*?\n---\n/, '');
  return writeNotes({
    'a-qna.md': note('joo-jaegul-qna.md'),
    'b-long.md': `---\ntitle: 긴 노트\n---\n\n${body.repeat(40)}`,
    'c-memo.txt': note('lee-hwalsuk-lecture-memo.txt'),
    'd-timeline.md': note('minjoon-seo-career-timeline.md'),
  });
}

const ENV = ['TALKGRAPH_EXTRACT_TIMEOUT_MS', 'TALKGRAPH_EXTRACT_MAX_BYTES'] as const;
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));

function setEnv(name: (typeof ENV)[number], value: string): void {
  process.env[name] = value;
}

afterEach(() => {
  useDeadlineClock();
  for (const name of ENV) {
    if (saved[name] === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = saved[name];
    }
  }
});

function errorsByFile(report: { errors: { source: string; message: string }[] }) {
  return report.errors.map((e) => [e.source.split('/').at(-1), e.message]);
}

function sourcesOf(report: { talks: { source: string }[] }) {
  return [...new Set(report.talks.map((t) => t.source.split('/').at(-1)))].sort();
}

describe('the budget of one note', () => {
  it('fails a note whose text is over the size limit by name, and extracts the others', async () => {
    setEnv('TALKGRAPH_EXTRACT_MAX_BYTES', '50000');
    for (const workers of [0, 1]) {
      const { report } = await ingestPaths([notes()], { workers });
      const errors = errorsByFile(report);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.[0]).toBe('b-long.md');
      expect(errors[0]?.[1]).toMatch(/b-long\.md: has \d+ bytes of text, over the extraction limit of 50000/);
      expect(sourcesOf(report)).toEqual(['a-qna.md', 'c-memo.txt', 'd-timeline.md']);
    }
  }, 60_000);

  it('fails a note whose extraction runs past the time budget by name, and extracts the others', async () => {
    // The clock moves one millisecond per check of the extractor's loops (a short note makes a
    // few hundred, the long one thousands): the test counts work, never time.
    let ms = 0;
    useDeadlineClock(() => ms++);
    setEnv('TALKGRAPH_EXTRACT_TIMEOUT_MS', '1000');
    const { report } = await ingestPaths([notes()], { workers: 0 });
    expect(errorsByFile(report)).toEqual([
      ['b-long.md', expect.stringMatching(/b-long\.md: extraction took longer than 1 s/)],
    ]);
    expect(sourcesOf(report)).toEqual(['a-qna.md', 'c-memo.txt', 'd-timeline.md']);
  });

  it('keeps the time budget on worker threads: each note over it fails by name, the load goes on', async () => {
    setEnv('TALKGRAPH_EXTRACT_TIMEOUT_MS', '0');
    const { report } = await ingestPaths([notes()], { workers: 2 });
    expect(errorsByFile(report)).toEqual(
      ['a-qna.md', 'b-long.md', 'c-memo.txt', 'd-timeline.md'].map((file) => [
        file,
        expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}: extraction took longer than 0 s`)),
      ]),
    );
  }, 60_000);

  it('reads the budget from the environment, with defaults, and refuses a value that is no number', () => {
    expect(extractBudgetFromEnv({})).toEqual({ maxTextBytes: MAX_TEXT_BYTES, timeoutMs: 20_000 });
    expect(
      extractBudgetFromEnv({ TALKGRAPH_EXTRACT_TIMEOUT_MS: '1500', TALKGRAPH_EXTRACT_MAX_BYTES: '10' }),
    ).toEqual({ maxTextBytes: 10, timeoutMs: 1500 });
    expect(() => extractBudgetFromEnv({ TALKGRAPH_EXTRACT_TIMEOUT_MS: '10s' })).toThrow(
      /TALKGRAPH_EXTRACT_TIMEOUT_MS: expected a whole number/,
    );
  });
});
