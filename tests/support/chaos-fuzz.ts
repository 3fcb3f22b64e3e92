/**
 * A seeded GraphQL fuzzer: random operations built from the committed SDL (server/schema.graphql)
 * with aliases, fragments, inline fragments, variables, nesting, and arguments drawn from extreme
 * ints, odd strings and ids of the loaded graph; and a judge that sorts each answer into data,
 * refusals (validation, bad input) and internal errors. The same seed gives the same operations.
 * Plain Node, no vitest: bench/chaos uses it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { mulberry32, type Random } from '../../bench/synthetic/random.ts';

const SDL = join(import.meta.dirname, '..', '..', 'server', 'schema.graphql');

export function loadSdlSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SDL, 'utf8'));
}

export interface FuzzPools {
  /** Node ids from the graph (talks, people, entities…), hubs and tail alike. */
  ids: string[];
  /** Words that search finds. */
  words: string[];
}

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

const INTS = [
  0, 1, 2, 3, 5, 10, 20, 49, 50, 51, 99, 100, 101, 499, 500, 501, 9999, 10_000, -1, -2, -100, 2_147_483_647,
  -2_147_483_648,
];
/** Not 32-bit ints: GraphQL must refuse them as input, never pass them on. */
const BAD_INTS = [2_147_483_648, -2_147_483_649, 1e12, 3.5, Number.MAX_SAFE_INTEGER];
const STRINGS = [
  '',
  ' ',
  'bert',
  'BERT',
  '네이버',
  '카카오 브레인',
  'GPT-3',
  '*',
  '?',
  '"',
  '\\',
  '~',
  'a AND b',
  'OR',
  'NOT',
  '(',
  ')',
  '[',
  '{',
  '}',
  ':',
  '/',
  '^2',
  'title:bert',
  '*:*',
  "') RETURN 1 //",
  '$x',
  '\u0000',
  '\u202e\u202d',
  '\ud83d\ude00 emoji',
  '\ud800',
  'e\u0301',
  'ﬁ',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '%00%0a',
  '\n\t\r',
  '가'.repeat(200),
  '가'.repeat(201),
  'x'.repeat(1000),
];
const BAD_IDS = [
  '',
  'no-colon',
  ':',
  'person:',
  ':x',
  'talk:does-not-exist',
  'person:서민준',
  'person:nobody-here',
  'Person:x',
  'x'.repeat(301),
  `talk:${'a'.repeat(295)}`,
  'talk:\u0000',
  "talk:') MATCH (n) DETACH DELETE n //",
  'source:../../etc/passwd',
];

interface Budget {
  depth: number;
  fragments: string[];
  variables: string[];
  values: Record<string, unknown>;
  aliases: number;
}

/**
 * Builds random operations. Most stay within the API's limits, so they execute and reach Neo4j;
 * some go past a limit or break a rule on purpose, and must be refused cleanly.
 */
export class QueryFuzzer {
  readonly #schema: GraphQLSchema;
  readonly #random: Random;
  readonly #pools: FuzzPools;
  #counter = 0;

  constructor(schema: GraphQLSchema, seed: number, pools: FuzzPools) {
    this.#schema = schema;
    this.#random = mulberry32(seed);
    this.#pools = pools;
  }

  next(): FuzzOperation {
    const budget: Budget = { depth: 0, fragments: [], variables: [], values: {}, aliases: 0 };
    const query = this.#schema.getQueryType();
    if (!query) {
      throw new Error('the schema has no Query type');
    }
    const maxDepth = this.#chance(0.05) ? 12 : 1 + this.#int(5);
    const roots = 1 + this.#int(this.#chance(0.05) ? 25 : 3);
    const fields: string[] = [];
    for (let i = 0; i < roots; i += 1) {
      fields.push(this.#field(query, budget, maxDepth));
    }
    if (this.#chance(0.03)) {
      fields.push(
        this.#pick(['__schema { types { name } }', '__type(name: "Talk") { name fields { name } }']),
      );
    }
    if (this.#chance(0.03)) {
      // A field or argument that is not there: refused, without suggesting the right name.
      fields.push(
        this.#pick(['talkz { id }', 'talk(idd: "x") { id }', 'search(query: "x", types: [Persn]) { label }']),
      );
    }
    const head = budget.variables.length > 0 ? `query Fuzz(${budget.variables.join(', ')})` : 'query Fuzz';
    const text = [`${head} { ${fields.join(' ')} }`, ...budget.fragments].join('\n');
    return { query: text, variables: budget.values };
  }

  #field(type: GraphQLObjectType, budget: Budget, maxDepth: number): string {
    const fields = Object.values(type.getFields());
    const field = this.#pick(fields);
    const alias = this.#chance(0.25) ? `a${this.#counter++}: ` : '';
    const args = this.#args(field, budget);
    const selection = this.#selection(getNamedType(field.type), budget, maxDepth);
    return `${alias}${field.name}${args}${selection}`;
  }

  #args(field: GraphQLField<unknown, unknown>, budget: Budget): string {
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (!required && this.#chance(0.5)) {
        continue;
      }
      if (required && this.#chance(0.01)) {
        continue; // a missing required argument
      }
      parts.push(`${arg.name}: ${this.#argument(arg, budget)}`);
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  /** A literal, or a variable (declared with the argument's type, or now and then a wrong one). */
  #argument(arg: GraphQLArgument, budget: Budget): string {
    const value = this.#value(arg.type, arg.name);
    if (this.#chance(0.2)) {
      const name = `v${this.#counter++}`;
      const declared = this.#chance(0.05)
        ? this.#pick(['Int', 'String', 'ID!', '[NodeType!]', 'Boolean'])
        : String(arg.type);
      budget.variables.push(`$${name}: ${declared}`);
      budget.values[name] = this.#chance(0.05) ? this.#pick([null, 'x', 12, [1], { a: 1 }, true]) : value;
      return `$${name}`;
    }
    return literal(value);
  }

  #value(type: GraphQLInputType, name: string): unknown {
    if (isNonNullType(type)) {
      return this.#value(type.ofType, name);
    }
    if (isListType(type)) {
      if (this.#chance(0.1)) {
        return [];
      }
      return Array.from({ length: 1 + this.#int(3) }, () => this.#value(type.ofType, name));
    }
    if (isEnumType(type)) {
      return new EnumValue(this.#pick(type.getValues()).name);
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (this.#chance(0.5)) {
          out[f.name] = this.#value(f.type, f.name);
        }
      }
      return out;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.#chance(0.03) ? this.#pick(BAD_INTS) : this.#pick(INTS);
        case 'Float':
          return this.#random() * 10;
        case 'Boolean':
          return this.#chance(0.5);
        case 'ID':
          return this.#id();
        default:
          return this.#string(name);
      }
    }
    return null;
  }

  #id(): string {
    const { ids } = this.#pools;
    if (ids.length > 0 && this.#chance(0.8)) {
      return this.#pick(ids);
    }
    return this.#pick(BAD_IDS);
  }

  #string(name: string): string {
    if (name === 'after' && this.#chance(0.5)) {
      return Buffer.from(String(this.#int(200))).toString('base64');
    }
    if (name === 'series' && this.#chance(0.3)) {
      return 'Apitest Masterclass';
    }
    if (this.#pools.words.length > 0 && this.#chance(0.4)) {
      const word = this.#pick(this.#pools.words);
      return this.#chance(0.3) ? word.slice(0, 1 + this.#int(Math.max(1, word.length))) : word;
    }
    return this.#pick(STRINGS);
  }

  #selection(type: GraphQLNamedType, budget: Budget, maxDepth: number): string {
    if (!(isObjectType(type) || isAbstractType(type))) {
      return '';
    }
    budget.depth += 1;
    try {
      const parts: string[] = [];
      if (this.#chance(0.15)) {
        parts.push('__typename');
      }
      const deeper = budget.depth < maxDepth;
      if (isObjectType(type) || isInterfaceType(type)) {
        const fields = Object.values(type.getFields());
        const leaves = fields.filter((f) => !isComposite(getNamedType(f.type)));
        const branches = fields.filter((f) => isComposite(getNamedType(f.type)));
        const count = 1 + this.#int(3);
        for (let i = 0; i < count; i += 1) {
          const pool = deeper && branches.length > 0 && this.#chance(0.45) ? branches : leaves;
          const field = this.#pick(pool.length > 0 ? pool : fields);
          parts.push(this.#subField(field, budget, maxDepth));
        }
      }
      if (isAbstractType(type) && deeper) {
        const possible = this.#schema.getPossibleTypes(type);
        for (const concrete of possible) {
          if (this.#chance(0.25)) {
            parts.push(this.#fragment(concrete, budget, maxDepth));
          }
        }
      }
      if (parts.length === 0) {
        parts.push('__typename');
      }
      return ` { ${parts.join(' ')} }`;
    } finally {
      budget.depth -= 1;
    }
  }

  #subField(field: GraphQLField<unknown, unknown>, budget: Budget, maxDepth: number): string {
    const alias = this.#chance(0.1) ? `a${this.#counter++}: ` : '';
    const named = getNamedType(field.type);
    const selection = isComposite(named) ? this.#selection(named, budget, maxDepth) : '';
    return `${alias}${field.name}${this.#args(field, budget)}${selection}`;
  }

  /** An inline fragment, or a named one defined after the operation. */
  #fragment(type: GraphQLObjectType, budget: Budget, maxDepth: number): string {
    const body = this.#selection(type, budget, maxDepth);
    if (this.#chance(0.5)) {
      return `... on ${type.name}${body}`;
    }
    const name = `F${this.#counter++}`;
    budget.fragments.push(`fragment ${name} on ${type.name}${body}`);
    return `...${name}`;
  }

  #chance(p: number): boolean {
    return this.#random() < p;
  }

  #int(n: number): number {
    return Math.floor(this.#random() * n);
  }

  #pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random() * items.length)] as T;
  }
}

function isComposite(type: GraphQLNamedType): boolean {
  return isObjectType(type) || isAbstractType(type);
}

class EnumValue {
  constructor(readonly name: string) {}
}

function literal(value: unknown): string {
  if (value instanceof EnumValue) {
    return value.name;
  }
  if (Array.isArray(value)) {
    return `[${value.map(literal).join(', ')}]`;
  }
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  return String(value);
}

/** How an answer came out. Only the first three are allowed. */
export type Outcome = 'data' | 'refused' | 'partial' | 'internal' | 'timeout' | 'unavailable' | 'suggestion';

export interface Judged {
  outcome: Outcome;
  /** The codes or message starts seen, for the table of error classes. */
  classes: string[];
}

const REFUSALS = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/**
 * data: no errors; refused: every error is a validation or bad-input error; partial: data along
 * with such errors. Anything else (HTTP 5xx, a masked "Unexpected error.", an error with another
 * code, a timeout, a database error) is a failure, and so is any error that suggests a name.
 */
export function judge(
  status: number,
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] },
): Judged {
  const errors = body.errors ?? [];
  const classes = errors.map((e) => String(e.extensions?.code ?? classOf(e.message)));
  if (status >= 500 || errors.some((e) => /unexpected error/i.test(e.message))) {
    return { outcome: 'internal', classes: classes.length > 0 ? classes : [`HTTP ${status}`] };
  }
  if (errors.some((e) => e.message.includes('Did you mean'))) {
    return { outcome: 'suggestion', classes };
  }
  if (errors.length === 0) {
    return {
      outcome: status === 200 ? 'data' : 'internal',
      classes: status === 200 ? [] : [`HTTP ${status}`],
    };
  }
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.includes('QUERY_TIMEOUT')) {
    return { outcome: 'timeout', classes };
  }
  if (codes.includes('SERVICE_UNAVAILABLE')) {
    return { outcome: 'unavailable', classes };
  }
  // Validation errors from graphql-js and the guards carry no code on a 400, or a refusal code.
  const clean = errors.every((e) => {
    const code = e.extensions?.code;
    return code === undefined ? status === 400 || status === 200 : REFUSALS.has(String(code));
  });
  if (!clean) {
    return { outcome: 'internal', classes };
  }
  return { outcome: body.data ? 'partial' : 'refused', classes };
}

/** A short class name for an error without a code: its message up to the first quote or digit. */
function classOf(message: string): string {
  return (
    message
      .replace(/["“].*$|\d.*$/s, '')
      .trim()
      .slice(0, 60) || 'error'
  );
}

export interface FuzzFigures {
  queries: number;
  outcomes: Record<Outcome, number>;
  /** Error class → count. */
  classes: Map<string, number>;
  /** Milliseconds per query. */
  times: number[];
  /** A few failing operations, to reproduce. */
  failures: { query: string; variables: Record<string, unknown>; status: number; body: string }[];
}

export type PostGraphql = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
}>;

/**
 * Runs `count` seeded operations through `post` and tallies the answers. The operations are drawn
 * in order whatever `concurrency` is (answers never feed the generator), so a seed gives the same
 * set; `concurrency` > 1 only overlaps waiting on Neo4j (the CI run), 1 gives clean latencies.
 */
export async function runFuzz(
  post: PostGraphql,
  fuzzer: QueryFuzzer,
  count: number,
  concurrency = 1,
): Promise<FuzzFigures> {
  const figures: FuzzFigures = {
    queries: 0,
    outcomes: { data: 0, refused: 0, partial: 0, internal: 0, timeout: 0, unavailable: 0, suggestion: 0 },
    classes: new Map(),
    times: [],
    failures: [],
  };
  const operations = Array.from({ length: count }, () => fuzzer.next());
  let next = 0;
  const worker = async () => {
    for (let op = operations[next++]; op !== undefined; op = operations[next++]) {
      const started = performance.now();
      const { status, body } = await post(op.query, op.variables);
      figures.times.push(performance.now() - started);
      const { outcome, classes } = judge(status, body);
      figures.queries += 1;
      figures.outcomes[outcome] += 1;
      for (const c of new Set(classes)) {
        figures.classes.set(c, (figures.classes.get(c) ?? 0) + 1);
      }
      if (!['data', 'refused', 'partial'].includes(outcome) && figures.failures.length < 10) {
        figures.failures.push({ ...op, status, body: JSON.stringify(body).slice(0, 600) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return figures;
}

/** Reads fuzzing pools from the graph: ids of every label (hubs first, then a sample) and words. */
export async function poolsFromGraph(
  read: (cypher: string) => Promise<Record<string, unknown>[]>,
  sample = 300,
): Promise<FuzzPools> {
  const rows = await read(
    `MATCH (n) WHERE n.id IS NOT NULL
     WITH n ORDER BY COUNT { (n)--() } DESC LIMIT ${Math.trunc(sample)}
     RETURN n.id AS id, coalesce(n.name, n.title, '') AS name`,
  );
  const ids = rows.map((r) => String(r['id']));
  const words = [
    ...new Set(
      rows.flatMap((r) => String(r['name']).split(/\s+/)).filter((w) => w.length > 1 && w.length < 40),
    ),
  ].slice(0, 200);
  return { ids, words };
}
