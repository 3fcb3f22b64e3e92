import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../ingest/load/moved-sources.ts';
import { pruneCandidates } from '../../ingest/load/prune-sources.ts';

const CWD = '/home/me/repo';

describe('which stored sources a prune may remove', () => {
  const stored = [
    { id: 's1', path: 'notes/kept.md' },
    { id: 's2', path: 'notes/deleted.md' },
    { id: 's3', path: 'notes/sub/deleted.md' },
    { id: 's4', path: 'notes-old/deleted.md' },
    { id: 's5', path: 'other/deleted.md' },
    { id: 's6', path: '../elsewhere/notes/deleted.md' },
    { id: 's7', path: 'https://example.com/notes/post' },
    { id: 's8', path: 'stdin:0123456789ab' },
  ];

  it('takes file sources inside the folder that the run did not see, stored relative to where the ingest ran', () => {
    const found = pruneCandidates(stored, ['notes'], ['notes/kept.md'], CWD);
    expect(found.map((s) => [s.id, s.file])).toEqual([
      ['s2', '/home/me/repo/notes/deleted.md'],
      ['s3', '/home/me/repo/notes/sub/deleted.md'],
    ]);
  });

  it('compares absolute paths: a folder given absolutely, and files seen under another spelling', () => {
    const found = pruneCandidates(stored, ['/home/me/repo/notes/'], ['./notes/sub/../kept.md'], CWD);
    expect(found.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('never takes a sibling folder sharing the prefix, a URL or standard input', () => {
    expect(pruneCandidates(stored, ['notes'], [], CWD).map((s) => s.id)).not.toContain('s4');
    expect(pruneCandidates(stored, ['/'], [], CWD).map((s) => s.id)).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's6',
    ]);
    expect(sourceFile('https://example.com/notes/post', CWD)).toBeNull();
    expect(sourceFile('stdin:0123456789ab', CWD)).toBeNull();
  });

  it('takes nothing when the folder is one of the files or lies outside the sources', () => {
    expect(pruneCandidates(stored, ['notes/deleted.md'], [], CWD)).toEqual([]);
    expect(pruneCandidates(stored, ['/home/me/elsewhere'], [], CWD).map((s) => s.id)).toEqual(['s6']);
  });
});
