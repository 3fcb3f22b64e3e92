import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the real client with its own Vite config into a throw-away folder; mode 'bench' adds
 * the render benchmark page (bench.html), which production builds leave out.
 */
export async function buildClient(mode = 'production'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'talkgraph-client-'));
  await build({
    configFile: join(import.meta.dirname, '..', '..', 'client', 'vite.config.ts'),
    mode,
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return outDir;
}
