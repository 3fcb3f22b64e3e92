/**
 * The facts of the five seed documents must come out of a dry-run ingest of ../shared/seeds:
 * every talk's speakers, the entities with every spelling a reader sees merged into one, the
 * narrators' own career decisions in 000 and 002 with the years the text supports, and no personal
 * data anywhere in the report. The facts live in tests/fixtures/seed-facts.yaml, in our own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeDecision,
  describeEntity,
  describeGoldDecision,
  dryRun,
  entityNames,
  findPersonalData,
  type GoldDecision,
  type GoldNote,
  goldSpellings,
  goldYears,
  list,
  loadGold,
  lookupEntity,
  namesMatch,
  normName,
  pairDecisions,
  placeMatches,
  type ReportShape,
} from '../support/eval-extraction.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const GOLD = loadGold(join(import.meta.dirname, '..', 'fixtures', 'seed-facts.yaml'));

let report: ReportShape;

beforeAll(async () => {
  report = await dryRun([SEEDS]);
}, 120_000);

const seed = (note: GoldNote) => note.file.slice(0, 3);
const seedText = (note: GoldNote) => readFileSync(join(SEEDS, note.file), 'utf8');
const talksOf = (note: GoldNote) =>
  report.talks.filter((t) => t.source.split('\\').join('/').endsWith(`/${note.file}`));
const titles = (talks: ReportShape['talks']) => talks.map((t) => `"${t.title}"`).join(', ') || 'none';

/** The reported speakers, each replaced by the gold spelling it matches so a diff reads cleanly. */
function speakerNames(talk: ReportShape['talks'][number], expected: (string | string[])[]): string[] {
  return talk.speakers
    .map((name) => {
      const person = report.entities.find((e) => e.type === 'Person' && normName(e.name) === normName(name));
      const spellings = person ? entityNames(person) : [name];
      const gold = expected.find((g) => namesMatch(spellings, list(g)));
      return gold ? (list(gold)[0] ?? name) : name;
    })
    .sort();
}

describe('seed talks and their speakers', () => {
  for (const note of GOLD.notes) {
    for (const gold of note.talks) {
      const expected = gold.speakers.map((g) => list(g)[0] ?? '').sort();
      const title = list(gold.title)[0];
      const label = title ? `the talk "${title}"` : 'every talk';
      it(`seed ${seed(note)}: ${label} is given by [${expected.join(', ')}]`, () => {
        const talks = talksOf(note);
        const hits = title
          ? talks.filter((t) => normName(t.title).includes(normName(title))).slice(0, 1)
          : talks;
        expect(
          hits.length,
          `seed ${note.file}: no talk ${title ? `whose title contains "${title}"` : 'at all'}; reported titles: ${titles(talks)}`,
        ).toBeGreaterThan(0);
        for (const talk of hits) {
          expect(
            speakerNames(talk, gold.speakers),
            `seed ${note.file}: talk "${talk.title}" should be given by [${expected.join(', ')}] but the report says [${talk.speakers.join(', ')}]`,
          ).toEqual(expected);
        }
      });
    }
  }
});

describe('seed entities, every spelling merged into one entity', () => {
  for (const gold of GOLD.corpus?.entities ?? []) {
    const spellings = goldSpellings(gold);
    it(`${list(gold.type).join('|')} ${gold.name} [${spellings.join(', ')}]`, () => {
      const { matching, covering, wrongType } = lookupEntity(report, gold);
      const found = [...matching, ...wrongType].map(describeEntity).join('; ') || 'nothing';
      expect(
        covering && describeEntity(covering),
        `seeds: expected ONE ${list(gold.type).join('|')} entity holding all of [${spellings.join(', ')}] as name or aliases; found: ${found}`,
      ).toBeDefined();
    });
  }

  it('page junk of the seeds never becomes an entity', () => {
    const junk = GOLD.corpus?.not_entities ?? [];
    const found = report.entities.filter((e) => namesMatch(entityNames(e), junk)).map(describeEntity);
    expect(found, 'seeds: page junk reported as entities').toEqual([]);
  });
});

describe('career decisions of the first-person stories (000, 002)', () => {
  const notes = GOLD.notes.filter((n) => n.decisions.length > 0);
  /** One-to-one pairs of gold and reported decisions of a seed, computed once per seed. */
  const pairs = new Map<GoldNote, Map<GoldDecision, ReportShape['decisions'][number]>>();
  const decisionsOf = (note: GoldNote) => {
    const ids = new Set(talksOf(note).map((t) => t.id));
    return report.decisions.filter((d) => ids.has(d.talk));
  };
  const pairOf = (note: GoldNote, gold: GoldDecision) => {
    if (!pairs.has(note)) {
      const namedPeople = note.talks.flatMap((t) => t.speakers.flatMap((s) => list(s)));
      pairs.set(
        note,
        pairDecisions(note.decisions, decisionsOf(note), { report, namedPeople, text: seedText(note) }),
      );
    }
    return pairs.get(note)?.get(gold);
  };

  for (const note of notes) {
    for (const gold of note.decisions) {
      it(`seed ${seed(note)}: ${describeGoldDecision(gold)}`, () => {
        const decision = pairOf(note, gold);
        const reported = decisionsOf(note).map(describeDecision).join('; ') || 'none';
        const what = `seed ${note.file}: decision ${describeGoldDecision(gold)}`;
        expect(
          decision && describeDecision(decision),
          `${what} not found (kind, person and any cue words must match); reported for this seed: ${reported}`,
        ).toBeDefined();
        if (!decision) {
          return;
        }
        const years = goldYears(gold);
        if (years) {
          expect(
            years.includes(decision.year),
            `${what}: year ${decision.year}, expected one of ${years.join('|')}`,
          ).toBe(true);
        }
        for (const [side, goldPlace, place] of [
          ['to', gold.to, decision.to],
          ['from', gold.from, decision.from],
        ] as const) {
          const ok = placeMatches(goldPlace, place, report);
          if (ok !== undefined) {
            expect(ok, `${what}: ${side} is ${place}, expected one of [${list(goldPlace).join(', ')}]`).toBe(
              true,
            );
          }
        }
      });
    }
  }
});

describe('personal data of the seeds', () => {
  const texts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const personal = [...new Set(texts.flatMap((t) => findPersonalData(t)))];

  it('the seeds do hold personal data to guard (so the check below means something)', () => {
    expect(personal.length).toBeGreaterThan(0);
  });

  it('no e-mail address or phone number of the seeds appears anywhere in the report', () => {
    const json = JSON.stringify(report);
    // Masked in the messages: a failing run must not print the very data it guards.
    const mask = (value: string) => `${value.slice(0, 3)}…(${value.length} chars)`;
    const leaked = personal.filter((value) => json.includes(value)).map(mask);
    expect(leaked, 'seeds: personal data of the seeds found in the JSON report').toEqual([]);
    expect(findPersonalData(json).map(mask), 'seeds: e-mail/phone-shaped strings in the JSON report').toEqual(
      [],
    );
  });
});
