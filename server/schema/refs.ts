import { builder } from './builder.ts';
import type {
  CareerDecisionRow,
  EntityRow,
  InstitutionRow,
  NodeRow,
  PersonRow,
  SourceRow,
  TalkRow,
} from './node-row.ts';

/**
 * Every node type's ref over its own row, declared before any is implemented, so the type files
 * can point at each other (a talk's speakers, a person's talks) without circular imports.
 */
export const NodeRef = builder.interfaceRef<NodeRow>('Node');
export const EntityRef = builder.interfaceRef<EntityRow>('Entity');
export const TalkRef = builder.objectRef<TalkRow>('Talk');
export const PersonRef = builder.objectRef<PersonRow>('Person');
export const CareerDecisionRef = builder.objectRef<CareerDecisionRow>('CareerDecision');
export const SourceRef = builder.objectRef<SourceRow>('Source');
export const InstitutionRef = builder.objectRef<InstitutionRow>('Institution');

/** The entity types besides Person and Institution add no fields of their own. */
export const PLAIN_ENTITY_REFS = (['Model', 'Conference', 'Dataset', 'Topic'] as const).map((type) =>
  builder.objectRef<EntityRow<typeof type>>(type),
);
