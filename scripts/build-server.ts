/**
 * Compiles the server side (app/start.ts and the ingest's worker, with what they import from
 * server/, graph/ and ingest/) to JavaScript in dist/server/, so that `npm start` and the image
 * run plain Node instead of compiling TypeScript at each start (tsx).
 *
 * One bundle per entry; packages stay imports of node_modules. Modules that find files next to
 * their source (`import.meta.dirname`: graph/schema.cypher, graph/launcher, ingest/ontology,
 * dist/client) are given their source folder, so the bundle reads the same files as tsx does.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'server');

/**
 * `import.meta.dirname` of a bundled module → its source folder, found from the bundle's: the
 * same relative path in any copy of the tree (the image's /app), hence from OUT, not `outDir`.
 */
const sourceFolders: Plugin = {
  name: 'source-folders',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.dirname')) {
        return undefined;
      }
      const folder = relative(OUT, dirname(args.path)).split('\\').join('/');
      return {
        contents: text.replaceAll('import.meta.dirname', `__talkgraphFolder(${JSON.stringify(folder)})`),
        loader: 'ts',
      };
    });
  },
};

/** Builds into `outDir`: dist/server of this tree, or of a copy laid out like it. */
export async function buildServer(outDir = OUT): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { start: 'app/start.ts', 'extract-worker': 'ingest/run/extract-worker.ts' },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    banner: {
      js: [
        "import { join as __talkgraphJoin } from 'node:path';",
        'const __talkgraphFolder = (folder) => __talkgraphJoin(import.meta.dirname, folder);',
      ].join('\n'),
    },
    plugins: [sourceFolders],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = Date.now();
  await buildServer();
  console.log(`dist/server built in ${Date.now() - started} ms`);
}
