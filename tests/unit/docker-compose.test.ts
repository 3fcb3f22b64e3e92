import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');

function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

type Environment = Record<string, string | number | boolean | null> | string[];

interface Healthcheck {
  test?: string | string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Environment;
  ports?: (string | { target?: number; published?: string | number; host_ip?: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: Healthcheck;
  restart?: string;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
}

interface Compose {
  services?: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

function loadCompose(): Compose {
  const parsed: unknown = parse(read('docker-compose.yml'));
  if (typeof parsed !== 'object' || parsed === null) {
    throw new Error('docker-compose.yml is not a YAML mapping');
  }
  return parsed as Compose;
}

function service(compose: Compose, name: string): Service {
  const found = compose.services?.[name];
  if (found === undefined) {
    throw new Error(`docker-compose.yml has no service "${name}"`);
  }
  return found;
}

/** Variables of an `environment:` block, in map or list (`NAME=value`) form. */
function environmentOf(svc: Service): Map<string, string> {
  const result = new Map<string, string>();
  const env = svc.environment;
  if (Array.isArray(env)) {
    for (const entry of env) {
      const eq = entry.indexOf('=');
      if (eq === -1) {
        result.set(entry, '');
      } else {
        result.set(entry.slice(0, eq), entry.slice(eq + 1));
      }
    }
  } else if (env !== undefined) {
    for (const [name, value] of Object.entries(env)) {
      result.set(name, value === null ? '' : String(value));
    }
  }
  return result;
}

/** `${VAR}`, `${VAR:-default}`, `$VAR` interpolations (not the `$$` escapes meant for the container shell). */
function interpolatedVariables(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<!\$)\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)) {
    const name = match[1] ?? match[2];
    if (name !== undefined) {
      names.add(name);
    }
  }
  return names;
}

/** Names assigned in .env.example, including commented-out assignments (`# NAME=value`). */
function envExampleNames(): Set<string> {
  const names = new Set<string>();
  for (const line of read('.env.example').split('\n')) {
    const match = /^\s*#?\s*([A-Z][A-Z0-9_]*)=/.exec(line);
    if (match?.[1] !== undefined) {
      names.add(match[1]);
    }
  }
  return names;
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'target') {
        files.push(...tsFiles(path));
      }
    } else if (entry.isFile() && entry.name.endsWith('.ts')) {
      files.push(path);
    }
  }
  return files;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `process.env.NAME`, `env.NAME` or a 'NAME' string literal (e.g. `env['NAME']`). */
function isRead(name: string, source: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(`\\benv\\.${n}\\b|['"\`]${n}['"\`]`).test(source);
}

interface DockerStage {
  from: string;
  instructions: { keyword: string; args: string }[];
}

function dockerStages(text: string): DockerStage[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: DockerStage[] = [];
  for (const line of logical) {
    const match = /^(\S+)\s*(.*)$/.exec(line);
    const keyword = match?.[1]?.toUpperCase() ?? '';
    const args = match?.[2] ?? '';
    if (keyword === 'FROM') {
      stages.push({ from: args, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword, args });
    }
  }
  return stages;
}

describe('docker-compose.yml', () => {
  it('parses and defines the neo4j and app services', () => {
    const compose = loadCompose();
    expect(Object.keys(compose.services ?? {})).toEqual(expect.arrayContaining(['neo4j', 'app']));
  });

  it('uses the community Neo4j image with the same major.minor as graph/launcher/pom.xml', () => {
    const pomVersion = /<neo4j\.version>\s*(\d+)\.(\d+)[^<]*<\/neo4j\.version>/.exec(
      read('graph/launcher/pom.xml'),
    );
    expect(pomVersion, 'graph/launcher/pom.xml has no <neo4j.version>').not.toBeNull();
    const image = service(loadCompose(), 'neo4j').image ?? '';
    const tag = /^(?:docker\.io\/)?(?:library\/)?neo4j:(\d+)\.(\d+)(?:\.\d+)?-community(?:-[a-z0-9]+)*$/.exec(
      image,
    );
    expect(
      tag,
      `neo4j image "${image}" is not a neo4j:<major>.<minor>[.<patch>]-community tag`,
    ).not.toBeNull();
    expect(`${tag?.[1]}.${tag?.[2]}`).toBe(`${pomVersion?.[1]}.${pomVersion?.[2]}`);
  });

  it('gives neo4j auth, a data volume, local-only ports and a real healthcheck', () => {
    const compose = loadCompose();
    const neo4j = service(compose, 'neo4j');
    expect(environmentOf(neo4j).get('NEO4J_AUTH')).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-[^}]+\}$/);
    const dataVolume = (neo4j.volumes ?? []).find((v) => typeof v === 'string' && v.endsWith(':/data'));
    expect(dataVolume, 'neo4j has no volume mounted on /data').toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(String(dataVolume).split(':')[0]);
    for (const port of neo4j.ports ?? []) {
      expect(String(port)).toMatch(/^127\.0\.0\.1:/);
    }
    const healthcheck = neo4j.healthcheck;
    expect(healthcheck, 'neo4j has no healthcheck').toBeDefined();
    const test = [healthcheck?.test ?? []].flat().join(' ');
    expect(test).toMatch(/cypher-shell|7474|7687/);
    expect(healthcheck?.interval).toBeDefined();
    expect(healthcheck?.timeout).toBeDefined();
    expect(healthcheck?.retries).toBeGreaterThan(0);
    expect(healthcheck?.start_period).toBeDefined();
  });

  it('starts the app only once neo4j is healthy, pointed at it, with its own healthcheck', () => {
    const app = service(loadCompose(), 'app');
    expect(app.build, 'app is not built from the Dockerfile').toBeDefined();
    const dependsOn = app.depends_on;
    expect(Array.isArray(dependsOn), 'depends_on must be the long form with a condition').toBe(false);
    const onNeo4j = new Map(Object.entries(dependsOn ?? {})).get('neo4j');
    expect(onNeo4j?.condition).toBe('service_healthy');
    const env = environmentOf(app);
    expect(env.get('NEO4J_URI')).toBe('bolt://neo4j:7687');
    expect(env.get('PORT')).toBe('4000');
    expect(app.ports?.map(String)).toContain(`\${PORT:-4000}:4000`);
    expect(app.restart).toBeDefined();
    expect([app.healthcheck?.test ?? []].flat().join(' ')).toContain('/health');
  });

  it('documents in .env.example every variable the app sets and every variable the file interpolates', () => {
    const documented = envExampleNames();
    const used = new Set([
      ...environmentOf(service(loadCompose(), 'app')).keys(),
      ...interpolatedVariables(read('docker-compose.yml')),
    ]);
    const missing = [...used].filter((name) => !documented.has(name)).sort();
    expect(missing, `missing from .env.example: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('.env.example', () => {
  it('lists only settings that the code in app/, server/, graph/ or ingest/ reads', () => {
    const files = ['app', 'server', 'graph', 'ingest'].flatMap((dir) => tsFiles(join(root, dir)));
    expect(files.length, 'no .ts files found in app/, server/, graph/ or ingest/').toBeGreaterThan(0);
    const sources = files.map((file) => readFileSync(file, 'utf8'));
    const names = [...envExampleNames()];
    expect(names.length).toBeGreaterThan(0);
    const unread = names.filter((name) => !sources.some((source) => isRead(name, source)));
    expect(
      unread,
      `.env.example settings never read (scanned ${files.length} files: ${files
        .map((file) => relative(root, file))
        .join(', ')}): ${unread.join(', ')}`,
    ).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const runtime = stages.at(-1);

  it('is multi-stage on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime?.from).toMatch(/^node:20-bookworm-slim\b/);
  });

  it('runs the runtime stage as a non-root user', () => {
    const users = runtime?.instructions.filter((i) => i.keyword === 'USER') ?? [];
    expect(users.length, 'the runtime stage has no USER').toBeGreaterThan(0);
    expect(users.at(-1)?.args).not.toMatch(/^(root|0)(:|$)/);
  });

  it('does not ship the Maven build output graph/launcher/target', () => {
    const copies = runtime?.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD') ?? [];
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.args).not.toMatch(/launcher\/target/);
    }
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim().replace(/^\/|\/$/g, ''));
    expect(ignored, '.dockerignore must exclude graph/launcher/target').toContain('graph/launcher/target');
  });

  it('starts the compiled server with node, without rebuilding it or the client', () => {
    const cmd = runtime?.instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '';
    expect(cmd).toMatch(/"node"/);
    expect(cmd).toMatch(/dist\/server\/start\.js/);
    expect(cmd).not.toMatch(/tsx/);
    expect(cmd).not.toMatch(/npm"?,?\s*"?(run\s+)?start/);
  });
});
