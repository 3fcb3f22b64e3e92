import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { isNonFileSource } from './read-any-source.ts';
import { errnoReason, type FileKind, nonRegularKind, SourceError } from './read-file.ts';

export const NOTE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/**
 * Expands files and folders into the notes to read, sorted for a stable order. URLs and `-`
 * (standard input) are not files: they pass through as given, once each, for readAnySource.
 * In folders, hidden entries and README files (a folder's own documentation) are skipped;
 * symlinks are followed, to notes and to folders, each real folder walked once and a link back
 * to a folder above it reported as a loop. A note reached by several paths is read once, by its
 * plain path when it has one. What cannot be a note (a FIFO, a device, a dangling link) is an
 * error naming it, never a silent skip or a read that blocks.
 */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const walk = new Walk();
  for (const path of paths) {
    if (isNonFileSource(path)) {
      walk.add({ path, real: `\0${path}`, linked: false, order: [walk.nextArgument()] });
    } else {
      await walk.argument(path);
    }
  }
  // A folder named twice would report its bad entries twice.
  const errors = [...new Map(walk.errors.map((e) => [e.message, e])).values()];
  return { files: walk.files(), errors };
}

interface Found {
  path: string;
  /** Identity: the real path, so that a note reached twice is read once. */
  real: string;
  /** Reached through a symlink inside a folder (a plain path to the same note wins). */
  linked: boolean;
  /** Where it sorts: the argument's index, then the names of the folders below it. */
  order: (number | string)[];
}

/** A symlinked folder, walked after the plain tree so that notes keep their plain paths. */
interface LinkedFolder {
  path: string;
  real: string;
  order: (number | string)[];
}

class Walk {
  readonly errors: SourceError[] = [];
  private readonly found: Found[] = [];
  /** Real paths of the folders walked: each is walked once, whatever links lead to it. */
  private readonly visited = new Set<string>();
  private readonly links: LinkedFolder[] = [];
  private argumentIndex = 0;

  add(found: Found): void {
    this.found.push(found);
  }

  nextArgument(): number {
    return this.argumentIndex++;
  }

  async argument(path: string): Promise<void> {
    const index = this.nextArgument();
    const info = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) {
      this.errors.push(await missingError(path, info, 'does not exist'));
      return;
    }
    const real = await this.realPath(path);
    if (real === undefined) {
      return;
    }
    if (info.isDirectory()) {
      // Walked even when a link led there before: its notes then keep their plain paths.
      this.visited.add(real);
      await this.folder(path, real, [index], false);
      await this.linkedFolders();
    } else if (!NOTE_EXTENSIONS.has(extname(path).toLowerCase())) {
      this.errors.push(
        new SourceError(path, `unsupported file type "${extname(path)}" (expected .txt, .md or .html)`),
      );
    } else if (info.isFile()) {
      this.add({ path, real, linked: false, order: [index] });
    } else {
      this.errors.push(notRegular(path, info));
    }
  }

  /** The notes in a folder and, through plain entries, below it; linked folders wait. */
  private async folder(
    dir: string,
    real: string,
    order: (number | string)[],
    linked: boolean,
  ): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.errors.push(new SourceError(dir, `cannot be listed (${errnoReason(error)})`));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || /^readme\b/i.test(entry.name)) {
        continue;
      }
      const path = join(dir, entry.name);
      const isNote = NOTE_EXTENSIONS.has(extname(entry.name).toLowerCase());
      const here = [...order, entry.name];
      if (entry.isDirectory()) {
        const below = join(real, entry.name);
        this.visited.add(below);
        await this.folder(path, below, here, linked);
      } else if (entry.isSymbolicLink()) {
        await this.link(path, real, here, isNote);
      } else if (entry.isFile()) {
        if (isNote) {
          this.add({ path, real: join(real, entry.name), linked, order: here });
        }
      } else if (isNote) {
        // A FIFO named like a note would block its reader; a device would never end.
        this.errors.push(notRegular(path, entry));
      }
    }
  }

  /** A symlink in a folder whose real path is `parentReal`: a note, a folder, or an error. */
  private async link(
    path: string,
    parentReal: string,
    order: (number | string)[],
    isNote: boolean,
  ): Promise<void> {
    const info = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) {
      // Only what could have been a note or a folder: a broken link to an image is not ours.
      if (isNote || extname(path) === '') {
        this.errors.push(await missingError(path, info, 'cannot be read'));
      }
      return;
    }
    if (!(isNote || info.isDirectory())) {
      return;
    }
    const real = await this.realPath(path);
    if (real === undefined) {
      return;
    }
    if (info.isDirectory()) {
      if (real === parentReal || parentReal.startsWith(`${real}${sep}`)) {
        this.errors.push(new SourceError(path, `is a symlink loop (back to ${real}), not followed`));
      } else {
        this.links.push({ path, real, order });
      }
    } else if (info.isFile()) {
      this.add({ path, real, linked: true, order });
    } else {
      this.errors.push(notRegular(path, info));
    }
  }

  /** Where a path really is; undefined, with an error naming it, when that cannot be known. */
  private async realPath(path: string): Promise<string | undefined> {
    try {
      return await realpath(path);
    } catch (error) {
      this.errors.push(new SourceError(path, `cannot be read (${errnoReason(error)})`));
      return undefined;
    }
  }

  /** Linked folders not walked yet, and the linked folders found in them, until none is left. */
  private async linkedFolders(): Promise<void> {
    for (let next = this.links.shift(); next; next = this.links.shift()) {
      if (!this.visited.has(next.real)) {
        this.visited.add(next.real);
        await this.folder(next.path, next.real, next.order, true);
      }
    }
  }

  /** Each note once, by its plain path when it has one, in argument then folder-name order. */
  files(): string[] {
    const chosen = new Map<string, Found>();
    for (const found of this.found) {
      const held = chosen.get(found.real);
      if (!held || (held.linked && !found.linked)) {
        chosen.set(found.real, found);
      }
    }
    return [...chosen.values()].sort((a, b) => compareOrder(a.order, b.order)).map((f) => f.path);
  }
}

/** Argument index first, then folder and file names as the old per-folder sort had them. */
function compareOrder(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) {
      continue;
    }
    if (typeof x === 'number' && typeof y === 'number') {
      return x - y;
    }
    return String(x).localeCompare(String(y));
  }
  return a.length - b.length;
}

function notRegular(path: string, info: FileKind): SourceError {
  return new SourceError(path, `is ${nonRegularKind(info) ?? 'a special file'}, not a regular file`);
}

/** Why stat failed, told apart: a dangling symlink, a loop of links, or a missing path. */
async function missingError(
  path: string,
  error: NodeJS.ErrnoException,
  missing: string,
): Promise<SourceError> {
  if (error.code === 'ELOOP') {
    return new SourceError(path, 'is a symlink loop (ELOOP)');
  }
  if (error.code === 'ENOENT') {
    const target = await readlink(path).catch(() => undefined);
    return new SourceError(path, target === undefined ? missing : `is a dangling symlink (to ${target})`);
  }
  return new SourceError(path, `cannot be read (${errnoReason(error)})`);
}
