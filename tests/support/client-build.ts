import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file the build reads from the repository: the client's own, its config, the lockfile. */
function sourceHash(mode: string): string {
  const hash = createHash('sha256').update(mode);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
      .sort();
  for (const file of [...walk(join(ROOT, 'client')), join(ROOT, 'package-lock.json')]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the real client with its own Vite config; mode 'bench' adds the render benchmark page
 * (bench.html), which production builds leave out. The build is kept in a folder named for its
 * sources, so the test files of one run (and later runs on unchanged sources) share one build
 * instead of paying Vite each (eight e2e files built it eight times).
 */
export async function buildClient(mode = 'production'): Promise<string> {
  const cached = join(tmpdir(), `talkgraph-client-${mode}-${sourceHash(mode)}`);
  if (existsSync(join(cached, 'index.html'))) {
    return cached;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'talkgraph-client-build-'));
  await build({
    configFile: join(ROOT, 'client', 'vite.config.ts'),
    mode,
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  try {
    // Whole or not at all: a build cut short never becomes the cached one.
    renameSync(outDir, cached);
    return cached;
  } catch {
    // Another process cached the same sources first: use theirs.
    rmSync(outDir, { recursive: true, force: true });
    return cached;
  }
}
