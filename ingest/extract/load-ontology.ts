/**
 * The curated ontology: canonical entities with their spellings, read from YAML files that users
 * extend without touching code (format in ingest/ontology/README.md). Validated with zod so a bad
 * entry fails loudly with its file and position instead of silently matching nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';

export interface OntologyAlias {
  /** The spelling as written in the ontology. */
  text: string;
  /** Match even when very short (≤ 2 Latin characters, 1 Hangul syllable); implies caseSensitive. */
  exact: boolean;
  /** Match only with this exact letter case (CLIP, not "clip"). */
  caseSensitive: boolean;
  /** Declared on purpose by several entities of the same type; the talk's context picks one. */
  shared: boolean;
  /** Matches only right before an honorific (활석님): a given name or nickname is no name alone. */
  withHonorific: boolean;
}

export interface OntologyEntity {
  type: EntityType;
  /** Canonical display name; also the first alias. */
  name: string;
  kind: string | null;
  aliases: readonly OntologyAlias[];
  /** The file it came from, for error messages. */
  file: string;
}

export interface Ontology {
  readonly entities: readonly OntologyEntity[];
}

export class OntologyError extends Error {
  override name = 'OntologyError';
}

/** `ingest/ontology/` next to this folder. */
export const DEFAULT_ONTOLOGY_DIR = resolve(import.meta.dirname, '..', 'ontology');

const text = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !/\p{Cc}/u.test(value), 'must not contain control characters');

const aliasSchema = z.union(
  [
    text,
    z.strictObject({
      text,
      exact: z.boolean().optional(),
      caseSensitive: z.boolean().optional(),
      shared: z.boolean().optional(),
      withHonorific: z.boolean().optional(),
    }),
  ],
  { error: 'an alias is a string or { text, exact?, caseSensitive?, shared?, withHonorific? }' },
);

const entitySchema = z.strictObject({
  type: z.enum(ENTITY_TYPES).optional(),
  name: text,
  kind: text.optional(),
  aliases: z.array(aliasSchema).default([]),
  exact: z.boolean().optional(),
  caseSensitive: z.boolean().optional(),
});

const fileSchema = z.strictObject({
  type: z.enum(ENTITY_TYPES).optional(),
  entities: z.array(z.unknown()),
});

type EntityInput = z.infer<typeof entitySchema>;

export interface OntologyFile {
  /** Shown in error messages. */
  file: string;
  content: string;
}

const cache = new Map<string, Ontology>();

/** Every `*.yaml`/`*.yml` of a folder, validated; cached per folder (the ontology is read once per run). */
export function loadOntology(dir: string = DEFAULT_ONTOLOGY_DIR): Ontology {
  const key = resolve(dir);
  const cached = cache.get(key);
  if (cached) {
    return cached;
  }
  const names = readdirSync(key)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
  const ontology = parseOntology(
    names.map((name) => ({ file: join(key, name), content: readFileSync(join(key, name), 'utf8') })),
  );
  cache.set(key, ontology);
  return ontology;
}

/** Builds an ontology from YAML texts; throws an OntologyError listing every bad entry. */
export function parseOntology(files: readonly OntologyFile[]): Ontology {
  const errors: string[] = [];
  const entities: OntologyEntity[] = [];
  for (const { file, content } of files) {
    entities.push(...parseFile(file, content, errors));
  }
  errors.push(...findConflicts(entities));
  if (errors.length > 0) {
    throw new OntologyError(`Invalid ontology:\n  ${errors.slice(0, 30).join('\n  ')}`);
  }
  return { entities };
}

function parseFile(file: string, content: string, errors: string[]): OntologyEntity[] {
  let data: unknown;
  try {
    data = parseYaml(content);
  } catch (error) {
    errors.push(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  if (data === null || data === undefined) {
    return [];
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    errors.push(`${file}: ${formatIssues(parsed.error.issues)} (expected { type?, entities: [...] })`);
    return [];
  }
  const out: OntologyEntity[] = [];
  parsed.data.entities.forEach((raw, index) => {
    const entry = entitySchema.safeParse(raw);
    const where = `${file}: entities[${index}]${describeEntry(raw)}`;
    if (!entry.success) {
      errors.push(`${where}: ${formatIssues(entry.error.issues)}`);
      return;
    }
    const type = entry.data.type ?? parsed.data.type;
    if (type === undefined) {
      errors.push(`${where}: no type (set "type" on the entry or at the top of the file)`);
      return;
    }
    out.push(toEntity(entry.data, type, file));
  });
  return out;
}

function toEntity(entry: EntityInput, type: EntityType, file: string): OntologyEntity {
  const base = {
    exact: entry.exact ?? false,
    caseSensitive: entry.caseSensitive ?? false,
    shared: false,
    withHonorific: false,
  };
  const aliases: OntologyAlias[] = [
    { text: entry.name, ...base, caseSensitive: base.caseSensitive || base.exact },
  ];
  for (const alias of entry.aliases) {
    const full = typeof alias === 'string' ? { ...base, text: alias } : { ...base, ...alias };
    const exact = full.exact;
    const next = {
      text: full.text,
      exact,
      caseSensitive: full.caseSensitive || exact,
      shared: full.shared,
      withHonorific: full.withHonorific,
    };
    const same = aliases.findIndex((a) => a.text === next.text);
    if (same >= 0) {
      // The name repeated among the aliases, to give it flags: the later, explicit flags win.
      aliases[same] = next;
    } else {
      aliases.push(next);
    }
  }
  return { type, name: entry.name, kind: entry.kind ?? null, aliases, file };
}

/** The key two spellings collide on: what the matcher sees (NFKC, case-folded, spaces collapsed). */
export function aliasKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Two entities of one type with one name, or one alias, unless both marked it `shared`. */
function findConflicts(entities: readonly OntologyEntity[]): string[] {
  const errors: string[] = [];
  const owners = new Map<string, { entity: OntologyEntity; alias: OntologyAlias }>();
  for (const entity of entities) {
    const seen = new Set<string>();
    for (const alias of entity.aliases) {
      const key = `${entity.type}\u0000${aliasKey(alias.text)}`;
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, { entity, alias });
      } else if (!(owner.alias.shared && alias.shared)) {
        errors.push(
          `${entity.file}: ${entity.type} "${entity.name}": alias "${alias.text}" is already used by ` +
            `"${owner.entity.name}" (${owner.entity.file}); mark it { text: ${JSON.stringify(alias.text)}, ` +
            'shared: true } on both entities if they really share it',
        );
      }
    }
  }
  return errors;
}

function describeEntry(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string') {
    return ` "${raw.name}"`;
  }
  return '';
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      return `${path.replace(/^\./, '') || '(entry)'}: ${issue.message}`;
    })
    .join('; ');
}

/** Forgets loaded folders (tests that rewrite an ontology folder). */
export function clearOntologyCache(): void {
  cache.clear();
}
