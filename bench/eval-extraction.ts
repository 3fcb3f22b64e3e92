/**
 * Extraction quality against hand-written gold facts — a measurement, not a test: it prints a table
 * and always exits 0 (tests/unit/eval-notes.test.ts and seed-facts.test.ts hold the floors).
 *
 * Usage:
 *   npx tsx bench/eval-extraction.ts [--gold FILE] [--json] PATH...
 *   npx tsx bench/eval-extraction.ts --gold tests/fixtures/eval-gold.yaml tests/fixtures/eval-notes
 *   npx tsx bench/eval-extraction.ts --gold tests/fixtures/seed-facts.yaml ../shared/seeds
 *     --gold FILE  gold facts (default tests/fixtures/eval-gold.yaml; format in its header)
 *     --json       print the scores as one JSON document instead of the table
 *     --realworld  also score the real pages of ../shared/realworld with their own score.mjs
 *                  (on by default when no PATH is given; skipped with a note when the folder is absent)
 *
 * The gold, the matching and the scoring are in tests/support/eval-extraction.ts (method there).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DECISION_KINDS, ENTITY_TYPES } from '../graph/model.ts';
import {
  describeFinding,
  type Evaluation,
  evaluate,
  f1,
  formatRealworld,
  loadGold,
  precision,
  REALWORLD_DIR,
  type RealworldScore,
  ratio,
  recall,
  scoreRealworld,
  type Tally,
  total,
} from '../tests/support/eval-extraction.ts';
import { REALWORLD_KINDS } from './realworld-kinds.ts';

// ---------- printing ----------

const fmt = (value: number | null): string => (value === null ? '   —' : value.toFixed(2));

export function formatEvaluation(evaluation: Evaluation): string {
  const lines: string[] = [];
  const header = ['category', 'gold', 'found', 'recall', 'judged', 'correct', 'precision', 'F1'];
  const rows: string[][] = [];
  const row = (name: string, t: Tally) =>
    rows.push([
      name,
      String(t.gold),
      String(t.found),
      fmt(recall(t)),
      String(t.judged),
      String(t.correct),
      fmt(precision(t)),
      fmt(f1(t)),
    ]);
  const cats = Object.keys(evaluation.tallies);
  for (const name of ['talks', 'speakers']) {
    row(name, evaluation.tallies[name] ?? { gold: 0, found: 0, judged: 0, correct: 0 });
  }
  for (const prefix of ['entity:', 'decision:']) {
    const ordered = prefix === 'entity:' ? ENTITY_TYPES : DECISION_KINDS;
    const known = ordered.map((k) => `${prefix}${k}`).filter((c) => cats.includes(c));
    const other = cats.filter((c) => c.startsWith(prefix) && !known.includes(c)).sort();
    for (const name of [...known, ...other]) {
      row(`  ${name.replace(':', ': ')}`, evaluation.tallies[name] as Tally);
    }
    row(prefix === 'entity:' ? 'entities (all)' : 'decisions (all)', total(evaluation, prefix));
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  lines.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '');
  for (const [name, a] of Object.entries(evaluation.accuracy)) {
    lines.push(
      `${`${name} accuracy`.padEnd(widths[0] ?? 0)}  ${a.correct}/${a.judged} = ${fmt(ratio(a.correct, a.judged))}`,
    );
  }
  lines.push(
    `unjudged reported entities: ${evaluation.unjudgedEntities}, unjudged reported decisions: ${evaluation.unjudgedDecisions}`,
  );
  const section = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length})`, ...items.map((i) => `  - ${i}`));
  };
  section('PERSONAL DATA IN THE REPORT (must be none)', evaluation.personalData);
  section('misses', evaluation.misses.map(describeFinding));
  section('false positives', evaluation.falsePositives.map(describeFinding));
  section('ingest errors', evaluation.errors);
  if (evaluation.absent.length > 0) {
    section('gold notes not found under the given paths (not scored)', evaluation.absent);
  }
  if (evaluation.unscored.length > 0) {
    section('files without gold (not scored)', evaluation.unscored);
  }
  return lines.join('\n');
}

// ---------- the real pages, per kind of page ----------

interface RealworldDoc {
  doc: string;
  misses: string[];
  extra: string[];
  decisions?: { tp: number; fp: number; fn: number };
}

const ENTITY_LISTS = ['persons', 'institutions', 'models', 'conferences', 'datasets'] as const;
const ENTITY_LINE = /^(?:Person|Institution|Model|Conference|Dataset) /;

export interface KindScore {
  kind: string;
  pages: number;
  entities: { tp: number; fp: number; fn: number };
  speakers: { found: number; total: number };
  decisions: { tp: number; fp: number; fn: number };
}

/**
 * The realworld score per kind of page (bench/realworld-kinds.ts). A page's entity hits are its
 * truth's distinct names less its misses; score.mjs lists misses and extras per page, not hits.
 */
export function realworldByKind(result: RealworldScore, dir = REALWORLD_DIR): KindScore[] {
  const byKind = new Map<string, KindScore>();
  for (const doc of (result['docs'] ?? []) as RealworldDoc[]) {
    const kind = REALWORLD_KINDS[doc.doc] ?? 'other';
    const score = byKind.get(kind) ?? {
      kind,
      pages: 0,
      entities: { tp: 0, fp: 0, fn: 0 },
      speakers: { found: 0, total: 0 },
      decisions: { tp: 0, fp: 0, fn: 0 },
    };
    byKind.set(kind, score);
    const truth = JSON.parse(readFileSync(join(dir, `${doc.doc}.truth.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    const names = ENTITY_LISTS.reduce(
      (n, key) => n + new Set(((truth[key] as string[] | undefined) ?? []).map((v) => v.toLowerCase())).size,
      0,
    );
    const missed = doc.misses.filter((m) => ENTITY_LINE.test(m)).length;
    const speakers = ((truth['talks'] as { speakers?: string[] }[] | undefined) ?? []).flatMap(
      (t) => t.speakers ?? [],
    );
    score.pages += 1;
    score.entities.tp += names - missed;
    score.entities.fn += missed;
    score.entities.fp += doc.extra.filter((m) => ENTITY_LINE.test(m)).length;
    score.speakers.total += speakers.length;
    score.speakers.found += speakers.length - doc.misses.filter((m) => m.startsWith('speaker ')).length;
    score.decisions.tp += doc.decisions?.tp ?? 0;
    score.decisions.fp += doc.decisions?.fp ?? 0;
    score.decisions.fn += doc.decisions?.fn ?? 0;
  }
  return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

function kindF1({ tp, fp, fn }: { tp: number; fp: number; fn: number }): string {
  return tp + fp + fn === 0 ? '—' : ((2 * tp) / (2 * tp + fp + fn)).toFixed(2);
}

export function formatKinds(kinds: readonly KindScore[]): string {
  const rows = kinds.map(
    (k) =>
      `${k.kind.padEnd(24)} ${String(k.pages).padStart(5)}  ${kindF1(k.entities).padStart(10)}  ` +
      `${(k.speakers.total ? (k.speakers.found / k.speakers.total).toFixed(2) : '—').padStart(8)}  ${kindF1(k.decisions).padStart(9)}`,
  );
  return [`${'kind of page'.padEnd(24)} pages  entity F1  speakers  decisions`, ...rows].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      gold: { type: 'string', default: 'tests/fixtures/eval-gold.yaml' },
      json: { type: 'boolean', default: false },
      realworld: { type: 'boolean', default: false },
    },
  });
  const paths = positionals.length > 0 ? positionals : ['tests/fixtures/eval-notes'];
  const evaluation = await evaluate(loadGold(values.gold), paths);
  // The real pages come with the default run (the team's set 1) and with --realworld.
  const withRealworld = values.realworld || positionals.length === 0;
  const realworld = withRealworld ? scoreRealworld() : null;
  if (values.json) {
    console.log(JSON.stringify(withRealworld ? { ...evaluation, realworld } : evaluation, null, 2));
  } else {
    console.log(`gold: ${values.gold}   notes: ${paths.join(' ')}\n`);
    console.log(formatEvaluation(evaluation));
    if (withRealworld) {
      console.log(`\nreal pages: ${REALWORLD_DIR} (scored by its score.mjs)\n`);
      console.log(realworld ? formatRealworld(realworld) : `skipped: ${REALWORLD_DIR} is absent`);
      if (realworld) {
        console.log(`\nper kind of page\n\n${formatKinds(realworldByKind(realworld))}`);
      }
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await main();
  } catch (error) {
    // A measurement never fails the caller; say what went wrong and exit 0.
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exitCode = 0;
}
