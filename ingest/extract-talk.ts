import { extractDecisions } from './extract/extract-decisions.ts';
import { extractEntities } from './extract/extract-entities.ts';
import type { ExtractedTalk } from './graph-rows.ts';
import type { TalkRecord } from './split-talks.ts';
import { fingerprint } from './text-fingerprint.ts';

/** Everything the graph learns from one talk: entities, career decisions, affiliations. */
export function extractTalk(talk: TalkRecord): ExtractedTalk {
  const { mentions, entities } = extractEntities(talk.text, { speakers: talk.speakers });
  const { decisions, affiliations } = extractDecisions({
    text: talk.text,
    date: talk.date,
    mentions,
    speakers: talk.speakers,
    narrator: talk.narrator,
  });
  return { talk, extraction: { entities, decisions, affiliations }, fingerprint: fingerprint(talk.text) };
}
