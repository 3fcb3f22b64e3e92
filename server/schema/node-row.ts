import { ENTITY_LABEL, LABELS, type Label } from '../../graph/model.ts';

/**
 * Any node as the API reads it: one flat shape for every label, so one Cypher projection
 * serves every query and one row can become any GraphQL type (chosen by `type`).
 * Properties a label does not have are null.
 */
export interface NodeRow {
  type: Label;
  id: string;
  name: string | null;
  // Talk
  title: string | null;
  date: string | null;
  language: string | null;
  series: string | null;
  url: string | null;
  position: number | null;
  // Person, Institution, Model, Conference, Dataset, Topic
  aliases: string[] | null;
  kind: string | null;
  unnamed: boolean | null;
  // CareerDecision (kind above holds the decision kind)
  summary: string | null;
  evidence: string | null;
  year: number | null;
  offset: number | null;
  // Source
  path: string | null;
  sha256: string | null;
}

/** The label list is written from graph/model.ts constants, never from input (STYLE habit 5). */
const TYPE_LABELS = `[${LABELS.map((l) => `'${l}'`).join(', ')}]`;

/** The GraphQL type of node `v`: its one label from the model (never `Entity`). */
export function nodeType(v: string): string {
  return `[l IN labels(${v}) WHERE l IN ${TYPE_LABELS}][0]`;
}

/**
 * A map projection of node `v` into a NodeRow. Named properties only: a talk's `fingerprint`
 * (hundreds of trigrams) never leaves the database.
 */
export function nodeRow(v: string): string {
  return `${v} {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: ${nodeType(v)}}`;
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

/** What a node is called on screen. */
export function displayName(row: NodeRow): string {
  return row.name ?? row.title ?? row.summary ?? row.path ?? row.id;
}
