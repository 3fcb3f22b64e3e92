/**
 * Who took a step: a person named as the subject of the sentence, the narrator (the speaker or the
 * author), or nobody we can name (an honorific verb about someone else).
 */

import { mentionsIn, normalizeName } from './decision-context.ts';
import type { Context, Hit } from './decision-types.ts';
import { HONORIFIC_VERB, TITLE_SUBJECT } from './fact-checks.ts';
import type { Sentence } from './sentences.ts';
import type { Mention } from './types.ts';

const APPOSITION = /^\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?)?\s*\([^)]*$/;
const SUBJECT_AFTER =
  /^\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?|상무님?|선생님?|이사님?|팀장님?|CTO|CEO)?\s*(?:은|는|이|가|께서|도)(?=\s)|^\s*(?:,\s|\s(?:and|has|had|was|is|then|later|joined|left|co-?founded|founded|became|moved|started|went|got|decided)\b)/;

/**
 * Who decided: the named person the sentence is about (and those joined to them: "A and B co-founded"),
 * null for the narrator (first person, no subject, or a speaker). [] when the subject is someone
 * unnamed (an honorific verb with no named subject: "두 분이 나가시고").
 */
export function personsFor(ctx: Context, sentence: Sentence, hit: Hit): Array<string | null> {
  const persons = mentionsIn(ctx, { start: sentence.start, end: hit.start }, 'Person');
  const subjects = persons.filter((m) => {
    // "주재걸 교수님(… 카이스트로 옮기심)": a parenthesis after a name describes that person.
    return (
      SUBJECT_AFTER.test(ctx.text.slice(m.end, m.end + 16)) ||
      APPOSITION.test(ctx.text.slice(m.end, hit.start))
    );
  });
  const subject = subjects.at(-1);
  if (subject) {
    const group = [subject];
    for (let i = persons.indexOf(subject) - 1; i >= 0; i -= 1) {
      const person = persons[i] as Mention;
      const gap = ctx.text.slice(person.end, (group[0] as Mention).start);
      if (!/^\s*(?:님|씨)?\s*(?:,|and|와|과|&)\s*$/.test(gap)) {
        break;
      }
      group.unshift(person);
    }
    return [...new Set(group.map((m) => asNarrator(ctx, m)))];
  }
  const verb = ctx.text.slice(hit.start, hit.clause.end).split(/\s+/).slice(0, 3).join(' ');
  // A note-taker reporting a talk honours its speaker ("2009년에 출국하셨다고"); in a story told
  // by its author, an honorific verb without a named subject is about someone else.
  const honorific = HONORIFIC_VERB.test(verb) && !ctx.reported;
  return honorific && !TITLE_SUBJECT.test(ctx.text.slice(sentence.start, hit.start)) ? [] : [null];
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
