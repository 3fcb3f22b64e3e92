/**
 * The real ontology (ingest/ontology/*.yaml) as plain entities for the synthetic corpus. Read
 * with the `yaml` package directly, not through the ingest's loader: the bench must keep
 * generating the same corpus while the extraction rules change, and a bad entry is skipped here
 * (the ingest's own validation reports it) instead of stopping the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ONTOLOGY_DIR = join(import.meta.dirname, '..', '..', 'ingest', 'ontology');

export type SynthType = 'Person' | 'Institution' | 'Model' | 'Conference' | 'Dataset' | 'Topic';
const TYPES: readonly SynthType[] = ['Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic'];

export interface SynthEntity {
  /** `type:name`, unique in a population; what the corpus test counts. */
  key: string;
  type: SynthType;
  name: string;
  /** Ways a note may write it, the name first; only spellings the matcher accepts alone. */
  spellings: string[];
  kind: string | null;
}

export function entity(type: SynthType, name: string, spellings: string[], kind: string | null): SynthEntity {
  return { key: `${type}:${name}`, type, name, spellings: [name, ...spellings], kind };
}

/** Every entity of every YAML file of `dir`, in file and entry order. */
export function readOntologyEntities(dir: string = ONTOLOGY_DIR): SynthEntity[] {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
  return files.flatMap((file) => fileEntities(parseLeniently(join(dir, file))));
}

/** A file being edited may be briefly invalid: the corpus then does without it, and says so. */
function parseLeniently(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'), { uniqueKeys: false }) as unknown;
  } catch (error) {
    process.stderr.write(`synthetic corpus: skipped ${path}: ${(error as Error).message.split('\n')[0]}\n`);
    return undefined;
  }
}

function fileEntities(doc: unknown): SynthEntity[] {
  if (!isRecord(doc) || !Array.isArray(doc['entities'])) {
    return [];
  }
  const fileType = asType(doc['type']);
  const found: SynthEntity[] = [];
  for (const entry of doc['entities'] as unknown[]) {
    if (!isRecord(entry) || typeof entry['name'] !== 'string') {
      continue;
    }
    const type = asType(entry['type']) ?? fileType;
    if (type) {
      const kind = typeof entry['kind'] === 'string' ? entry['kind'] : null;
      found.push(entity(type, entry['name'], aliasTexts(entry['aliases']), kind));
    }
  }
  return found;
}

/**
 * Plain aliases only: `exact` and `withHonorific` spellings match only in special contexts
 * (활석 needs 님 after it), so writing them bare would test nothing but the matcher's refusal.
 */
function aliasTexts(aliases: unknown): string[] {
  if (!Array.isArray(aliases)) {
    return [];
  }
  return aliases.flatMap((alias: unknown) => {
    if (typeof alias === 'string') {
      return [alias];
    }
    if (isRecord(alias) && typeof alias['text'] === 'string' && !alias['exact'] && !alias['withHonorific']) {
      return [alias['text']];
    }
    return [];
  });
}

function asType(value: unknown): SynthType | undefined {
  return TYPES.find((type) => type === value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
