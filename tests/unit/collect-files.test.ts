import { mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/run/run-ingest.ts';
import { collectFiles } from '../../ingest/sources/collect-files.ts';
import { makeFifo, unlessHung } from '../support/fifo.ts';
import { writeNotes } from '../support/notes.ts';

const NOTE = '# 특강\n\n홍길동 님의 이야기.\n';

/** Files relative to `dir`, and error messages with `dir` cut out, for readable expectations. */
async function collectIn(dir: string, paths: string[] = [dir]) {
  const { files, errors } = await unlessHung(collectFiles(paths), []);
  return {
    files: files.map((f) => relative(dir, f)),
    errors: errors.map((e) => e.message.replaceAll(`${dir}/`, '')),
  };
}

describe('collectFiles follows symlinks in folders', () => {
  it('reads a symlinked note and the notes of a symlinked folder, in name order, each once', async () => {
    const outside = writeNotes({ 'x.md': NOTE, 'y.txt': NOTE });
    const elsewhere = writeNotes({ 'w.md': NOTE });
    const dir = writeNotes({ 'a.md': NOTE, 'c.md': NOTE });
    symlinkSync(join(elsewhere, 'w.md'), join(dir, 'b.md'));
    symlinkSync(outside, join(dir, 'more'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(elsewhere, 'w.md'), join(dir, 'sub', 'z.md'));
    expect(await collectIn(dir)).toEqual({
      files: ['a.md', 'b.md', 'c.md', 'more/x.md', 'more/y.txt'],
      errors: [],
    });
  });

  it('reports a link back to a folder above once, and does not recurse into it', async () => {
    const dir = writeNotes({ 'a.md': NOTE });
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'sub', 'here'));
    symlinkSync('loop.md', join(dir, 'loop.md'));
    const { files, errors } = await collectIn(dir);
    expect(files).toEqual(['a.md']);
    expect(errors).toEqual([
      'loop.md: is a symlink loop (ELOOP)',
      expect.stringMatching(/^sub\/here: is a symlink loop \(back to .*sub\), not followed$/),
      expect.stringMatching(/^sub\/up: is a symlink loop \(back to .*\), not followed$/),
    ]);
  });

  it('names a dangling link and a link to a device instead of skipping or reading them', async () => {
    const dir = writeNotes({ 'a.md': NOTE });
    symlinkSync(join(dir, 'gone.md'), join(dir, 'b.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    symlinkSync(join(dir, 'missing.png'), join(dir, 'photo.png'));
    expect(await collectIn(dir)).toEqual({
      files: ['a.md'],
      errors: [
        'b.md: is a dangling symlink (to gone.md)',
        'zero.md: is a character device, not a regular file',
      ],
    });
  });

  it('reads a note reached by several paths once, by its plain path', async () => {
    const dir = writeNotes({ 'talk.md': NOTE });
    symlinkSync('talk.md', join(dir, 'alias.md'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'all'));
    const twice = await collectIn(dir, [dir, join(dir, 'talk.md'), dir]);
    expect(twice).toEqual({
      files: ['talk.md'],
      errors: [expect.stringMatching(/^sub\/all: is a symlink loop/)],
    });
  });

  it('walks a folder two links lead to once', async () => {
    const outside = writeNotes({ 'x.md': NOTE });
    const dir = writeNotes({});
    symlinkSync(outside, join(dir, 'one'));
    symlinkSync(outside, join(dir, 'two'));
    expect(await collectIn(dir)).toEqual({ files: ['one/x.md'], errors: [] });
  });
});

describe('FIFOs are errors, never a hang', () => {
  it('in a folder: named, not skipped', async () => {
    const dir = writeNotes({ 'a.md': NOTE });
    const fifo = makeFifo(dir, 'pipe.md');
    makeFifo(dir, 'pipe.log');
    expect(await collectIn(dir)).toEqual({
      files: ['a.md'],
      errors: ['pipe.md: is a FIFO, not a regular file'],
    });
    const { report } = await unlessHung(ingestPaths([dir], { workers: 0 }), [fifo]);
    expect(report.errors.map((e) => e.message)).toEqual([`${fifo}: is a FIFO, not a regular file`]);
  });

  it('named on the command line: an error from the ingest, which goes on', async () => {
    const dir = writeNotes({ 'a.md': NOTE });
    const fifo = makeFifo(dir, 'pipe.md');
    const { report } = await unlessHung(ingestPaths([fifo, join(dir, 'a.md')], { workers: 0 }), [fifo]);
    expect(report.errors.map((e) => e.message)).toEqual([`${fifo}: is a FIFO, not a regular file`]);
    expect(report.talks).toHaveLength(1);
  });
});
