/**
 * Conferences the ontology has never heard of, found by the way events are written: an edition
 * (a "-con"/"-콘" name with its year: 데브콘 2024, KubeCon 2023), a name before a kind word
 * (Foo 컨퍼런스, the Bar Summit), or an acronym glossed as a conference (ABCD(국제…학회)).
 * Also: an edition's year belongs to the name as written (NeurIPS 2023 is a spelling of NeurIPS).
 */
import { EVENT_KIND_WORDS, GENERIC_EVENT_WORDS, NOT_EVENT_NAMES } from '../lexicon/event-words.ts';
import { type DiscoveredMention, mention } from './discovered.ts';
import type { Ontology } from './load-ontology.ts';
import { lookupAlias } from './match-ontology.ts';
import type { Mention } from './types.ts';

const YEAR = '(?:19|20)\\d{2}';
/** A "-con" name (capital C inside a Latin word, or a Hangul word ending in 콘) and its year. */
const EDITION = new RegExp(
  `(?<![\\p{L}\\p{N}])([A-Z][A-Za-z]*(?:Con|Conf)|[가-힣]{1,6}콘)\\s?(${YEAR})(?![\\p{N}])`,
  'gu',
);
const KIND = EVENT_KIND_WORDS.join('|');
/** One to three capitalised Latin words before a kind word: "Foo 컨퍼런스", "Bar Data Summit". */
const NAMED_BY_KIND = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:[A-Z][A-Za-z0-9]*)(?:\\s[A-Z][A-Za-z0-9]*){0,2})\\s?(?:${KIND})(?![\\p{L}])`,
  'gu',
);
/** An acronym glossed as a conference: ABCD(…학회), ABCD (… Conference on …). */
const GLOSSED_ACRONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])([A-Z]{3,6})\\s?\\((?=[^()\\n]{0,60}(?:학회|${KIND}))[^()\\n]{1,60}\\)`,
  'gu',
);

export function discoverConferences(text: string, ontology: Ontology | undefined): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  // Cheap marker tests first: the patterns would try every position of every note.
  const kindWord = EVENT_KIND_WORDS.some((word) => text.includes(word));
  const editions = text.includes('콘') || text.includes('Con') ? text.matchAll(EDITION) : [];
  for (const match of editions) {
    const name = match[1] ?? '';
    if (!NOT_EVENT_NAMES.has(name.toLowerCase())) {
      out.push(mention('Conference', name, match.index, match[0]));
    }
  }
  for (const match of kindWord ? text.matchAll(NAMED_BY_KIND) : []) {
    const name = match[1] ?? '';
    if (isEventName(name, ontology)) {
      out.push(mention('Conference', name, match.index, match[0].trimEnd()));
    }
  }
  for (const match of kindWord || text.includes('학회') ? text.matchAll(GLOSSED_ACRONYM) : []) {
    const name = match[1] ?? '';
    if (isEventName(name, ontology)) {
      out.push(mention('Conference', name, match.index, name));
    }
  }
  return out;
}

/** Not a generic word (AI 컨퍼런스, Developer Conference) and not an organisation's own event. */
function isEventName(name: string, ontology: Ontology | undefined): boolean {
  const first = name.split(' ')[0]?.toLowerCase() ?? '';
  if (name.length < 3 || GENERIC_EVENT_WORDS.has(first) || NOT_EVENT_NAMES.has(name.toLowerCase())) {
    return false;
  }
  return ontology === undefined || lookupAlias(ontology, name, 'Institution').length === 0;
}

const EDITION_YEAR = new RegExp(`^\\s?(?:${YEAR}|['’]\\d{2})(?![\\p{N}])`, 'u');

/**
 * A conference mention followed by its year (NeurIPS 2023, ICML'19) takes the year into its
 * spelling: the entity stays the series, and the edition as written becomes one of its aliases.
 */
export function withEditionYears<M extends Mention>(text: string, mentions: readonly M[]): M[] {
  return mentions.map((m) => {
    if (m.type !== 'Conference') {
      return m;
    }
    const year = EDITION_YEAR.exec(text.slice(m.end, m.end + 6));
    return year === null ? m : { ...m, surface: m.surface + year[0], end: m.end + year[0].length };
  });
}
