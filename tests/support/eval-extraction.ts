/**
 * Extraction quality against hand-written gold facts: the gold format, how reported facts are
 * matched and scored, and the real pages' own scorer. Shared by the floors in tests/unit/
 * (eval-notes, seed-facts, eval-realworld) and the measurement bench/eval-extraction.ts prints.
 *
 * Method (bench/README.md has the long form):
 * - Every gold note is looked up under the PATHs and ingested ALONE with `ingestPaths([file])` (a dry
 *   run), so each reported entity and decision is attributed to its note. When the gold has a
 *   `corpus:` section, one more run over all the PATHs judges the entities whose spellings are spread
 *   over several files. Notes the pipeline cannot read still count: their facts are all misses.
 * - Names match leniently: NFKC, case-insensitive, ignoring white space, hyphens and dashes; any
 *   name or alias of a reported entity may match any spelling of a gold one.
 * - Talks: a gold talk is found when a reported talk of its note contains its title substring;
 *   unmatched reported talks are false positives. Speakers are scored name by name on found talks.
 * - Entities: recall = required gold entities found with an accepted type / required gold entities.
 *   Precision is measured only on what the gold can judge: a reported entity is correct when it
 *   matches a gold entity (optional ones included), wrong when it matches with a wrong type, matches
 *   `not_entities`, duplicates a gold entity another reported entity already matched (a split), or
 *   has a type the note declares `complete`; anything else is unjudged (counted, not scored).
 * - Decisions: one-to-one, greedy by score; a pair needs an accepted kind, the right person (gold
 *   null = the unnamed author: a person neither named in the note's gold nor written in the note)
 *   and, when the gold gives cue words, one of them in the reported evidence. Unmatched reported
 *   decisions are false positives when the note's decisions are complete. Years and to/from are
 *   scored as accuracy over matched pairs.
 * - Personal data: the whole JSON of every report is searched for e-mail addresses, phone numbers
 *   and the gold's `personal_data`; any hit is printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DECISION_KINDS, ENTITY_TYPES } from '../../graph/model.ts';
import type { IngestReport } from '../../ingest/run/report.ts';

// ---------- the report contract (DESIGN.md, `ingest --dry-run --json`) ----------

/** The `ingest --dry-run --json` contract, as the ingest itself defines it. */
export type ReportShape = IngestReport;
type ReportEntity = ReportShape['entities'][number];
type ReportDecision = ReportShape['decisions'][number];

export type Extract = (paths: string[]) => Promise<ReportShape>;
/** `ingestPaths` without a graph: a dry run. Imported lazily so a broken ingest is reported, not thrown at load. */
export const dryRun: Extract = async (paths) => {
  const { ingestPaths } = await import('../../ingest/run/run-ingest.ts');
  return (await ingestPaths(paths)).report;
};

// ---------- gold ----------

const names = z.union([z.string(), z.array(z.string())]);
const entityType = z.enum(ENTITY_TYPES);
const goldEntity = z.strictObject({
  type: z.union([entityType, z.array(entityType)]),
  name: z.string(),
  spellings: z.array(z.string()).optional(),
  accept: z.array(z.string()).optional(),
  optional: z.boolean().optional(),
});
const goldTalk = z.strictObject({
  title: names.optional(),
  speakers: z.array(names),
  date: z.union([z.string(), z.null(), z.array(z.string())]).optional(),
});
const kind = z.enum(DECISION_KINDS);
const goldDecision = z.strictObject({
  person: z.union([names, z.null()]),
  kind: z.union([kind, z.array(kind)]),
  year: z.union([z.number().int(), z.null(), z.array(z.number().int().nullable())]).optional(),
  to: names.nullable().optional(),
  from: names.nullable().optional(),
  /** Cue words, one of which the reported evidence must contain: pins down vague kinds like `other`. */
  evidence: names.optional(),
  optional: z.boolean().optional(),
});
const goldNote = z.strictObject({
  file: z.string(),
  complete: z.array(entityType).default([]),
  talks: z.array(goldTalk).default([]),
  entities: z.array(goldEntity).default([]),
  not_entities: z.array(z.string()).default([]),
  personal_data: z.array(z.string()).default([]),
  decisions: z.array(goldDecision).default([]),
  decisions_complete: z.boolean().default(true),
});
const goldFile = z.strictObject({
  notes: z.array(goldNote),
  corpus: z
    .strictObject({
      entities: z.array(goldEntity).default([]),
      not_entities: z.array(z.string()).default([]),
    })
    .optional(),
});
export type Gold = z.infer<typeof goldFile>;
export type GoldNote = z.infer<typeof goldNote>;
export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldDecision = z.infer<typeof goldDecision>;

export function loadGold(file: string): Gold {
  const parsed = goldFile.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file}: not a valid gold file\n${issues}`);
  }
  return parsed.data;
}

// ---------- lenient names ----------

export const list = <T>(value: T | T[] | null | undefined): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** NFKC, lower case, no white space, hyphens, dashes, underscores or middle dots. */
export function normName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—―_·・]+/gu, '');
}

export const sameName = (a: string, b: string): boolean => normName(a) === normName(b);

export function entityNames(entity: ReportEntity): string[] {
  return [entity.name, ...entity.aliases];
}

export function goldSpellings(gold: GoldEntity): string[] {
  return gold.spellings?.length ? gold.spellings : [gold.name];
}

/** Every name that identifies a gold entity: its canonical name, spellings and accepted names. */
function goldNames(gold: GoldEntity): string[] {
  return [gold.name, ...goldSpellings(gold), ...(gold.accept ?? [])];
}

export function namesMatch(reported: string[], gold: string[]): boolean {
  const wanted = new Set(gold.map(normName));
  return reported.some((name) => wanted.has(normName(name)));
}

/** A reported name plus the aliases of the reported entity of that name (a person, an institution). */
function expandName(report: ReportShape, name: string, type?: string): string[] {
  const entity = report.entities.find((e) => (!type || e.type === type) && sameName(e.name, name));
  return entity ? entityNames(entity) : [name];
}

export interface EntityLookup {
  /** Entities of an accepted type matching any spelling. */
  matching: ReportEntity[];
  /** An entity of an accepted type holding every spelling (the aliases are merged). */
  covering: ReportEntity | undefined;
  /** Entities matching a spelling but with a type the gold does not accept. */
  wrongType: ReportEntity[];
}

export function lookupEntity(report: ReportShape, gold: GoldEntity): EntityLookup {
  const types = list(gold.type) as string[];
  const byName = report.entities.filter((e) => namesMatch(entityNames(e), goldNames(gold)));
  const matching = byName.filter((e) => types.includes(e.type));
  const spellings = goldSpellings(gold);
  const covering = matching.find((e) => spellings.every((s) => namesMatch(entityNames(e), [s])));
  return { matching, covering, wrongType: byName.filter((e) => !types.includes(e.type)) };
}

export function describeEntity(entity: ReportEntity): string {
  return `${entity.type} "${entity.name}" [${entity.aliases.join(', ')}]`;
}

// ---------- personal data ----------

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE = /(?:\+82[-.\s]?)?(?<!\d)0\d{1,2}[-.\s)]\s?\d{3,4}[-.\s]\d{4}(?!\d)/g;

/** E-mail addresses and phone numbers in a text, plus any of the listed values found verbatim. */
export function findPersonalData(text: string, listed: readonly string[] = []): string[] {
  const found = new Set([...(text.match(EMAIL) ?? []), ...(text.match(PHONE) ?? [])]);
  for (const value of listed) {
    if (text.includes(value)) {
      found.add(value);
    }
  }
  return [...found];
}

// ---------- decisions ----------

export interface NoteContext {
  report: ReportShape;
  /** Named people of the note (gold entities and speakers): none of them is the unnamed author. */
  namedPeople: string[];
  /** The note's text: the unnamed author's stand-in ("Unnamed author", …) is a name it never writes. */
  text: string;
}

export function personMatches(gold: GoldDecision, decision: ReportDecision, context: NoteContext): boolean {
  const reported = decision.person ? expandName(context.report, decision.person, 'Person') : [];
  if (gold.person === null) {
    const text = normName(context.text);
    return (
      reported.length === 0 ||
      (!namesMatch(reported, context.namedPeople) && !reported.some((n) => text.includes(normName(n))))
    );
  }
  return namesMatch(reported, list(gold.person));
}

/** The years a gold decision accepts (null included); undefined when its year is not checked. */
export function goldYears(gold: GoldDecision): (number | null)[] | undefined {
  return gold.year === undefined ? undefined : Array.isArray(gold.year) ? gold.year : [gold.year];
}

export function yearMatches(gold: GoldDecision, decision: ReportDecision): boolean {
  return goldYears(gold)?.includes(decision.year) ?? true;
}

/** Whether the reported to/from names a place the gold accepts; undefined when the gold says nothing. */
export function placeMatches(
  goldPlace: string | string[] | null | undefined,
  reported: string | null,
  report: ReportShape,
): boolean | undefined {
  const wanted = list(goldPlace);
  if (wanted.length === 0) {
    return undefined;
  }
  return reported !== null && namesMatch(expandName(report, reported), wanted);
}

export function kindMatches(gold: GoldDecision, decision: ReportDecision): boolean {
  return (list(gold.kind) as string[]).includes(decision.kind);
}

export function evidenceMatches(gold: GoldDecision, decision: ReportDecision): boolean {
  const cues = list(gold.evidence);
  const evidence = normName(decision.evidence);
  return cues.length === 0 || cues.some((cue) => evidence.includes(normName(cue)));
}

/** Pairs gold and reported decisions one to one, best pairs first (kind and person are required). */
export function pairDecisions(
  golds: readonly GoldDecision[],
  reported: readonly ReportDecision[],
  context: NoteContext,
): Map<GoldDecision, ReportDecision> {
  const candidates: { gold: GoldDecision; decision: ReportDecision; score: number; order: number }[] = [];
  for (const [g, gold] of golds.entries()) {
    for (const [r, decision] of reported.entries()) {
      if (
        !kindMatches(gold, decision) ||
        !personMatches(gold, decision, context) ||
        !evidenceMatches(gold, decision)
      ) {
        continue;
      }
      const score =
        (list(gold.kind)[0] === decision.kind ? 1 : 0) +
        (gold.year !== undefined && yearMatches(gold, decision) ? 4 : 0) +
        (placeMatches(gold.to, decision.to, context.report) ? 2 : 0) +
        (placeMatches(gold.from, decision.from, context.report) ? 2 : 0) +
        (gold.optional ? 0 : 0.5);
      candidates.push({ gold, decision, score, order: g * 10_000 + r });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const pairs = new Map<GoldDecision, ReportDecision>();
  const used = new Set<ReportDecision>();
  for (const { gold, decision } of candidates) {
    if (!pairs.has(gold) && !used.has(decision)) {
      pairs.set(gold, decision);
      used.add(decision);
    }
  }
  return pairs;
}

export function describeGoldDecision(gold: GoldDecision): string {
  const who = gold.person === null ? '(author)' : list(gold.person)[0];
  const years = goldYears(gold);
  const year = years ? ` ${years.map(String).join('|')}` : '';
  const to = list(gold.to)[0];
  return `${who} ${list(gold.kind).join('|')}${year}${to ? ` → ${to}` : ''}`;
}

export function describeDecision(d: ReportDecision): string {
  const evidence = d.evidence.length > 60 ? `${d.evidence.slice(0, 59)}…` : d.evidence;
  return `${d.person ?? '(author)'} ${d.kind} ${d.year ?? 'null'}${d.from ? ` from ${d.from}` : ''}${d.to ? ` → ${d.to}` : ''} «${evidence}»`;
}

// ---------- scoring ----------

/** Recall side (gold) and precision side (judged reports) of one category. */
export interface Tally {
  gold: number;
  found: number;
  judged: number;
  correct: number;
}
export interface Accuracy {
  judged: number;
  correct: number;
}
export interface TalkResult {
  file: string;
  title: string;
  found: string | null;
  expected: string[];
  reported: string[];
  speakersOk: boolean;
}
/** One miss or false positive, with the note it comes from ("(all notes)" for corpus entities). */
export interface Finding {
  kind: 'talk' | 'speaker' | 'date' | 'entity' | 'alias' | 'decision' | 'year' | 'place';
  note: string;
  text: string;
}
export const describeFinding = (f: Finding): string => `${f.note}: ${f.text}`;

export interface Evaluation {
  tallies: Record<string, Tally>;
  accuracy: Record<string, Accuracy>;
  talks: TalkResult[];
  misses: Finding[];
  falsePositives: Finding[];
  unjudgedEntities: number;
  unjudgedDecisions: number;
  personalData: string[];
  errors: string[];
  absent: string[];
  unscored: string[];
}

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
export const recall = (t: Tally) => ratio(t.found, t.gold);
export const precision = (t: Tally) => ratio(t.correct, t.judged);
export function f1(t: Tally): number | null {
  const p = precision(t);
  const r = recall(t);
  return p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The sum of every category whose name starts with `prefix` ("entity:", "decision:"). */
export function total(evaluation: Evaluation, prefix: string): Tally {
  const sum: Tally = { gold: 0, found: 0, judged: 0, correct: 0 };
  for (const [name, t] of Object.entries(evaluation.tallies)) {
    if (name.startsWith(prefix)) {
      sum.gold += t.gold;
      sum.found += t.found;
      sum.judged += t.judged;
      sum.correct += t.correct;
    }
  }
  return sum;
}

class Scorer {
  readonly result: Evaluation = {
    tallies: {},
    accuracy: {},
    talks: [],
    misses: [],
    falsePositives: [],
    unjudgedEntities: 0,
    unjudgedDecisions: 0,
    personalData: [],
    errors: [],
    absent: [],
    unscored: [],
  };

  miss(kind: Finding['kind'], note: string, text: string): void {
    this.result.misses.push({ kind, note, text });
  }

  falsePositive(kind: Finding['kind'], note: string, text: string): void {
    this.result.falsePositives.push({ kind, note, text });
  }

  tally(category: string): Tally {
    this.result.tallies[category] ??= { gold: 0, found: 0, judged: 0, correct: 0 };
    return this.result.tallies[category];
  }

  count(category: string, ok: boolean): void {
    this.result.accuracy[category] ??= { judged: 0, correct: 0 };
    const a = this.result.accuracy[category];
    a.judged += 1;
    a.correct += ok ? 1 : 0;
  }

  talks(note: GoldNote, report: ReportShape): void {
    const reported = report.talks.filter((t) => sourceIs(t.source, note.file));
    const matched = new Set<ReportShape['talks'][number]>();
    for (const gold of note.talks) {
      const titles = list(gold.title);
      const hits =
        titles.length === 0
          ? reported
          : reported
              .filter((t) => !matched.has(t) && titles.some((s) => normName(t.title).includes(normName(s))))
              .slice(0, 1);
      const label = titles[0] ?? '(every talk)';
      this.tally('talks').gold += 1;
      if (hits.length === 0) {
        const seen = reported.map((t) => `"${t.title}"`).join(', ') || 'none';
        this.miss('talk', note.file, `talk "${label}" not found (reported talks: ${seen})`);
        this.speakers(note, label, gold.speakers, null, report);
        continue;
      }
      this.tally('talks').found += 1;
      for (const talk of hits) {
        matched.add(talk);
        this.speakers(note, label, gold.speakers, talk, report);
        if (gold.date !== undefined) {
          const ok =
            gold.date === null ? talk.date === null : list(gold.date).some((d) => talk.date?.startsWith(d));
          this.count('talk dates', ok);
          if (!ok) {
            this.miss('date', note.file, `talk "${label}" dated ${talk.date}, expected ${gold.date}`);
          }
        }
      }
    }
    for (const talk of reported) {
      const t = this.tally('talks');
      t.judged += 1;
      if (matched.has(talk)) {
        t.correct += 1;
      } else if (note.talks.length > 0) {
        this.falsePositive('talk', note.file, `unexpected talk "${talk.title}"`);
      }
    }
  }

  speakers(
    note: GoldNote,
    label: string,
    expected: (string | string[])[],
    talk: ReportShape['talks'][number] | null,
    report: ReportShape,
  ): void {
    const t = this.tally('speakers');
    const reported = talk?.speakers ?? [];
    const left = [...expected];
    let ok = talk !== null;
    t.gold += expected.length;
    for (const name of reported) {
      t.judged += 1;
      const index = left.findIndex((g) => namesMatch(expandName(report, name, 'Person'), list(g)));
      if (index >= 0) {
        left.splice(index, 1);
        t.correct += 1;
        t.found += 1;
      } else {
        ok = false;
        this.falsePositive('speaker', note.file, `talk "${label}" has unexpected speaker "${name}"`);
      }
    }
    for (const g of left) {
      ok = false;
      if (talk) {
        this.miss('speaker', note.file, `talk "${label}" lacks speaker "${list(g)[0]}"`);
      }
    }
    this.result.talks.push({
      file: note.file,
      title: label,
      found: talk?.title ?? null,
      expected: expected.map((g) => list(g)[0] ?? ''),
      reported,
      speakersOk: ok,
    });
  }

  /** Entity precision and recall of one report against gold entities (see the method above). */
  entities(
    where: string,
    golds: readonly GoldEntity[],
    junk: readonly string[],
    complete: readonly string[],
    report: ReportShape,
    /** The text of a note told by an unnamed author: a Person it never writes is the author's stand-in. */
    authorText?: string,
  ): void {
    const claimed = new Set<GoldEntity>();
    const written = authorText === undefined ? undefined : normName(authorText);
    for (const entity of report.entities) {
      const t = this.tally(`entity:${entity.type}`);
      const names = entityNames(entity);
      const hits = golds.filter((g) => namesMatch(names, goldNames(g)));
      const right = hits.filter((g) => (list(g.type) as string[]).includes(entity.type));
      let verdict: string | null;
      if (right.some((g) => !claimed.has(g))) {
        verdict = null;
      } else if (right.length > 0) {
        verdict = `split: a second entity for "${right[0]?.name}"`;
      } else if (hits.length > 0) {
        verdict = `wrong type (gold: ${list(hits[0]?.type).join('|')})`;
      } else if (namesMatch(names, [...junk])) {
        verdict = 'must not be an entity';
      } else if (
        entity.type === 'Person' &&
        written !== undefined &&
        !names.some((n) => written.includes(normName(n)))
      ) {
        this.result.unjudgedEntities += 1;
        continue;
      } else if (complete.includes(entity.type)) {
        verdict = 'not in the gold of a complete type';
      } else {
        this.result.unjudgedEntities += 1;
        continue;
      }
      for (const g of right) {
        claimed.add(g);
      }
      t.judged += 1;
      if (verdict === null) {
        t.correct += 1;
      } else {
        this.falsePositive('entity', where, `${describeEntity(entity)} — ${verdict}`);
      }
    }
    for (const gold of golds) {
      if (gold.optional) {
        continue;
      }
      const t = this.tally(`entity:${list(gold.type)[0]}`);
      const { matching, covering, wrongType } = lookupEntity(report, gold);
      t.gold += 1;
      const spellings = goldSpellings(gold);
      if (matching.length > 0) {
        t.found += 1;
        if (spellings.length > 1) {
          this.count('alias merge', covering !== undefined);
          if (!covering) {
            const parts = matching.map(describeEntity).join('; ');
            this.miss('alias', where, `${gold.name} spellings [${spellings.join(', ')}] split: ${parts}`);
          }
        }
      } else {
        const hint = wrongType.length ? ` (found as ${wrongType.map(describeEntity).join('; ')})` : '';
        this.miss('entity', where, `${list(gold.type).join('|')} ${gold.name} not found${hint}`);
      }
    }
  }

  decisions(note: GoldNote, report: ReportShape, text: string): void {
    const namedPeople = [
      ...note.entities.filter((e) => list(e.type).includes('Person')).flatMap(goldNames),
      ...note.talks.flatMap((t) => t.speakers.flatMap((s) => list(s))),
    ];
    const context: NoteContext = { report, namedPeople, text };
    const pairs = pairDecisions(note.decisions, report.decisions, context);
    const matched = new Set(pairs.values());
    for (const gold of note.decisions) {
      const decision = pairs.get(gold);
      if (!gold.optional) {
        const t = this.tally(`decision:${list(gold.kind)[0]}`);
        t.gold += 1;
        if (decision) {
          t.found += 1;
        } else {
          const sameKind = report.decisions.filter((d) => kindMatches(gold, d)).map(describeDecision);
          const hint = sameKind.length ? ` (reported of that kind: ${sameKind.join('; ')})` : '';
          this.miss('decision', note.file, `decision ${describeGoldDecision(gold)} not found${hint}`);
        }
      }
      if (!decision) {
        continue;
      }
      if (gold.year !== undefined) {
        const ok = yearMatches(gold, decision);
        this.count('decision years', ok);
        if (!ok) {
          this.miss('year', note.file, `decision ${describeGoldDecision(gold)} has year ${decision.year}`);
        }
      }
      for (const [side, goldPlace, place] of [
        ['to', gold.to, decision.to],
        ['from', gold.from, decision.from],
      ] as const) {
        const ok = placeMatches(goldPlace, place, report);
        if (ok !== undefined) {
          this.count('decision to/from', ok);
          if (!ok) {
            this.miss('place', note.file, `decision ${describeGoldDecision(gold)} has ${side} ${place}`);
          }
        }
      }
    }
    for (const decision of report.decisions) {
      if (!matched.has(decision) && !note.decisions_complete) {
        this.result.unjudgedDecisions += 1;
        continue;
      }
      const t = this.tally(`decision:${decision.kind}`);
      t.judged += 1;
      if (matched.has(decision)) {
        t.correct += 1;
      } else {
        this.falsePositive('decision', note.file, `unexpected decision ${describeDecision(decision)}`);
      }
    }
  }

  personalData(reports: readonly ReportShape[], listed: readonly string[]): void {
    const found = new Set<string>();
    for (const report of reports) {
      for (const value of findPersonalData(JSON.stringify(report), listed)) {
        found.add(value);
      }
    }
    this.result.personalData = [...found];
  }
}

function sourceIs(source: string, file: string): boolean {
  const s = source.split(sep).join('/');
  return s === file || s.endsWith(`/${file}`);
}

function listFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        // Like the ingest: hidden entries and a folder's own README are not notes.
        if (!name.startsWith('.') && !/^readme\b/i.test(name)) {
          walk(join(path, name));
        }
      }
    } else if (info?.isFile()) {
      files.push(path);
    }
  };
  paths.forEach(walk);
  return files;
}

/** Scores the extraction of the notes under `paths` against `gold`. */
export async function evaluate(gold: Gold, paths: string[], extract: Extract = dryRun): Promise<Evaluation> {
  const scorer = new Scorer();
  const result = scorer.result;
  const files = listFiles(paths);
  const reports: ReportShape[] = [];
  const used = new Set<string>();
  for (const note of gold.notes) {
    const file = files.find((f) => sourceIs(f, note.file));
    if (!file) {
      result.absent.push(note.file);
      continue;
    }
    used.add(file);
    const report = await extract([file]);
    reports.push(report);
    result.errors.push(...report.errors.map((e) => `${e.source}: ${e.message}`));
    scorer.talks(note, report);
    const text = readFileSync(file, 'utf8');
    const unnamedAuthor = note.talks.some((t) => t.speakers.length === 0);
    scorer.entities(
      note.file,
      note.entities,
      note.not_entities,
      note.complete,
      report,
      unnamedAuthor ? text : undefined,
    );
    scorer.decisions(note, report, text);
  }
  if (gold.corpus && paths.length > 0) {
    const report = await extract(paths);
    reports.push(report);
    scorer.entities('(all notes)', gold.corpus.entities, gold.corpus.not_entities, [], report);
  }
  scorer.personalData(
    reports,
    gold.notes.flatMap((n) => n.personal_data),
  );
  result.unscored = files.filter((f) => !used.has(f));
  return result;
}

// ---------- the real pages (../shared/realworld) ----------

/** Real public pages with hand-written truth, kept outside the repository (never copied into it). */
export const REALWORLD_DIR = '../shared/realworld';

/**
 * The real pages scored by the scorer that ships with them (`score.mjs --json`, run as a child:
 * its comparison rules are the set's own, so they are run, not copied). Null when the folder or its
 * scorer is absent; the caller says so.
 */
export interface RealworldScore {
  documents: number;
  failures: number;
  speakers: number | null;
  decisionsPerPage: number | null;
  decisionYears: number | null;
  [tally: string]: unknown;
}

interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scoreRealworld(dir = REALWORLD_DIR): RealworldScore | null {
  const scorer = resolve(dir, 'score.mjs');
  if (!existsSync(scorer)) {
    return null;
  }
  const out = execFileSync(process.execPath, [scorer, '--json', resolve(dir)], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out) as RealworldScore;
}

/** The summary lines of a realworld score, in score.mjs's own words. */
export function formatRealworld(result: RealworldScore): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (value && typeof value === 'object' && 'f1' in value) {
      const v = value as Prf;
      lines.push(`${key.padEnd(12)} P ${v.p}  R ${v.r}  F1 ${v.f1}  (tp ${v.tp} fp ${v.fp} fn ${v.fn})`);
    }
  }
  lines.push(
    `speakers found ${result.speakers}; decisions F1 per page ${result.decisionsPerPage}; ` +
      `decision years right ${result.decisionYears}; documents ${result.documents}, failed ${result.failures}`,
  );
  return lines.join('\n');
}
