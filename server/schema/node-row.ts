import { ENTITY_LABEL, type EntityType, LABELS, type Label } from '../../graph/model.ts';

/**
 * The rows the API reads nodes into: one typed row per label, holding that label's properties
 * only, so a type's resolvers read what the graph has (ingest/load-notes.ts writes it). A row's
 * `type` is its GraphQL type. Properties the ingest may leave out are null.
 */
interface Row<L extends Label> {
  type: L;
  id: string;
}

export interface TalkRow extends Row<'Talk'> {
  title: string | null;
  date: string | null;
  language: string | null;
  series: string | null;
  url: string | null;
  position: number | null;
}

export interface SourceRow extends Row<'Source'> {
  path: string | null;
  sha256: string | null;
}

export interface CareerDecisionRow extends Row<'CareerDecision'> {
  kind: string | null;
  year: number | null;
  summary: string | null;
  evidence: string | null;
  offset: number | null;
}

interface EntityRowOf<T extends EntityType> extends Row<T> {
  name: string | null;
  aliases: string[] | null;
  /** For institutions: company, university, lab… */
  kind: string | null;
  /** The stand-in of a note's author the text does not name. */
  unnamed: boolean | null;
}

/** Person, Institution, Model, Conference, Dataset, Topic: one row type each, so `type` narrows. */
export type EntityRow<T extends EntityType = EntityType> = T extends EntityType ? EntityRowOf<T> : never;

export type PersonRow = EntityRow<'Person'>;
export type InstitutionRow = EntityRow<'Institution'>;

/** A node of any label. */
export type NodeRow = TalkRow | SourceRow | CareerDecisionRow | EntityRow;

/** Every column of every label, as `nodeRow` projects a node whose label is not known. */
interface Columns {
  name: string | null;
  title: string | null;
  date: string | null;
  language: string | null;
  series: string | null;
  url: string | null;
  position: number | null;
  aliases: string[] | null;
  kind: string | null;
  unnamed: boolean | null;
  summary: string | null;
  evidence: string | null;
  year: number | null;
  offset: number | null;
  path: string | null;
  sha256: string | null;
}

/** What `nodeRow` gives: a row of its label, the other labels' columns null (search ranks on them). */
export type WideNodeRow = NodeRow & Columns;

/** The label list is written from graph/model.ts constants, never from input (STYLE habit 5). */
const TYPE_LABELS = `[${LABELS.map((l) => `'${l}'`).join(', ')}]`;

/** The GraphQL type of node `v`: its one label from the model (never `Entity`). */
export function nodeType(v: string): string {
  return `[l IN labels(${v}) WHERE l IN ${TYPE_LABELS}][0]`;
}

/**
 * A map projection of node `v` of unknown label into a WideNodeRow. Named properties only: a
 * talk's `fingerprint` (hundreds of trigrams) never leaves the database.
 */
export function nodeRow(v: string): string {
  return `${v} {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: ${nodeType(v)}}`;
}

/** Talk `v` as a TalkRow (null when `v` is). */
export function talkRow(v: string): string {
  return `${v} {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'}`;
}

export function sourceRow(v: string): string {
  return `${v} {.id, .path, .sha256, type: 'Source'}`;
}

export function decisionRow(v: string): string {
  return `${v} {.id, .kind, .year, .summary, .evidence, .offset, type: 'CareerDecision'}`;
}

/** An entity `v` (a Person, an Institution…): its type read from its labels, as nodeRow does. */
export function entityRow(v: string): string {
  return `${v} {.id, .name, .aliases, .kind, .unnamed, type: ${nodeType(v)}}`;
}

/** Every node's label has a uniqueness constraint on id; these four cover all of them. */
const BASE_LABELS = ['Talk', 'Source', 'CareerDecision', ENTITY_LABEL] as const;

/**
 * Finds the node whose id is `idExpr` as `n`, by one index seek per base label instead of a
 * scan of every node. `imports` are the outer variables the expression uses.
 */
export function findNode(idExpr: string, imports = ''): string {
  const branches = BASE_LABELS.map((label) => `MATCH (n:${label} {id: ${idExpr}}) RETURN n`);
  return `CALL (${imports}) { ${branches.join(' UNION ALL ')} }`;
}

/** What a node is called on screen (the elements projection's `label` reads the same). */
export function displayName(row: NodeRow): string {
  switch (row.type) {
    case 'Talk':
      return row.title ?? row.id;
    case 'Source':
      return row.path ?? row.id;
    case 'CareerDecision':
      return row.summary ?? row.id;
    default:
      return row.name ?? row.id;
  }
}
