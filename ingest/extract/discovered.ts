/** What the discovery rules hand on: a mention, and how sure it is. */
import type { Mention } from './types.ts';

export interface DiscoveredMention extends Mention {
  /** A given name alone (활석님) or a surname alone (Müller 교수님): kept only if the talk resolves it. */
  partial?: 'given' | 'surname';
  /**
   * Named by a strong cue (…University, at X, X에 입사): more specific than an ontology name inside
   * it (Acme Robotics around Robotics, Samsung Research America around Samsung Research).
   */
  specific?: boolean;
}

export const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** A discovered mention; `surface` is the text at `start` (the name may be normalised). */
export function mention(
  type: Mention['type'],
  name: string,
  start: number,
  surface: string,
  kind: string | null = null,
): DiscoveredMention {
  return { type, name, surface, start, end: start + surface.length, kind, origin: 'discovered' };
}
