/**
 * The per-talk context of the decision extractor and the small lookups every step shares:
 * mentions inside a span, the particle glued to a mention, places from mentions.
 */

import { firstIndex } from './binary-search.ts';
import { UNIVERSITY } from './decision-cues.ts';
import type { Context, DecisionInput, Span } from './decision-types.ts';
import { sectionYears, talkYearOf } from './resolve-year.ts';
import { splitSentences } from './sentences.ts';
import { TextLines } from './text-lines.ts';
import type { Mention, Place } from './types.ts';

export function makeContext(input: DecisionInput): Context {
  const sentences = splitSentences(input.text);
  const mentions = nonOverlapping(input.mentions);
  return {
    text: input.text,
    sentences,
    sections: sectionYears(sentences),
    talkYear: talkYearOf(input.date),
    mentions,
    mentionsByType: byType(mentions),
    lines: new TextLines(input.text),
    speakers: input.speakers.map(normalizeName).filter((name) => name.length > 0),
    speakerNames: input.speakers.filter((name) => normalizeName(name).length > 0),
    reported: input.narrator === 'speaker' && input.speakers.length > 0,
    title: squeeze(input.title ?? ''),
  };
}

/** Mentions in text order; of two overlapping ones the longer stays (네이버 클로바 over 네이버). */
function nonOverlapping(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) {
      kept.push(mention);
    } else if (mention.end - mention.start > last.end - last.start) {
      kept[kept.length - 1] = mention;
    }
  }
  return kept;
}

function byType(mentions: readonly Mention[]): Map<Mention['type'], Mention[]> {
  const index = new Map<Mention['type'], Mention[]>();
  for (const mention of mentions) {
    const list = index.get(mention.type);
    if (list) {
      list.push(mention);
    } else {
      index.set(mention.type, [mention]);
    }
  }
  return index;
}

/** Text compared without its spacing and heading marks. */
export function squeeze(text: string): string {
  return text.replace(/^#+\s*/, '').replace(/\s+/g, '');
}

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(?:교수님|교수|마스터님|마스터|님|씨)$/u, '')
    .replace(/[\s.·-]/g, '');
}

/**
 * What may stand between an institution and its particle: a closing bracket, a field word, or a
 * unit of it, maybe after one more word ("KAIST 전산학부", "구글 딥마인드 런던 오피스로").
 */
export const FILLER = String.raw`[)\]」』"'’”]*\s*(?:(?:쪽|분야|계열|학과|과|전공|(?:[^\s,.()]{1,12}\s+)?[^\s,.()]{0,12}(?:대학원|학부|학과|연구소|연구실|센터|팀|랩|본부|오피스|지사|본사|지점|캠퍼스|사무소))\s*)?`;

/**
 * The mentions of a type inside a span, in text order. Every sentence, clause and cue asks this,
 * so a long note would pay mentions × sentences for a scan: the mentions of a type sit in a sorted
 * array instead, found by binary search. They do not overlap, so their ends are sorted too and the
 * span's mentions are one run of it.
 */
export function mentionsIn(ctx: Context, span: Span, type: Mention['type']): Mention[] {
  const { list, from, to } = mentionRange(ctx, span, type);
  return list.slice(from, to);
}

/** The last of `mentionsIn(ctx, span, type)`, without copying the others. */
export function lastMentionIn(ctx: Context, span: Span, type: Mention['type']): Mention | undefined {
  const { list, from, to } = mentionRange(ctx, span, type);
  return to > from ? list[to - 1] : undefined;
}

function mentionRange(ctx: Context, span: Span, type: Mention['type']) {
  const list = ctx.mentionsByType.get(type) ?? [];
  const from = firstIndex(list.length, (i) => (list[i] as Mention).start >= span.start);
  const to = from + firstIndex(list.length - from, (i) => (list[from + i] as Mention).end > span.end);
  return { list, from, to };
}

const PARTICLE = new RegExp(`^${FILLER}(에서|으로|로|에게|에|을|를|은|는|이|가|의|와|과|도)?`);

export function particleOf(ctx: Context, mention: Mention): string {
  return PARTICLE.exec(ctx.text.slice(mention.end, mention.end + 30))?.[1] ?? '';
}

/** A known kind decides (Samsung's "Institute of Technology" is a lab); the name only when none is known. */
export function isUniversity(mention: Mention): boolean {
  if (mention.kind) {
    return mention.kind === 'university';
  }
  return UNIVERSITY.test(mention.name) || UNIVERSITY.test(mention.surface);
}

export function toPlace(mention: Mention | undefined): Place | null {
  return mention ? { type: mention.type === 'Topic' ? 'Topic' : 'Institution', name: mention.name } : null;
}
