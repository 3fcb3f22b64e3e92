import { describe, expect, it } from 'vitest';
import { type RelatedInput, relatedTalkChunks, relatedTalks } from '../../ingest/related/related-talks.ts';
import { fingerprint } from '../../ingest/related/text-fingerprint.ts';

const countOf = (generator: Iterable<unknown>) => [...generator].length;

const entity = (id: string) => ({ id, name: id.split(':')[1] ?? id });

/** Ten talks that all mention a hub; a few share rarer entities. */
function corpus(): RelatedInput[] {
  const talks: RelatedInput[] = [];
  for (let i = 0; i < 10; i += 1) {
    talks.push({ id: `talk:${i}`, entities: [entity('model:bert')], fingerprint: [] });
  }
  talks[0]?.entities.push(entity('dataset:korquad'), entity('institution:kakao'));
  talks[1]?.entities.push(entity('dataset:korquad'), entity('institution:kakao'));
  talks[2]?.entities.push(entity('institution:kakao'));
  return talks;
}

describe('relatedTalks', () => {
  it('ranks a talk sharing rare entities above one sharing a common one, and names them', () => {
    const edges = relatedTalks(corpus()).filter((e) => e.source === 'talk:0');
    expect(edges[0]?.target).toBe('talk:1');
    expect(edges[0]?.reasons[0]).toMatch(/^shared: (korquad, kakao|kakao, korquad)/);
    const second = edges.find((e) => e.target === 'talk:2');
    expect(second && edges[0] && second.score < edges[0].score).toBe(true);
  });

  it('names equally weighted shared entities in the same order whatever order the talks list them', () => {
    const pair = (first: string[]): RelatedInput[] => [
      { id: 'talk:a', entities: first.map(entity), fingerprint: [] },
      { id: 'talk:b', entities: ['model:t5', 'dataset:squad'].map(entity), fingerprint: [] },
      { id: 'talk:c', entities: [entity('model:bert')], fingerprint: [] },
    ];
    const reasons = (first: string[]) =>
      relatedTalks(pair(first)).find((e) => e.source === 'talk:a')?.reasons[0];
    expect(reasons(['model:t5', 'dataset:squad'])).toBe('shared: squad, t5');
    expect(reasons(['dataset:squad', 'model:t5'])).toBe('shared: squad, t5');
  });

  it('keeps at most perTalk edges per talk, best first, and drops those under minScore', () => {
    const edges = relatedTalks(corpus(), { perTalk: 1 });
    const fromFirst = edges.filter((e) => e.source === 'talk:0');
    expect(fromFirst).toHaveLength(1);
    expect(relatedTalks(corpus(), { minScore: 2 })).toEqual([]);
  });

  it('gives the same edges a chunk of source talks at a time, each chunk non-empty', () => {
    const talks = corpus();
    for (const size of [1, 3, 10, 50]) {
      const chunks = [...relatedTalkChunks(talks, {}, size)];
      expect(chunks.flat()).toEqual(relatedTalks(talks));
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      // Every source talk's edges sit in one chunk: a chunk ends on a talk boundary.
      const chunkOf = new Map(chunks.flatMap((chunk, i) => chunk.map((e) => [e.source, i] as const)));
      expect(chunks.every((chunk, i) => chunk.every((e) => chunkOf.get(e.source) === i))).toBe(true);
    }
    expect(countOf(relatedTalkChunks(talks, {}, 1))).toBeGreaterThan(1);
  });

  it('relates talks by wording alone when they share no entity', () => {
    const text = '대학원 진학 대신 스타트업에 합류해 음성인식 모델을 만들었다';
    const talks: RelatedInput[] = [
      { id: 'talk:a', entities: [], fingerprint: fingerprint(text) },
      { id: 'talk:b', entities: [], fingerprint: fingerprint(`${text} 그리고 배운 점`) },
      { id: 'talk:c', entities: [], fingerprint: fingerprint('completely different English words here') },
    ];
    const edges = relatedTalks(talks);
    expect(edges.some((e) => e.source === 'talk:a' && e.target === 'talk:b')).toBe(true);
    expect(edges.some((e) => e.target === 'talk:c' || e.source === 'talk:c')).toBe(false);
    expect(edges.find((e) => e.source === 'talk:a')?.reasons.join()).toMatch(/similar wording/);
  });
});

describe('fingerprint', () => {
  it('is the most frequent character trigrams, the same for the same text', () => {
    const grams = fingerprint('BERT BERT 버트를 버트가');
    expect(grams).toEqual(fingerprint('BERT BERT 버트를 버트가'));
    expect(grams[0]).toBe(' be');
    expect(grams).toContain(' 버트');
    expect(fingerprint('x'.repeat(10), 3).length).toBeLessThanOrEqual(3);
  });
});
