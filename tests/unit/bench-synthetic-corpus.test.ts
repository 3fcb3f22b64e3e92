import { describe, expect, it } from 'vitest';
import { generateCorpus, type SyntheticNote } from '../../bench/synthetic-corpus.ts';

const TALKS = 300;

function bytesOf(notes: SyntheticNote[]): string {
  return notes.map((n) => `${n.file}\n${n.text}`).join('\u0000');
}

describe('synthetic corpus', () => {
  const notes = generateCorpus({ talks: TALKS, seed: 42 });

  it('gives the same bytes for the same seed', () => {
    expect(bytesOf(generateCorpus({ talks: TALKS, seed: 42 }))).toBe(bytesOf(notes));
  });

  it('gives another corpus for another seed', () => {
    expect(bytesOf(generateCorpus({ talks: TALKS, seed: 7 }))).not.toBe(bytesOf(notes));
  });

  it('holds exactly the talks asked for, in notes of realistic length and every layout', () => {
    expect(notes.reduce((sum, n) => sum + n.talks, 0)).toBe(TALKS);
    const sizes = notes.map((n) => Buffer.byteLength(n.text)).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThanOrEqual(2_000);
    expect(sizes.at(-1)).toBeLessThanOrEqual(9_500);
    expect(new Set(notes.map((n) => n.layout))).toEqual(
      new Set(['blog', 'qna', 'masterclass', 'review', 'recap']),
    );
  });

  it('writes the shapes the extraction looks for', () => {
    const all = notes.map((n) => n.text).join('\n');
    expect(all).toMatch(/^## [가-힣]{2,4} 님 특강$/m);
    expect(all).toMatch(/^Speaker: /m);
    expect(all).toMatch(/^## 20\d\d년$/m);
    expect(all).toMatch(/20\d\d년도?에 \S+ 대학원에 진학/);
    expect(all).toMatch(/In 20\d\d (?:she|he) (?:joined|co-founded) /);
  });

  it('has a skewed degree distribution: hubs and a long tail', () => {
    const notesPerEntity = new Map<string, number>();
    for (const note of notes) {
      for (const key of note.entities) {
        notesPerEntity.set(key, (notesPerEntity.get(key) ?? 0) + 1);
      }
    }
    const counts = [...notesPerEntity.values()].sort((a, b) => b - a);
    const top = counts[0] ?? 0;
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(top).toBeGreaterThanOrEqual(10 * median);
    expect(top).toBeGreaterThan(notes.length / 3);
    // The long tail: many entities appear in one or two notes only.
    expect(counts.filter((c) => c <= 2).length).toBeGreaterThan(counts.length / 4);
  });
});
