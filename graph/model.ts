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
