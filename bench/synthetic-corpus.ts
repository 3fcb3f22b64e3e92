/**
 * A deterministic synthetic corpus of talk notes for the benchmarks: the same seed always gives
 * the same bytes. `npx tsx bench/synthetic-corpus.ts --talks 1000 --seed 42 --out /tmp/corpus`
 * writes the notes to a folder; `generateCorpus` gives them in memory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LAYOUTS, type Layout } from './synthetic/layouts.ts';
import { buildPopulation, type Population, type SynthPerson } from './synthetic/population.ts';
import { between, chance, mulberry32, pick, type Random } from './synthetic/random.ts';
import type { Writer } from './synthetic/sentences.ts';

export interface CorpusOptions {
  /** Talks in all notes together (a review note holds several). */
  talks: number;
  /** @default 42 */
  seed?: number;
  /** @default ingest/ontology */
  ontologyDir?: string;
}

export interface SyntheticNote {
  /** File name, unique in the corpus, sorted in generation order. */
  file: string;
  layout: string;
  text: string;
  talks: number;
  /** Keys (`Type:name`) of the entities the note mentions: the corpus's degree distribution. */
  entities: string[];
}

/** Real notes run 2–8 KB. */
const MIN_BYTES = 2_048;
const MAX_BYTES = 8_192;

export function generateCorpus(options: CorpusOptions): SyntheticNote[] {
  const random = mulberry32(options.seed ?? 42);
  const population = buildPopulation(random, options.talks, options.ontologyDir);
  const notes: SyntheticNote[] = [];
  let talks = 0;
  while (talks < options.talks) {
    const note = nextNote(random, population, options.talks - talks, notes.length);
    notes.push(note);
    talks += note.talks;
  }
  return notes;
}

function nextNote(random: Random, population: Population, remaining: number, index: number): SyntheticNote {
  const first = population.speakers.draw(random);
  const layout = chooseLayout(random, first, remaining);
  const speakers = layout.maxTalks > 1 ? reviewSpeakers(random, population, layout, remaining) : [first];
  const writer: Writer = { random, population, used: new Set(speakers.map((s) => s.entity.key)) };
  const text = layout.write(writer, speakers, between(random, MIN_BYTES, MAX_BYTES));
  return {
    file: `${String(index).padStart(6, '0')}-${layout.name}.${layout.ext}`,
    layout: layout.name,
    text: `${text}\n`,
    talks: speakers.length,
    entities: [...writer.used].sort(),
  };
}

/** English speakers mostly get English recaps; a review needs room for two talks at least. */
function chooseLayout(random: Random, speaker: SynthPerson, remaining: number): Layout {
  const recap = LAYOUTS.find((l) => l.name === 'recap');
  if (recap && speaker.english && chance(random, 0.8)) {
    return recap;
  }
  const fitting = LAYOUTS.filter((l) => l.maxTalks === 1 || remaining >= 2);
  return pick(random, fitting);
}

/** Distinct speakers with Hangul names: the "<name> 님 특강" heading is a Korean shape. */
function reviewSpeakers(random: Random, population: Population, layout: Layout, remaining: number) {
  const wanted = Math.min(between(random, 2, layout.maxTalks), remaining);
  const chosen = new Map<string, SynthPerson>();
  for (let tries = 0; chosen.size < wanted && tries < 200; tries += 1) {
    const person = population.speakers.draw(random);
    if (!person.english) {
      chosen.set(person.entity.key, person);
    }
  }
  return [...chosen.values()];
}

/** Writes the notes into `dir` (created when missing); returns the file paths. */
export function writeCorpus(dir: string, notes: readonly SyntheticNote[]): string[] {
  mkdirSync(dir, { recursive: true });
  return notes.map((note) => {
    const path = join(dir, note.file);
    writeFileSync(path, note.text);
    return path;
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      talks: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    throw new Error('usage: synthetic-corpus.ts --talks N --seed S --out DIR');
  }
  const notes = generateCorpus({ talks: Number(values.talks), seed: Number(values.seed) });
  const paths = writeCorpus(resolve(values.out), notes);
  const bytes = notes.reduce((sum, n) => sum + Buffer.byteLength(n.text), 0);
  const talks = notes.reduce((sum, n) => sum + n.talks, 0);
  console.log(`${paths.length} notes, ${talks} talks, ${(bytes / 1e6).toFixed(1)} MB in ${values.out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main();
}
