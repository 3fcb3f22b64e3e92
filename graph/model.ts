/**
 * The graph model shared by the ingest and the server: labels and relationship types.
 * Cypher takes labels and types from these constants only, never from input.
 */

export const ENTITY_TYPES = ['Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The label every entity node carries besides its type, so one MERGE serves every type. */
export const ENTITY_LABEL = 'Entity';

export const LABELS = ['Talk', 'Source', 'CareerDecision', ...ENTITY_TYPES] as const;
export type Label = (typeof LABELS)[number];

/**
 * The ingest's bookkeeping nodes, apart from LABELS on purpose: the server's stats, search and
 * lookups read LABELS only, so these never show as content.
 */
export const INGEST_LABELS = {
  /** Left by every write that changed talks, deleted by the related-talks pass that covers it. */
  relatedStale: 'RelatedStale',
  /** One node that each related-talks pass write-locks first, so two passes run one after the other. */
  relatedLock: 'RelatedLock',
} as const;

/**
 * A person's decisions consolidated into moves after each load (ingest/career-moves.ts). Not in
 * LABELS: a move is derived, linked to its person, places and decisions by id properties rather
 * than relationships, so the map, neighbourhoods and paths never walk through it.
 */
export const CAREER_MOVE_LABEL = 'CareerMove';

export const REL = {
  GIVEN_BY: 'GIVEN_BY',
  MENTIONS: 'MENTIONS',
  FROM_SOURCE: 'FROM_SOURCE',
  DECIDED: 'DECIDED',
  TO: 'TO',
  FROM: 'FROM',
  TOLD_IN: 'TOLD_IN',
  AFFILIATED_WITH: 'AFFILIATED_WITH',
  RELATED_TO: 'RELATED_TO',
  /** A lab, division or subsidiary to its parent organisation. */
  PART_OF: 'PART_OF',
  /** Two notes of one talk (two write-ups): facts they share count once. */
  SAME_TALK: 'SAME_TALK',
  /** A talk to the unnamed author who tells it (the note's narrator). */
  NARRATED_BY: 'NARRATED_BY',
} as const;
export type RelType = (typeof REL)[keyof typeof REL];

export const DECISION_KINDS = [
  'major_change',
  'grad_school',
  'joined',
  'left',
  'founded',
  'moved_to_academia',
  'military_service',
  'study_abroad',
  'other',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
