/**
 * The contract between the extraction steps: what each step hands to the next.
 * Pure data; every step is a pure function of a talk's text (plus the ontology).
 */
import type { DecisionKind, EntityType } from '../../graph/model.ts';

/** One occurrence of an entity in a talk's text. */
export interface Mention {
  type: EntityType;
  /** Canonical name: the ontology's name, or the discovered form normalised. */
  name: string;
  /** The text as written, without a glued Korean particle (네이버에서 → 네이버). */
  surface: string;
  /** UTF-16 offsets into the talk text (what `text.slice(start, end)` returns is `surface`). */
  start: number;
  end: number;
  /** For institutions: company | university | lab | programme | community…; null when unknown. */
  kind: string | null;
  origin: 'ontology' | 'discovered';
}

/** One entity of one talk, all its mentions folded together. */
export interface TalkEntity {
  type: EntityType;
  name: string;
  kind: string | null;
  /** Every spelling seen in this talk, canonical name first. */
  aliases: string[];
  /** How many times it is mentioned in this talk. */
  count: number;
  /** A short evidence snippet around the first mention (≤ 160 characters, personal data removed). */
  snippet: string;
}

/** A reference from a decision or affiliation to an institution or a field. */
export interface Place {
  type: 'Institution' | 'Topic';
  name: string;
}

export interface ExtractedDecision {
  kind: DecisionKind;
  /** Canonical name of who decided; null → the talk's narrator (its speaker, or its unnamed author). */
  person: string | null;
  /** From the sentence, the section heading, or a relative word resolved against the talk date; never guessed. */
  year: number | null;
  from: Place | null;
  to: Place | null;
  /** The sentence that supports it (personal data removed, ≤ 300 characters). */
  evidence: string;
  /** Offset of the evidence in the talk text, to keep text order for undated steps. */
  offset: number;
}

export interface ExtractedAffiliation {
  /** Canonical person name; null → the talk's narrator. */
  person: string | null;
  institution: string;
  role: string | null;
  since: number | null;
  until: number | null;
  evidence: string;
}

export interface TalkExtraction {
  entities: TalkEntity[];
  decisions: ExtractedDecision[];
  affiliations: ExtractedAffiliation[];
}
