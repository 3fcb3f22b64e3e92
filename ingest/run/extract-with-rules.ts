import { canonicalPerson } from '../extract/canonical-person.ts';
import { checkDeadline } from '../extract/deadline.ts';
import { extractDecisions } from '../extract/extract-decisions.ts';
import { extractEntities } from '../extract/extract-entities.ts';
import type { ExtractedTalk } from '../load/graph-rows.ts';
import { fingerprint } from '../related/text-fingerprint.ts';
import type { TalkRecord } from '../split/split-talks.ts';

/** Everything the graph learns from one talk: entities, career decisions, affiliations. */
export function extractTalk(record: TalkRecord): ExtractedTalk {
  const talk = { ...record, speakers: record.speakers.map((name) => canonicalPerson(name)) };
  // The preamble goes after the talk's text, so mentions in the text keep their offsets and the
  // decision rules, which read only the text, never see the event header as a speaker's words.
  const read = talk.preamble ? `${talk.text}\n\n${talk.preamble}` : talk.text;
  const { mentions, entities } = extractEntities(read, { speakers: talk.speakers });
  checkDeadline();
  const { decisions, affiliations } = extractDecisions({
    text: talk.text,
    date: talk.date,
    mentions: mentions.filter((m) => m.end <= talk.text.length),
    speakers: talk.speakers,
    narrator: talk.narrator,
    title: talk.title,
  });
  return { talk, extraction: { entities, decisions, affiliations }, fingerprint: fingerprint(talk.text) };
}
