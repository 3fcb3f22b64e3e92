/**
 * Who took a step: a person named as the subject of the sentence, the narrator (the speaker or the
 * author), or nobody we can name (an honorific verb about someone else).
 */

import { firstIndex } from './binary-search.ts';
import { normalizeName } from './decision-context.ts';
import type { Context, Hit } from './decision-types.ts';
import { HONORIFIC_VERB, TITLE_SUBJECT } from './fact-checks.ts';
import type { Sentence } from './sentences.ts';
import type { Mention } from './types.ts';

const APPOSITION = /^\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?)?\s*\([^)]*$/;
/** APPOSITION's opening up to its parenthesis, read where a name ends. */
const APPOSITION_OPENING = /\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?)?\s*\(/y;
const SUBJECT_AFTER =
  /^\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?|상무님?|선생님?|이사님?|팀장님?|CTO|CEO)?\s*(?:은|는|이|가|께서|도)(?=\s)|^\s*(?:,\s|\s(?:and|has|had|was|is|then|later|joined|left|co-?founded|founded|became|moved|started|went|got|decided|holds|held|earned|received|completed|did|landed|secured|interned|worked|studied)\b)/;

/**
 * Who decided: the named person the sentence is about (and those joined to them: "A and B co-founded"),
 * null for the narrator (first person, no subject, or a speaker). [] when the subject is someone
 * unnamed (an honorific verb with no named subject: "두 분이 나가시고").
 */
export function personsFor(ctx: Context, sentence: Sentence, hit: Hit): Array<string | null> {
  const index = personIndex(ctx);
  const persons = index.persons;
  // The persons of the sentence before the cue are persons[from, to).
  const from = firstIndex(persons.length, (i) => (persons[i] as Mention).start >= sentence.start);
  const to = Math.max(
    from,
    firstIndex(persons.length, (i) => (persons[i] as Mention).end > hit.start),
  );
  const at = lastSubject(ctx, index, from, to, hit.start);
  if (at >= 0) {
    const group = [persons[at] as Mention];
    for (let i = at - 1; i >= from; i -= 1) {
      const person = persons[i] as Mention;
      const gap = ctx.text.slice(person.end, (group[0] as Mention).start);
      if (!/^\s*(?:님|씨)?\s*(?:,|and|와|과|&)\s*$/.test(gap)) {
        break;
      }
      group.unshift(person);
    }
    return [...new Set(group.map((m) => asNarrator(ctx, m)))];
  }
  const referent = referentBefore(ctx, index, sentence, hit.start);
  if (referent) {
    return [asNarrator(ctx, referent)];
  }
  const verb = firstWords(ctx.text.slice(hit.start, hit.clause.end), 3);
  // A note-taker reporting a talk honours its speaker ("2009년에 출국하셨다고"); in a story told
  // by its author, an honorific verb without a named subject is about someone else.
  const honorific = HONORIFIC_VERB.test(verb) && !ctx.reported;
  return honorific && !titleSubjectBefore(sentence, hit.start) ? [] : [null];
}

/**
 * The Person mentions of a talk and what makes each a subject, worked out once: a sentence with
 * thousands of names (a note with no sentence breaks) would otherwise rescan them for every cue.
 */
interface PersonIndex {
  persons: Mention[];
  /** Indices of the persons followed by a subject marker (SUBJECT_AFTER), ascending. */
  subjects: number[];
  /** Indices of the persons followed by an opening parenthesis (an apposition), ascending... */
  parens: number[];
  /** ...and where that parenthesis is, in the same order. */
  parenAt: number[];
  /** Whether parenAt rises with the index (it does unless mentions nest oddly); else persons are scanned. */
  sorted: boolean;
}

const personIndexes = new WeakMap<Context, PersonIndex>();

function personIndex(ctx: Context): PersonIndex {
  const known = personIndexes.get(ctx);
  if (known) {
    return known;
  }
  const persons = ctx.mentionsByType.get('Person') ?? [];
  const index: PersonIndex = { persons, subjects: [], parens: [], parenAt: [], sorted: true };
  persons.forEach((m, i) => {
    if (SUBJECT_AFTER.test(ctx.text.slice(m.end, m.end + 16)) || headsItsLine(ctx.text, m)) {
      index.subjects.push(i);
    }
    APPOSITION_OPENING.lastIndex = m.end;
    if (APPOSITION_OPENING.test(ctx.text)) {
      const paren = APPOSITION_OPENING.lastIndex - 1;
      index.sorted &&= paren >= (index.parenAt.at(-1) ?? -1);
      index.parens.push(i);
      index.parenAt.push(paren);
    }
  });
  personIndexes.set(ctx, index);
  return index;
}

/**
 * The last of persons[from, to) that is a subject: followed by a subject marker, or by a
 * parenthesis still open at the cue ("주재걸 교수님(… 카이스트로 옮기심)"); -1 when none is.
 */
function lastSubject(ctx: Context, index: PersonIndex, from: number, to: number, cue: number): number {
  if (!index.sorted) {
    for (let i = to - 1; i >= from; i -= 1) {
      const m = index.persons[i] as Mention;
      if (
        SUBJECT_AFTER.test(ctx.text.slice(m.end, m.end + 16)) ||
        APPOSITION.test(ctx.text.slice(m.end, cue))
      ) {
        return i;
      }
    }
    return -1;
  }
  const { subjects, parens, parenAt } = index;
  const marked = subjects[firstIndex(subjects.length, (k) => (subjects[k] as number) >= to) - 1] ?? -1;
  // Parentheses (and their persons) rise together: the last one opened before the cue, if no ")"
  // closes it before the cue.
  const k =
    firstIndex(parens.length, (k) => (parens[k] as number) >= to || (parenAt[k] as number) >= cue) - 1;
  const open = (parenAt[k] ?? -1) > ctx.lines.lastIndexOf(')', cue - 1) ? (parens[k] ?? -1) : -1;
  const last = Math.max(marked, open);
  return last >= from ? last : -1;
}

const FIRST_WORDS = /^(\S*)(?:\s+(\S*))?(?:\s+(\S*))?/;

/** `text.split(/\s+/).slice(0, 3).join(' ')` without splitting the rest of a long clause. */
function firstWords(text: string, count: 3): string {
  const match = FIRST_WORDS.exec(text) as RegExpExecArray;
  return match
    .slice(1, count + 1)
    .filter((word) => word !== undefined)
    .join(' ');
}

const titleSubjectEnd = new WeakMap<Sentence, number>();

/**
 * TITLE_SUBJECT.test(the sentence up to `cue`), from one scan per sentence: a match is a title word
 * with no space in it and needs a space right after, so the first match in the sentence is the
 * first to fit in any of its beginnings.
 */
function titleSubjectBefore(sentence: Sentence, cue: number): boolean {
  let end = titleSubjectEnd.get(sentence);
  if (end === undefined) {
    const match = TITLE_SUBJECT.exec(sentence.text);
    end = match ? sentence.start + match.index + match[0].length : Number.POSITIVE_INFINITY;
    titleSubjectEnd.set(sentence, end);
  }
  return end < cue;
}

function speakerIndex(ctx: Context, mention: Mention): number {
  const names = [normalizeName(mention.name), normalizeName(mention.surface)];
  return ctx.speakers.findIndex((speaker) =>
    names.some(
      (name) => name.length > 1 && (speaker === name || speaker.includes(name) || name.includes(speaker)),
    ),
  );
}

/**
 * A sentence about the speaker is the narrator's own (null); on a panel, where the narrator is
 * the first speaker only, a sentence naming another speaker keeps that speaker's name.
 */
export function asNarrator(ctx: Context, mention: Mention): string | null {
  const index = speakerIndex(ctx, mention);
  if (index < 0) {
    return mention.name;
  }
  return index === 0 || ctx.speakers.length < 2 ? null : (ctx.speakerNames[index] ?? mention.name);
}

/** A third-person pronoun standing for someone named before: he, she, 그는, 그녀가 … */
const PRONOUN =
  /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b|(?<![가-힣])(?:그는|그가|그녀는|그녀가|그의|그녀의|그도|그녀도)(?![가-힣])/u;
/** How far back a pronoun (or a panel's bare sentence) looks for the one it stands for. */
const REFERENT_REACH = 600;

/**
 * The person a subjectless sentence is about when the text says so: a pronoun before the cue ("He
 * co-founded …") or, in a talk of several speakers, a bare sentence after one of them was the
 * subject ("X 님은 …. 이후 … 이직하셨다") — the last subject named before, in the same paragraph.
 */
function referentBefore(ctx: Context, index: PersonIndex, sentence: Sentence, cue: number): Mention | null {
  const pronoun = PRONOUN.test(ctx.text.slice(sentence.start, cue));
  if (!pronoun && ctx.speakers.length < 2) {
    return null;
  }
  const { subjects, persons } = index;
  const k =
    firstIndex(subjects.length, (j) => (persons[subjects[j] as number] as Mention).end > sentence.start) - 1;
  const last = persons[subjects[k] ?? -1];
  if (!last || sentence.start - last.end > REFERENT_REACH) {
    return null;
  }
  return /\n[ \t]*\n/.test(ctx.text.slice(last.end, sentence.start)) ? null : last;
}

/** A name alone on its line (maybe bulleted, with an honorific): the heading of a bio or CV block. */
function headsItsLine(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const before = text.slice(lineStart, m.start);
  const after = text.slice(m.end, lineEnd < 0 ? text.length : lineEnd);
  return /^\s*(?:#+|[-*•])?\s*$/.test(before) && /^\s*(?:님|씨|교수님?|박사님?)?\s*$/.test(after);
}
