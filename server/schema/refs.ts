import { builder } from './builder.ts';
import type { NodeRow } from './node-row.ts';

/**
 * Every type's ref, declared before any is implemented, so the type files can point at
 * each other (a talk's speakers, a person's talks) without circular imports.
 */
export const NodeRef = builder.interfaceRef<NodeRow>('Node');
export const EntityRef = builder.interfaceRef<NodeRow>('Entity');
export const TalkRef = builder.objectRef<NodeRow>('Talk');
export const PersonRef = builder.objectRef<NodeRow>('Person');
export const CareerDecisionRef = builder.objectRef<NodeRow>('CareerDecision');
export const SourceRef = builder.objectRef<NodeRow>('Source');
export const InstitutionRef = builder.objectRef<NodeRow>('Institution');

/** The entity types besides Person and Institution add no fields of their own. */
export const PLAIN_ENTITY_REFS = (['Model', 'Conference', 'Dataset', 'Topic'] as const).map((type) =>
  builder.objectRef<NodeRow>(type),
);
