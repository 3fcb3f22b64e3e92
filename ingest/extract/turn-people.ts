import { parseTurn, turnPerson } from '../text/chat-turns.ts';
import { type DiscoveredMention, mention } from './discovered.ts';

/**
 * The people of a transcript or chat export are its turn labels ("[00:00:04] 서지안: …",
 * "[김민서] [오후 8:00] …"): named without an honorific, so the honorific rules miss them. A label
 * counts once it opens two turns or more, so one "Note: …" line makes nobody a person.
 */
export function peopleFromTurns(text: string): DiscoveredMention[] {
  const found: { name: string; start: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const turn = parseTurn(line);
    const name = turn ? turnPerson(turn) : null;
    const at = turn && name ? line.indexOf(name) : -1;
    if (name && at >= 0) {
      found.push({ name, start: offset + at });
    }
    offset += line.length + 1;
  }
  const counts = new Map<string, number>();
  for (const { name } of found) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (found.length < MIN_TURNS) {
    return [];
  }
  return found
    .filter(({ name }) => (counts.get(name) ?? 0) >= 2)
    .map(({ name, start }) => mention('Person', name, start, name));
}

const MIN_TURNS = 3;
