/**
 * The model's answers for one talk, grounded (ground.ts) and merged into what the rules found.
 * Model facts go through the rules' resolution: a name the talk's rule entities or speakers
 * already spell becomes that entity, else the ontology's canonical name, else the name as
 * written; so one entity is one node whoever found it. A fact both found is marked as found by
 * both; a decision on which they disagree (kind or year) is kept twice, once per telling, for the
 * career consolidation to weigh. Rule facts come first and keep their order (and so their ids).
 */
import { entityId } from '../../graph/ids.ts';
import type { EntityType } from '../../graph/model.ts';
import { GENERIC_PLACES, isJunk } from '../extract/discover-entities.ts';
import { aliasKey, loadOntology } from '../extract/load-ontology.ts';
import { lookupAlias } from '../extract/match-ontology.ts';
import { snippetAround } from '../extract/resolve-entities.ts';
import { toEvidence } from '../extract/sentences.ts';
import type { ExtractedDecision, Place, TalkEntity } from '../extract/types.ts';
import type { ExtractedTalk, Extractor, FoundBy } from '../load/graph-rows.ts';
import type { ModelAnswer, ModelDecision, ModelEntity } from './answer-schema.ts';
import { GroundText } from './ground.ts';

/** What the model added, confirmed and lost to grounding (summed over a run in the report). */
export interface MergeCounts {
  added: { speakers: number; entities: number; decisions: number };
  confirmed: { entities: number; decisions: number };
  /** Facts dropped: evidence not found verbatim, a name not in the text, an item off the schema. */
  dropped: { evidence: number; name: number; invalid: number };
  /** Years the evidence does not support, removed from facts that were kept. */
  yearsRemoved: number;
}

export function emptyCounts(): MergeCounts {
  return {
    added: { speakers: 0, entities: 0, decisions: 0 },
    confirmed: { entities: 0, decisions: 0 },
    dropped: { evidence: 0, name: 0, invalid: 0 },
    yearsRemoved: 0,
  };
}

type Entity = TalkEntity & FoundBy;
type Decision = ExtractedDecision & FoundBy;

const BOTH: Extractor[] = ['rules', 'llm'];
const MODEL: Extractor[] = ['llm'];

export function mergeModelFacts(
  extracted: ExtractedTalk,
  answers: readonly ModelAnswer[],
  counts: MergeCounts,
): ExtractedTalk {
  const { talk } = extracted;
  // Entities may be named in the event's header (the preamble), decisions only in the talk.
  const read = talk.preamble ? `${talk.text}\n\n${talk.preamble}` : talk.text;
  const ground = new GroundText(read, talk.date);
  const merge = new Merge(extracted, read, ground, counts);
  for (const answer of answers) {
    counts.dropped.invalid += answer.invalid;
  }
  merge.speakers(answers.flatMap((a) => a.speakers));
  for (const entity of answers.flatMap((a) => a.entities)) {
    merge.entity(entity);
  }
  for (const decision of answers.flatMap((a) => a.decisions)) {
    merge.decision(decision);
  }
  return merge.result();
}

class Merge {
  readonly #extracted: ExtractedTalk;
  readonly #read: string;
  readonly #ground: GroundText;
  readonly #counts: MergeCounts;
  readonly #speakers: string[];
  readonly #entities: Entity[];
  readonly #decisions: Decision[];
  readonly #ruleDecisions: number;

  constructor(extracted: ExtractedTalk, read: string, ground: GroundText, counts: MergeCounts) {
    this.#extracted = extracted;
    this.#read = read;
    this.#ground = ground;
    this.#counts = counts;
    this.#speakers = [...extracted.talk.speakers];
    this.#entities = [...extracted.extraction.entities];
    this.#decisions = [...extracted.extraction.decisions];
    this.#ruleDecisions = this.#decisions.length;
  }

  result(): ExtractedTalk {
    const { talk, extraction, fingerprint } = this.#extracted;
    return {
      talk: { ...talk, speakers: this.#speakers },
      extraction: { ...extraction, entities: this.#entities, decisions: this.#decisions },
      fingerprint,
    };
  }

  /**
   * Speakers come from the document model; the model's are taken only for a talk where it found
   * none and no unnamed first-person author tells it (a wrong speaker would take every step).
   */
  speakers(found: ModelAnswer['speakers']): void {
    const { talk } = this.#extracted;
    if (talk.speakers.length > 0 || talk.authorUnnamed) {
      return;
    }
    for (const speaker of found) {
      if (this.#ground.find(speaker.evidence) === null) {
        this.#counts.dropped.evidence += 1;
      } else if (this.#ground.findName(speaker.name) < 0 || isJunk(speaker.name)) {
        this.#counts.dropped.name += 1;
      } else {
        const name = this.#resolve('Person', speaker.name).name;
        if (!this.#speakers.includes(name)) {
          this.#speakers.push(name);
          this.#counts.added.speakers += 1;
        }
      }
    }
  }

  entity(found: ModelEntity): void {
    if (this.#ground.find(found.evidence) === null) {
      this.#counts.dropped.evidence += 1;
      return;
    }
    if (!this.#named(found.type, found.name)) {
      this.#counts.dropped.name += 1;
      return;
    }
    this.#note(found.type, found.name, found.kind);
  }

  decision(found: ModelDecision): void {
    const span = this.#ground.find(found.evidence);
    // The talk's own text: a step told in the event's header is no speaker's.
    if (span === null || span.start >= this.#extracted.talk.text.length) {
      this.#counts.dropped.evidence += 1;
      return;
    }
    const places = [found.to, found.from].filter((p) => p !== null);
    const personNamed =
      found.person === null || this.#isSpeaker(found.person) || this.#named('Person', found.person);
    if (!personNamed || places.some((p) => !this.#named(p.type, p.name))) {
      this.#counts.dropped.name += 1;
      return;
    }
    const evidence = this.#read.slice(span.start, span.end);
    let year = found.year;
    if (year !== null && !this.#ground.supportsYear(year, evidence, span.start)) {
      year = null;
      this.#counts.yearsRemoved += 1;
    }
    const decision: Decision = {
      kind: found.kind,
      person: found.person === null ? null : this.#resolve('Person', found.person).name,
      year,
      from: found.from ? this.#place(found.from) : null,
      to: found.to ? this.#place(found.to) : null,
      evidence: toEvidence(evidence),
      offset: span.start,
      extractors: MODEL,
    };
    const agreeing = this.#decisions.findIndex((d) => this.#agree(d, decision));
    const known = this.#decisions[agreeing];
    if (known === undefined) {
      this.#decisions.push(decision);
      this.#counts.added.decisions += 1;
    } else if (agreeing < this.#ruleDecisions && known.extractors !== BOTH) {
      this.#decisions[agreeing] = { ...known, extractors: BOTH };
      this.#counts.confirmed.decisions += 1;
    }
  }

  /** A name the text gives (and not page junk or a generic word for places). */
  #named(type: EntityType, name: string): boolean {
    const clean = name.replace(/\s+/g, ' ').trim();
    return (
      this.#ground.findName(clean) >= 0 && !isJunk(clean) && (type === 'Person' || !GENERIC_PLACES.has(clean))
    );
  }

  #isSpeaker(name: string): boolean {
    return this.#speakers.some((s) => aliasKey(s) === aliasKey(name));
  }

  #place(place: { type: Place['type']; name: string }): Place {
    const entity = this.#note(place.type, place.name, null);
    return { type: entity.type === 'Topic' ? 'Topic' : 'Institution', name: entity.name };
  }

  /** The talk's entity for a grounded name, added when new, marked as the model's too when known. */
  #note(type: EntityType, surface: string, kind: string | null): Entity {
    const spelled = surface.replace(/\s+/g, ' ').trim();
    const resolved = this.#resolve(type, spelled);
    const id = entityId(resolved.type, resolved.name);
    const index = this.#entities.findIndex((e) => entityId(e.type, e.name) === id);
    const known = this.#entities[index];
    if (known !== undefined) {
      const extractors = known.extractors ?? ['rules'];
      if (!extractors.includes('llm') || !known.aliases.includes(spelled)) {
        const aliases = known.aliases.includes(spelled) ? known.aliases : [...known.aliases, spelled];
        const updated = { ...known, aliases, extractors: extractors.includes('llm') ? extractors : BOTH };
        this.#entities[index] = updated;
        if (!extractors.includes('llm')) {
          this.#counts.confirmed.entities += 1;
        }
        return updated;
      }
      return known;
    }
    const at = this.#ground.findName(spelled);
    const entity: Entity = {
      type: resolved.type,
      name: resolved.name,
      kind: resolved.kind ?? (resolved.type === 'Institution' ? kind : null),
      aliases: resolved.name === spelled ? [spelled] : [resolved.name, spelled],
      count: this.#ground.count(spelled),
      snippet: snippetAround(this.#read, at, at + spelled.length),
      extractors: MODEL,
    };
    this.#entities.push(entity);
    this.#counts.added.entities += 1;
    return entity;
  }

  /**
   * The rules' resolution for a name: a spelling of an entity the rules found in this talk (or of
   * a speaker) is that entity, whatever type the model gave; else the ontology's entity (of the
   * model's type, else of the one type that spelling has); else the name as written.
   */
  #resolve(type: EntityType, name: string): { type: EntityType; name: string; kind: string | null } {
    const key = aliasKey(name);
    const spells = (e: TalkEntity) => e.aliases.some((a) => aliasKey(a) === key) || aliasKey(e.name) === key;
    const known = this.#entities.find((e) => e.type === type && spells(e)) ?? this.#entities.find(spells);
    if (known) {
      return { type: known.type, name: known.name, kind: known.kind };
    }
    const speaker = type === 'Person' ? this.#speakers.find((s) => aliasKey(s) === key) : undefined;
    if (speaker) {
      return { type, name: speaker, kind: null };
    }
    const ontology = loadOntology();
    const [typed, ...moreTyped] = lookupAlias(ontology, name, type);
    const [any, ...moreAny] = lookupAlias(ontology, name);
    const entry = typed && moreTyped.length === 0 ? typed : any && moreAny.length === 0 ? any : undefined;
    if (entry) {
      return { type: entry.type, name: entry.name, kind: entry.kind };
    }
    return { type, name, kind: null };
  }

  /**
   * The same telling: one person, one kind, one place (or one sentence when a side names no
   * place), and a year the rules' does not contradict. A model decision without a year agrees
   * with the rules' year; one with a different (grounded) year is another telling.
   */
  #agree(known: Decision, found: Decision): boolean {
    const narrator = this.#speakers[0] ?? null;
    const who = (d: Decision) => (d.person === null || d.person === narrator ? null : d.person);
    const place = (p: Place | null) => (p ? entityId(p.type, p.name) : null);
    const samePlace =
      known.to && found.to
        ? place(known.to) === place(found.to)
        : known.offset === found.offset || place(known.from) === place(found.from);
    return (
      who(known) === who(found) &&
      known.kind === found.kind &&
      samePlace &&
      (found.year === null || known.year === found.year)
    );
  }
}
