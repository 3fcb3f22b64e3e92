/**
 * Folds a talk's mentions into entities: every spelling of one entity becomes one TalkEntity
 * (ontology aliases; discovered names compared without case, spaces and hyphens), a partial
 * name (활석님, Müller 교수님) joins the full name the same talk or its speakers give, and things
 * of different types never merge even when their names coincide.
 */
import { removePersonalData } from '../text/personal-data.ts';
import { canonicalPerson } from './canonical-person.ts';
import { checkDeadline } from './deadline.ts';
import type { DiscoveredMention } from './discover-entities.ts';
import { entityKey } from './entity-key.ts';
import { koreanShortForms } from './korean-short-forms.ts';
import type { Ontology, OntologyEntity } from './load-ontology.ts';
import { lookupAlias } from './match-ontology.ts';
import { applyParenthesisedAliases } from './parenthesised-aliases.ts';
import type { Mention, TalkEntity } from './types.ts';

export interface ResolveOptions {
  ontology?: Ontology;
  /** The talk's speakers: context for nicknames (활석님 → 이활석) when the text has no full name. */
  speakers?: readonly string[];
}

export interface Resolved {
  mentions: Mention[];
  entities: TalkEntity[];
}

export const SNIPPET_MAX = 160;

export function resolveEntities(
  text: string,
  mentions: readonly DiscoveredMention[],
  options: ResolveOptions = {},
): Resolved {
  const canonical = applyParenthesisedAliases(
    text,
    mentions.map((m) => canonicalise(m, options.ontology)),
  );
  const whole = canonical.filter((m) => m.partial === undefined);
  const people = fullNames(whole, options);
  const resolved: Mention[] = [];
  for (const m of canonical) {
    checkDeadline();
    const name = m.partial === undefined ? m.name : completeName(m, people);
    if (name !== null) {
      const { partial: _partial, specific: _specific, ...plain } = m;
      resolved.push({ ...plain, name });
    }
  }
  resolved.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions: resolved, entities: foldEntities(text, resolved) };
}

/** A discovered spelling that the ontology knows takes the ontology's name and kind. */
function canonicalise(m: DiscoveredMention, ontology: Ontology | undefined): DiscoveredMention {
  if (m.origin === 'ontology' || ontology === undefined || m.partial !== undefined) {
    return m;
  }
  const [known, ...others] = lookupKnown(ontology, m);
  if (known === undefined || others.length > 0) {
    return m;
  }
  return { ...m, name: known.name, kind: known.kind ?? m.kind };
}

/** The ontology's entities for a spelling, or for the other forms of a Korean institution name. */
function lookupKnown(ontology: Ontology, m: DiscoveredMention): OntologyEntity[] {
  const direct = lookupAlias(ontology, m.name, m.type);
  if (direct.length > 0 || m.type !== 'Institution') {
    return direct;
  }
  const found = new Set(koreanShortForms(m.name).flatMap((form) => lookupAlias(ontology, form, m.type)));
  return [...found];
}

interface FullName {
  name: string;
  spellings: string[];
}

/** Every person the talk names in full, with the spellings used, plus its speakers. */
function fullNames(mentions: readonly Mention[], options: ResolveOptions): FullName[] {
  const byName = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type === 'Person') {
      const spellings = byName.get(m.name) ?? new Set<string>();
      spellings.add(m.name).add(m.surface);
      byName.set(m.name, spellings);
    }
  }
  for (const speaker of options.speakers ?? []) {
    // The speakers' names settled as the talk's own speakers are (one rule, canonical-person.ts).
    const name =
      options.ontology === undefined ? speaker.trim() : canonicalPerson(speaker.trim(), options.ontology);
    const spellings = byName.get(name) ?? new Set<string>();
    spellings.add(name).add(speaker.trim());
    byName.set(name, spellings);
  }
  return [...byName].map(([name, spellings]) => ({ name, spellings: [...spellings] }));
}

/** The one full name a partial name belongs to in this talk, or null (never guessed). */
function completeName(m: DiscoveredMention, people: readonly FullName[]): string | null {
  const fits = m.partial === 'given' ? endsWithGivenName(m.name) : endsWithSurname(m.name);
  const candidates = people.filter((person) => person.spellings.some(fits));
  return candidates.length === 1 && candidates[0] !== undefined ? candidates[0].name : null;
}

/** 이활석 for 활석; 남궁민수 for 민수 (a one- or two-syllable surname in front). */
function endsWithGivenName(given: string): (spelling: string) => boolean {
  return (spelling) => {
    const compact = spelling.replace(/\s+/g, '');
    const extra = compact.length - given.length;
    return /^[가-힣]+$/u.test(compact) && (extra === 1 || extra === 2) && compact.endsWith(given);
  };
}

/** Klaus-Robert Müller for Müller: the last word of a Latin full name, accents and case aside. */
function endsWithSurname(surname: string): (spelling: string) => boolean {
  const plain = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const target = plain(surname);
  return (spelling) => {
    const words = spelling.trim().split(/[\s-]+/);
    return words.length >= 2 && plain(words[words.length - 1] ?? '') === target;
  };
}

function foldEntities(text: string, mentions: readonly Mention[]): TalkEntity[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = entityKey(m.type, m.name);
    const group = groups.get(key) ?? [];
    group.push(m);
    groups.set(key, group);
  }
  const entities: TalkEntity[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) {
      continue;
    }
    // The ontology's spelling names the entity when any mention comes from it.
    const named = group.find((m) => m.origin === 'ontology') ?? first;
    entities.push({
      type: first.type,
      name: named.name,
      kind: group.find((m) => m.kind !== null)?.kind ?? null,
      aliases: spellings(named.name, group),
      count: group.length,
      snippet: snippetAround(text, first.start, first.end),
    });
  }
  return entities;
}

/** Canonical name first, then every distinct spelling as written. */
function spellings(name: string, group: readonly Mention[]): string[] {
  const seen = new Set<string>([name]);
  for (const m of group) {
    const spelling = m.surface.replace(/\s+/g, ' ').trim();
    if (spelling.length > 0) {
      seen.add(spelling);
    }
  }
  return [...seen];
}

const CONTEXT = 200;
/** No e-mail address or phone number is possible without one of these: skip the costly patterns. */
const MAYBE_PERSONAL = /[@＠]|\[at\]|\(at\)|\d{3}/i;

/**
 * ≤ 160 characters around text[start, end): whitespace collapsed, e-mail addresses and phone
 * numbers removed. The window is widened to whitespace first so no half address survives the cut.
 */
export function snippetAround(text: string, start: number, end: number, max = SNIPPET_MAX): string {
  const from = widen(text, Math.max(0, start - CONTEXT), -1);
  const to = widen(text, Math.min(text.length, end + CONTEXT), 1);
  const clean = (value: string) =>
    (MAYBE_PERSONAL.test(value) ? removePersonalData(value) : value).replace(/\s+/g, ' ');
  const before = clean(text.slice(from, start)).trimStart();
  const after = clean(text.slice(end, to)).trimEnd();
  const middle = text.slice(start, end).replace(/\s+/g, ' ').slice(0, max);
  const room = max - middle.length;
  const rightRoom = Math.max(Math.floor(room / 2), room - before.length);
  const right = cutWords(after.slice(0, rightRoom), 'end', after.length > rightRoom);
  const leftRoom = room - right.length;
  const left = cutWords(
    before.slice(Math.max(0, before.length - leftRoom)),
    'start',
    before.length > leftRoom,
  );
  return `${left}${middle}${right}`.trim();
}

/** Moves an index outwards to the nearest whitespace (at most 80 characters). */
function widen(text: string, index: number, direction: -1 | 1): number {
  let i = index;
  for (let steps = 0; steps < 80 && i > 0 && i < text.length && !/\s/.test(text[i] ?? ''); steps += 1) {
    i += direction;
  }
  return Math.max(0, Math.min(text.length, i));
}

/** Drops a word cut in half at the outer edge of a snippet. */
function cutWords(value: string, edge: 'start' | 'end', truncated: boolean): string {
  if (!truncated) {
    return value;
  }
  if (edge === 'start') {
    const space = value.indexOf(' ');
    return space >= 0 && space < 20 ? value.slice(space) : value;
  }
  const space = value.lastIndexOf(' ');
  return space >= 0 && value.length - space < 20 ? value.slice(0, space) : value;
}
