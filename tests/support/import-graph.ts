/**
 * The import graph of the project's own TypeScript modules, for the layering test: which file
 * imports which, read with es-module-lexer (the lexer Vite uses, so comments and strings never
 * count as imports).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { init, parse } from 'es-module-lexer';

await init;

/** file (relative to the root, with '/') → the project files it imports (same form). */
export type ImportGraph = Map<string, Set<string>>;

/**
 * Specifiers the lexer does not report: `export type { … } from` (not JavaScript, so it skips it)
 * and a worker started by file name (`new URL('./x.ts', import.meta.url)`), which is a dependency
 * that no import statement shows.
 */
const EXTRA_SPECIFIERS = [
  /^\s*export\s+type\s*\{[^}]*\}\s*from\s*['"]([^'"]+)['"]/gm,
  /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

/** Every static, dynamic (with a literal) and type-only import specifier of a module's source. */
export function specifiersOf(source: string): string[] {
  const [imports] = parse(source);
  const found = imports.flatMap((entry) => (entry.n === undefined ? [] : [entry.n]));
  for (const pattern of EXTRA_SPECIFIERS) {
    for (const match of source.matchAll(pattern)) {
      found.push(match[1] ?? '');
    }
  }
  return found;
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'target']);

/** The .ts files under the given top-level folders of root, relative to root with '/'. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) {
          walk(path);
        }
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        files.push(path);
      }
    }
  };
  for (const folder of folders) {
    walk(folder);
  }
  return files.sort();
}

/**
 * The graph over the given sources (file → source text). Relative specifiers are resolved to a
 * root-relative path; packages and node: builtins are left out (they are no layer of ours).
 */
export function importGraph(sources: Map<string, string>): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [file, source] of sources) {
    const targets = new Set<string>();
    for (const specifier of specifiersOf(source)) {
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        targets.add(
          normalize(join(dirname(file), specifier))
            .split(sep)
            .join('/'),
        );
      }
    }
    graph.set(file, targets);
  }
  return graph;
}

export function readSources(root: string, files: string[]): Map<string, string> {
  return new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}

/** The top-level folder a root-relative path lies in ('..' for a path that leaves the root). */
export function layerOf(file: string): string {
  return file.split('/')[0] ?? '';
}

/** An import that a layer may not make: `from` (a file) imports `to` (a file). */
export interface Crossing {
  from: string;
  to: string;
}

/**
 * Imports from a layer into a layer it must not reach. `forbidden` maps a layer to the layers it
 * may never import.
 */
export function crossings(graph: ImportGraph, forbidden: Record<string, readonly string[]>): Crossing[] {
  const found: Crossing[] = [];
  for (const [from, targets] of graph) {
    const banned = forbidden[layerOf(from)] ?? [];
    for (const to of targets) {
      if (banned.includes(layerOf(to))) {
        found.push({ from, to });
      }
    }
  }
  return found;
}

/**
 * The import cycles among the files that `include` keeps: each strongly connected component of
 * two or more files (or a file importing itself), as its sorted file list (Tarjan's algorithm).
 */
export function importCycles(graph: ImportGraph, include: (file: string) => boolean): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const edges = (file: string): string[] => [...(graph.get(file) ?? [])].filter((to) => include(to));

  const connect = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const to of edges(file)) {
      if (!index.has(to)) {
        if (graph.has(to)) {
          connect(to);
          low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
        }
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || edges(file).includes(file)) {
        components.push(component.sort());
      }
    }
  };

  for (const file of [...graph.keys()].filter(include).sort()) {
    if (!index.has(file)) {
      connect(file);
    }
  }
  return components.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
