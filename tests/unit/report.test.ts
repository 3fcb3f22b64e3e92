import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';

/**
 * The dry run's JSON contract (DESIGN.md): a decision of a note's unnamed author names no one:
 * its person is the placeholder's id, not the display name "Author of ‘<title>’" (issue 13).
 */
describe('dry-run report of a note whose author is not named', () => {
  it('gives the placeholder’s id as the person of the author’s decisions', async () => {
    const { report } = await ingestPaths(['tests/fixtures/eval-notes/how-i-got-into-nlp.txt'], {
      workers: 0,
      llm: null,
    });
    const placeholders = report.entities.filter((e) => e.id.startsWith('person:unnamed-'));
    expect(placeholders.length).toBe(1);
    const theirs = report.decisions.filter((d) => d.person === placeholders[0]?.id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(report.decisions.filter((d) => d.person.startsWith('Author of'))).toEqual([]);
  });
});
