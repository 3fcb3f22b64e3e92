/**
 * Where a decision goes to and comes from: the institution or field named in its clause, read from
 * Korean particles (A에서 B로) and English prepositions (from A, to B).
 */
import { FILLER, mentionsIn, particleOf, toPlace } from './decision-context.ts';
import type { Context, Hit, Span } from './decision-types.ts';
import type { Mention, Place } from './types.ts';

interface Placed {
  from: Place | null;
  to: Place | null;
  toKind: string | null;
}

/**
 * From and to, from the mentions of the clause: Korean marks the goal with 로/으로/에 and the source
 * with 에서 ("A에서 B로"); the place of a Korean verb comes before it, of an English one after it.
 */
export function placesFor(ctx: Context, hit: Hit): Placed {
  const kind = hit.cue.kind;
  const type = kind === 'major_change' ? 'Topic' : 'Institution';
  const all = mentionsIn(ctx, hit.clause, type);
  const before = all.filter((m) => m.end <= hit.end).reverse();
  const after = all.filter(
    (m) =>
      m.start >= hit.end && (!hit.cue.placeRightAfter || RIGHT_AFTER.test(ctx.text.slice(hit.end, m.start))),
  );
  const goals = before.filter((m) => ['로', '으로', '에'].includes(particleOf(ctx, m)));
  // An English verb names its place after it ("joined X", "left X for Y"); a Korean one before it.
  const english = !/[가-힣]/.test(ctx.text.slice(hit.start, hit.end));
  let to: Mention | undefined;
  if (kind === 'major_change') {
    to =
      goals[0] ??
      (hit.cue.tag === 'double-major' ? nearest(before, after, hit) : undefined) ??
      afterTo(ctx, hit);
  } else if (kind !== 'left') {
    const korean = goals[0] ?? before.find((m) => !['와', '과', '도'].includes(particleOf(ctx, m)));
    to = english ? (after[0] ?? korean) : (korean ?? after[0]);
  }
  const source = before.find((m) => m !== to && (kind === 'left' || isSource(ctx, m)));
  const leftFrom = kind === 'left' ? (source ?? after[0]) : undefined;
  // "A에서 B로": a source only counts against a 로/으로 goal ("재단에서 마련한 … 대학교에" is no move),
  // unless the source is left outright ("A를 떠나 B에 합류").
  const towards = to && (['로', '으로'].includes(particleOf(ctx, to)) || (source && isLeft(ctx, source)));
  const from =
    kind === 'left' ? leftFrom : towards && source && source.start < (to?.start ?? 0) ? source : undefined;
  return { from: toPlace(from ?? englishFrom(ctx, hit, type)), to: toPlace(to), toKind: to?.kind ?? null };
}

const LEFT_AFTER = new RegExp(
  `^${FILLER}(?:을|를|에서)?\\s*(?:[^\\s,.]+\\s+){0,2}?(?:나와|나오|나왔|그만두|그만뒀|떠나|떠났|퇴사)`,
);
const WORKED_AFTER = new RegExp(`^${FILLER}에서\\s*(?:[^\\s,.]+\\s+){0,3}?(?:일하|근무하|다니)(?:다가|던)`);

/** "A를 떠나", "A에서 나와", "A 퇴사": the mention is a place the narrator left. */
function isLeft(ctx: Context, mention: Mention): boolean {
  return LEFT_AFTER.test(ctx.text.slice(mention.end, mention.end + 30));
}

/**
 * The place a step leaves behind, told earlier in its sentence: "A에서 5년 일하다가 나와서 창업",
 * "A를 떠나 B에 합류", "after leaving A, …". Null when the sentence names none.
 */
export function placeLeftBefore(ctx: Context, span: Span): Place | null {
  const found = mentionsIn(ctx, span, 'Institution')
    .reverse()
    .find((m) => {
      const after = ctx.text.slice(m.end, Math.min(span.end, m.end + 40));
      const before = ctx.text.slice(Math.max(span.start, m.start - 12), m.start);
      return (
        LEFT_AFTER.test(after) ||
        (WORKED_AFTER.test(after) && /나와|나오|나왔|그만|떠나|떠났|퇴사/.test(after)) ||
        /\b(?:left|leaving|quit)\s+(?:the\s+)?$/i.test(before)
      );
    });
  return toPlace(found);
}

const RIGHT_AFTER = /^\s*(?:(?:the|a|an)\s+)?$/i;

/** "A에서 …", "A를 거쳐 …": where a move starts. */
function isSource(ctx: Context, mention: Mention): boolean {
  const after = ctx.text.slice(mention.end, mention.end + 12);
  return particleOf(ctx, mention) === '에서' || /^[)\]]*\s*(?:을|를)\s*거쳐/.test(after);
}

export function nearest(before: Mention[], after: Mention[], hit: Hit): Mention | undefined {
  const close = [
    ...before.filter((m) => hit.start - m.end <= 10),
    ...after.filter((m) => m.start - hit.end <= 10),
  ];
  return close[0];
}

/** English "… to X": the first mention after the cue preceded by "to"/"into" (or right after "… for"). */
function afterTo(ctx: Context, hit: Hit): Mention | undefined {
  const lead = hit.cue.placeRightAfter ? RIGHT_AFTER : /\b(?:to|into)\s+$/i;
  return mentionsIn(ctx, hit.clause, 'Topic').find(
    (m) => m.start >= hit.end && lead.test(ctx.text.slice(hit.end, m.start)),
  );
}

/** English "from X", "left X for Y": the mention after "from" or "left" in the clause of the cue. */
function englishFrom(ctx: Context, hit: Hit, type: Mention['type']): Mention | undefined {
  return mentionsIn(ctx, hit.clause, type).find((m) =>
    /\b(?:from|leave|left|leaving|quit)\s+(?:the\s+)?$/i.test(ctx.text.slice(hit.start, m.start)),
  );
}

const MAJOR_CONTEXT =
  /전공|학과|과(?:를|에|로|였|이|에서|[\s.,)]|$)|졸업|학부|출신|\bmajor|\bdegree|\bstudied/i;
const LOOK_BACK = 10;

/** The field left behind by a major change, told a few sentences earlier ("원래 전공은 건축학이었다"). */
export function previousMajor(ctx: Context, index: number, cueStart: number, to: Place | null): Place | null {
  for (let i = index; i >= Math.max(0, index - LOOK_BACK); i -= 1) {
    const sentence = ctx.sentences[i];
    if (!sentence || (sentence.heading !== null && i !== index)) {
      return null;
    }
    const end = i === index ? cueStart : sentence.end;
    const topics = mentionsIn(ctx, { start: sentence.start, end }, 'Topic')
      .filter((m) => m.name !== to?.name)
      .reverse();
    // The sentence of the change itself is about majors; an earlier one must say so.
    if (topics.length > 0 && (i === index || MAJOR_CONTEXT.test(ctx.text.slice(sentence.start, end)))) {
      const local = topics.find((m) => MAJOR_CONTEXT.test(ctx.text.slice(m.start, Math.min(end, m.end + 8))));
      return toPlace(local ?? topics[0]);
    }
  }
  return null;
}
