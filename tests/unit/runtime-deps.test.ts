import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * What `npm start` and the Docker image run: the app's entry, and the ingest's worker that the
 * corpus load starts by file name (piscina), which no import reaches.
 */
const ENTRIES = ['app/start.ts', 'ingest/run/extract-worker.ts'];

/** Specifiers that load code at run time: import/export … from, import(), and worker files. */
const RUNTIME_IMPORT = [
  // `import type … from` and `export type … from` are erased; everything else loads the module.
  /^\s*import\s+(?!type\s)(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
  /^\s*export\s+(?!type\s)[^;'"]*?\sfrom\s+['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /new URL\(\s*['"](\.{1,2}\/[^'"]+\.ts)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

const BUILTIN = new Set(builtinModules);

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Every package imported at run time from the entries, with the first file that imports it. */
function runtimePackages(entries: string[]): Map<string, string> {
  const packages = new Map<string, string>();
  for (const file of runtimeFiles(entries)) {
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('node:') && !BUILTIN.has(specifier)) {
        const name = packageOf(specifier);
        if (!packages.has(name)) {
          packages.set(name, relative(ROOT, file));
        }
      }
    }
  }
  return packages;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return RUNTIME_IMPORT.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** The project's own modules reached from the entries (absolute paths). */
function runtimeFiles(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => join(ROOT, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        expect(existsSync(target), `${relative(ROOT, file)} imports ${specifier}, which is missing`).toBe(
          true,
        );
        if (/\.[cm]?[jt]s$/.test(target)) {
          queue.push(target);
        }
      }
    }
  }
  return seen;
}

/** Top-level folders of a project module, e.g. 'server' for server/schema/talk.ts. */
function layerOf(file: string): string {
  return relative(ROOT, file).split('/')[0] ?? '';
}

describe('the production image (npm ci --omit=dev)', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    scripts?: Record<string, string>;
  };

  it('lists every package on the runtime path in dependencies, not devDependencies', () => {
    const packages = runtimePackages(ENTRIES);
    expect(packages.has('neo4j-driver'), 'the walk found no imports').toBe(true);
    const missing = [...packages]
      .filter(([name]) => manifest.dependencies?.[name] === undefined)
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });

  it('runs the server compiled to JavaScript (scripts/build-server.ts), with node', () => {
    expect(manifest.scripts?.['start']).toMatch(/npm run build:server && node .*dist\/server\/start\.js$/);
    expect(manifest.scripts?.['build:server']).toMatch(/scripts\/build-server\.ts/);
  });
});

describe('the composition root', () => {
  it('is the only place where the server and the ingest meet (DESIGN.md)', () => {
    const crossings: string[] = [];
    for (const [from, to] of [
      ['server', 'ingest'],
      ['ingest', 'server'],
    ] as const) {
      const dir = join(ROOT, from);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(dir, name));
      for (const file of files) {
        for (const reached of runtimeFiles([relative(ROOT, file)])) {
          if (layerOf(reached) === to) {
            crossings.push(`${relative(ROOT, file)} reaches ${relative(ROOT, reached)}`);
            break;
          }
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});

/** The runtime stage's `COPY <local>… <dest>` sources (not `--from` stages). */
function imageSources(): string[] {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  return [...runtime.matchAll(/^COPY\s+(?!--)(.+)$/gm)].flatMap((match) =>
    (match[1] ?? '').trim().split(/\s+/).slice(0, -1),
  );
}

describe('npm ci --omit=dev, in a copy of what the image holds', () => {
  it('starts the compiled server as far as connecting to Neo4j, and loads the compiled ingest worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkgraph-prod-'));
    try {
      for (const source of imageSources()) {
        cpSync(join(ROOT, source), join(dir, source), {
          recursive: true,
          filter: (path) => !['node_modules', 'target'].includes(basename(path)),
        });
      }
      // The build stage's output (COPY --from=build): the bundles, built here into the copy.
      await buildServer(join(dir, 'dist', 'server'));
      const run = promisify(execFile);
      // --prefer-offline: the packages come from npm's cache, where the dev install put them.
      await run(
        'npm',
        ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
        {
          cwd: dir,
        },
      );
      expect(existsSync(join(dir, 'node_modules', 'vitest')), 'dev dependencies were installed').toBe(false);
      const worker = await run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "await import('./dist/server/extract-worker.js'); console.log('loaded')",
        ],
        { cwd: dir },
      );
      expect(worker.stdout).toContain('loaded');
      // Every static import resolves before the first line runs; then the start stops at Neo4j.
      const start = await run(process.execPath, ['dist/server/start.js'], {
        cwd: dir,
        env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0' },
      }).then(
        () => ({ stderr: 'started?' }),
        (error: { stderr: string }) => error,
      );
      expect(start.stderr).toMatch(
        /^talkgraph could not start: Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
