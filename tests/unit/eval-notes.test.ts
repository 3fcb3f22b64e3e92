/**
 * A floor on extraction quality for notes nobody wrote the rules from (tests/fixtures/eval-notes/,
 * gold in tests/fixtures/eval-gold.yaml). The floors are deliberately below what the pipeline should
 * reach; `npx tsx bench/eval-extraction.ts` prints the full measurement with every miss.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeFinding,
  type Evaluation,
  evaluate,
  type Finding,
  list,
  loadGold,
  precision,
  recall,
  total,
} from '../support/eval-extraction.ts';

const ENTITY_RECALL_FLOOR = 0.8;
const DECISION_RECALL_FLOOR = 0.6;
const DECISION_PRECISION_FLOOR = 0.7;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const NOTES = join(FIXTURES, 'eval-notes');
const GOLD = loadGold(join(FIXTURES, 'eval-gold.yaml'));

let evaluation: Evaluation;

beforeAll(async () => {
  evaluation = await evaluate(GOLD, [NOTES]);
}, 120_000);

const listed = (findings: Finding[], kinds: Finding['kind'][]) =>
  findings
    .filter((f) => kinds.includes(f.kind))
    .map((f) => `\n  - ${describeFinding(f)}`)
    .join('');
const errorsOf = (file: string) => evaluation.errors.filter((e) => e.includes(file)).join('; ');
const talkMisses = (file: string, title: string) =>
  evaluation.misses
    .filter((f) => f.kind === 'talk' && f.note === file && f.text.includes(`"${title}"`))
    .map((f) => f.text)
    .join('; ') || 'no such talk was reported';

describe('eval notes: talks and speakers', () => {
  it('every gold note is on disk', () => {
    expect(evaluation.absent).toEqual([]);
  });

  for (const note of GOLD.notes) {
    for (const gold of note.talks) {
      const expected = gold.speakers.map((g) => list(g)[0] ?? '');
      const title = list(gold.title)[0] ?? '(every talk)';
      it(`${note.file}: talk "${title}" is given by [${expected.join(', ')}]`, () => {
        const results = evaluation.talks.filter((t) => t.file === note.file && t.title === title);
        const wrong = results.filter((t) => !t.speakersOk);
        const detail = wrong
          .map((t) =>
            t.found === null
              ? `${talkMisses(note.file, title)}${errorsOf(note.file) ? ` (ingest error: ${errorsOf(note.file)})` : ''}`
              : `talk "${t.found}" has speakers [${t.reported.join(', ')}]`,
          )
          .join('; ');
        expect(results.length).toBeGreaterThan(0);
        expect(wrong.length, `${note.file}: expected speakers [${expected.join(', ')}]: ${detail}`).toBe(0);
      });
    }
  }
});

describe('eval notes: quality floors', () => {
  it('no fake e-mail address or phone number appears anywhere in the report', () => {
    expect(evaluation.personalData, 'personal data found in the JSON report').toEqual([]);
  });

  it(`entity recall ≥ ${ENTITY_RECALL_FLOOR}`, () => {
    const entities = total(evaluation, 'entity:');
    expect(
      recall(entities) ?? 0,
      `entity recall ${entities.found}/${entities.gold}; missed:${listed(evaluation.misses, ['entity'])}`,
    ).toBeGreaterThanOrEqual(ENTITY_RECALL_FLOOR);
  });

  it(`decision recall ≥ ${DECISION_RECALL_FLOOR}`, () => {
    const decisions = total(evaluation, 'decision:');
    expect(
      recall(decisions) ?? 0,
      `decision recall ${decisions.found}/${decisions.gold}; missed:${listed(evaluation.misses, ['decision'])}`,
    ).toBeGreaterThanOrEqual(DECISION_RECALL_FLOOR);
  });

  it(`decision precision ≥ ${DECISION_PRECISION_FLOOR}`, () => {
    const decisions = total(evaluation, 'decision:');
    expect(
      precision(decisions) ?? 0,
      `decision precision ${decisions.correct}/${decisions.judged} (0 when nothing is reported); false positives:${listed(evaluation.falsePositives, ['decision'])}`,
    ).toBeGreaterThanOrEqual(DECISION_PRECISION_FLOOR);
  });
});
