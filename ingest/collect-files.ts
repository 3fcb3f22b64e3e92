import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isNonFileSource } from './read-any-source.ts';
import { SourceError } from './read-source.ts';

export const NOTE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/**
 * Expands files and folders into the notes to read, sorted for a stable order. URLs and `-`
 * (standard input) are not files: they pass through as given, once each, for readAnySource.
 * In folders, hidden entries and README files (a folder's own documentation) are skipped.
 */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const path of paths) {
    if (isNonFileSource(path)) {
      files.push(path);
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      errors.push(new SourceError(path, 'does not exist'));
    } else if (info.isDirectory()) {
      files.push(...(await walk(path)));
    } else if (NOTE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    } else {
      errors.push(
        new SourceError(path, `unsupported file type "${extname(path)}" (expected .txt, .md or .html)`),
      );
    }
  }
  return { files: [...new Set(files)], errors };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || /^readme\b/i.test(entry.name)) {
      continue;
    }
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(path)));
    } else if (entry.isFile() && NOTE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      found.push(path);
    }
  }
  return found;
}
