/**
 * The real pages in tests/support/eval-extraction.ts: scored by their own score.mjs when the folder is there,
 * skipped (null) when it is not; the summary keeps score.mjs's wording.
 */
import { describe, expect, it } from 'vitest';
import { formatRealworld, scoreRealworld } from '../support/eval-extraction.ts';

describe('realworld set in the extraction report', () => {
  it('is skipped, not failed, when its folder is absent', () => {
    expect(scoreRealworld('/nonexistent/realworld-folder')).toBeNull();
  });

  it("prints score.mjs's summary lines", () => {
    const text = formatRealworld({
      documents: 2,
      failures: 0,
      speakers: 0.5,
      decisionsPerPage: 0.25,
      decisionYears: null,
      decisions: { p: 1, r: 0.5, f1: 0.667, tp: 1, fp: 0, fn: 1 },
      docs: [],
    });
    expect(text.split('\n')).toEqual([
      'decisions    P 1  R 0.5  F1 0.667  (tp 1 fp 0 fn 1)',
      'speakers found 0.5; decisions F1 per page 0.25; decision years right null; documents 2, failed 0',
    ]);
  });
});
