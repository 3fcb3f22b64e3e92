/**
 * "조지아공과대학교(Georgia Tech)", "Hugging Face(허깅페이스)": a note that gives an entity's name in
 * the other script in brackets right after it says the two are one. Within the talk, the name
 * that is not the ontology's becomes the one that is; when neither is known, the Latin name is
 * kept, as the one other notes (and the ontology, later) most likely share.
 */
import type { DiscoveredMention } from './discovered.ts';
import { entityKey } from './entity-key.ts';

const HANGUL = /[가-힣]/;
const OPEN = /^[ \t]?[(（][ \t]?$/;
const CLOSE = /^[ \t]?[)）]/;

/** Renames (type:name key → the name and kind to take) the talk's bracketed pairs call for. */
export function parenthesisedAliases(
  text: string,
  mentions: readonly DiscoveredMention[],
): Map<string, { name: string; kind: string | null }> {
  const renames = new Map<string, { name: string; kind: string | null }>();
  const ordered = [...mentions]
    .filter((m) => m.type !== 'Person' && m.partial === undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i + 1 < ordered.length; i += 1) {
    const outer = ordered[i];
    const inner = ordered[i + 1];
    if (
      outer === undefined ||
      inner === undefined ||
      inner.type !== outer.type ||
      HANGUL.test(outer.name) === HANGUL.test(inner.name) ||
      !OPEN.test(text.slice(outer.end, inner.start)) ||
      !CLOSE.test(text.slice(inner.end, inner.end + 2))
    ) {
      continue;
    }
    // Two names the ontology keeps apart stay apart, even side by side.
    if (outer.origin === 'ontology' && inner.origin === 'ontology') {
      continue;
    }
    const outerFirst =
      outer.origin === 'ontology' || (inner.origin !== 'ontology' && !HANGUL.test(outer.name));
    const [keep, drop] = outerFirst ? [outer, inner] : [inner, outer];
    if (entityKey(keep.type, keep.name) !== entityKey(drop.type, drop.name)) {
      renames.set(entityKey(drop.type, drop.name), { name: keep.name, kind: keep.kind ?? drop.kind });
    }
  }
  return renames;
}

/** The mentions with every bracketed alias renamed to the name it was given beside. */
export function applyParenthesisedAliases(
  text: string,
  mentions: readonly DiscoveredMention[],
): DiscoveredMention[] {
  const renames = parenthesisedAliases(text, mentions);
  if (renames.size === 0) {
    return [...mentions];
  }
  return mentions.map((m) => {
    const to = m.partial === undefined ? renames.get(entityKey(m.type, m.name)) : undefined;
    return to === undefined ? m : { ...m, name: to.name, kind: m.kind ?? to.kind };
  });
}
