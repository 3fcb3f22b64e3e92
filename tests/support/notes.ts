import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes notes into a fresh folder: each test's sources (and so its talk ids) are its own. */
export function writeNotes(notes: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'talkgraph-notes-'));
  for (const [name, content] of Object.entries(notes)) {
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
