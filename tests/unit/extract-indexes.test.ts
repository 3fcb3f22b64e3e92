/**
 * The indexes that keep extraction linear in note length answer exactly what the scans they
 * replace answered: each is checked against that scan on seeded random texts and spans.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/synthetic/random.ts';
import { makeContext, mentionsIn } from '../../ingest/extract/decision-context.ts';
import type { Hit } from '../../ingest/extract/decision-types.ts';
import { conditionBefore } from '../../ingest/extract/fact-checks.ts';
import { NoteTakersAsides } from '../../ingest/extract/note-taker.ts';
import type { Sentence } from '../../ingest/extract/sentences.ts';
import { SpanBuckets } from '../../ingest/extract/span-buckets.ts';
import { TextLines } from '../../ingest/extract/text-lines.ts';
import type { Mention } from '../../ingest/extract/types.ts';

/** The same seed, the same cases. */
const random = mulberry32;

function textOf(next: () => number, pieces: readonly string[], count: number): string {
  return Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

describe('indexes of a talk text', () => {
  it('finds line starts, line ends and last characters as lastIndexOf and indexOf do', () => {
    const next = random(1);
    for (let round = 0; round < 50; round += 1) {
      const text = textOf(next, ['\n', '(', ')', 'a', ' ', '가', '\n\n'], Math.floor(next() * 60));
      const lines = new TextLines(text);
      for (let offset = -2; offset <= text.length + 2; offset += 1) {
        expect(lines.lineStart(offset)).toBe(text.lastIndexOf('\n', offset - 1) + 1);
        expect(lines.lineEnd(offset)).toBe(text.indexOf('\n', offset));
        expect(lines.lastIndexOf(')', offset)).toBe(text.lastIndexOf(')', offset));
      }
    }
  });

  it('finds the spans overlapping a span as a scan of all of them does, removals and empty spans included', () => {
    const next = random(2);
    const span = () => {
      const start = Math.floor(next() * 400);
      return { start, end: start + Math.floor(next() * (next() < 0.1 ? 300 : 12)) };
    };
    const buckets = new SpanBuckets<{ start: number; end: number }>();
    const all: { start: number; end: number }[] = [];
    for (let round = 0; round < 400; round += 1) {
      const added = span();
      buckets.add(added);
      all.push(added);
      if (next() < 0.2) {
        const removed = all.splice(Math.floor(next() * all.length), 1)[0];
        if (removed) {
          buckets.remove(removed);
        }
      }
      const query = span();
      const expected = all.filter((s) => s.start < query.end && query.start < s.end);
      expect(new Set(buckets.overlapping(query.start, query.end))).toEqual(new Set(expected));
    }
  });

  it('finds the mentions of a type inside a span as a filter of all mentions does', () => {
    const next = random(3);
    const types: Mention['type'][] = ['Institution', 'Person', 'Topic'];
    for (let round = 0; round < 30; round += 1) {
      const mentions: Mention[] = Array.from({ length: 80 }, () => {
        const start = Math.floor(next() * 500);
        const type = types[Math.floor(next() * types.length)] as Mention['type'];
        const end = start + 1 + Math.floor(next() * 8);
        return { type, name: 'x', surface: 'x', start, end, kind: null, origin: 'ontology' as const };
      });
      const ctx = makeContext({ text: 'x'.repeat(520), date: null, mentions, speakers: [] });
      for (let query = 0; query < 40; query += 1) {
        const start = Math.floor(next() * 520);
        const span = { start, end: start + Math.floor(next() * 120) };
        for (const type of types) {
          const expected = ctx.mentions.filter(
            (m) => m.type === type && m.start >= span.start && m.end <= span.end,
          );
          expect(mentionsIn(ctx, span, type)).toEqual(expected);
        }
      }
    }
  });

  it("tells a note-taker's aside as the scan of the line up to the offset did", () => {
    const next = random(4);
    const pieces = [
      '(나: ',
      '( me :',
      '(my take:',
      ')',
      '\n',
      '내 생각: ',
      '- 나: ',
      'x',
      ' ',
      '나는 ',
      '(',
      '\n\n',
    ];
    for (let round = 0; round < 60; round += 1) {
      const text = textOf(next, pieces, Math.floor(next() * 40));
      const asides = new NoteTakersAsides(text);
      for (let offset = 0; offset <= text.length; offset += 1) {
        expect(asides.covers(offset), JSON.stringify({ text, offset })).toBe(scannedAside(text, offset));
      }
    }
  });

  it('reads a condition before a cue as the scan of the sentence up to the cue did', () => {
    const next = random(5);
    const pieces = [
      '하면',
      '반면',
      '이면',
      '면',
      ' ',
      ',',
      '.',
      'if',
      'If ',
      'unless',
      'x',
      '가',
      '라면서 ',
      'whether',
    ];
    for (let round = 0; round < 80; round += 1) {
      const text = textOf(next, pieces, Math.floor(next() * 30));
      const sentence: Sentence = { text, start: 7, end: 7 + text.length, block: 0, heading: null };
      for (let at = 0; at <= text.length; at += 1) {
        const hit = { start: 7 + at, end: 7 + at } as Hit;
        expect(conditionBefore(sentence, hit), JSON.stringify({ text, at })).toBe(scannedCondition(text, at));
      }
    }
  });
});

/** The scan inNoteTakersAside made before the asides were indexed. */
function scannedAside(text: string, offset: number): boolean {
  const ASIDE_OPEN = /\(\s*(?:나|내\s?생각|사견|개인적(?:인\s?생각|으로)?|me|my take)\s*[:：]/giu;
  const ASIDE_LINE =
    /^\s*(?:[-*•>]\s*)?(?:\*\*)?(?:나|내\s?생각|사견|개인적인\s?생각|느낀\s?점|my take)(?:\*\*)?\s*[:：]/iu;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const head = text.slice(lineStart, offset + 12);
  if (ASIDE_LINE.test(head)) {
    return true;
  }
  let open = -1;
  for (const match of head.matchAll(ASIDE_OPEN)) {
    if (match.index <= offset - lineStart) {
      open = match.index;
    }
  }
  return open >= 0 && !text.slice(lineStart + open, offset).includes(')');
}

/** The scan conditionBefore made before it read each sentence once. */
function scannedCondition(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (/\b(?:if|unless|whether)\b/i.test(before)) {
    return true;
  }
  for (const match of before.matchAll(/[가-힣]*면(?=[\s,]|$)/g)) {
    if (!/(?:반|측|방|전|이|화|표|국|지|평|장|내|외|당|대|직|라|보)면$/.test(match[0])) {
      return true;
    }
  }
  return false;
}
