/**
 * The people an article quotes: a surname given as a quote's speaker ("…," says Doe; Doe said)
 * and the full name the article writes for it ("Jane Doe left …"). News and magazine profiles
 * introduce their subject by full name once and quote them by surname: both together are a
 * person the text is about, whatever cue the rest of the text gives.
 */

const SAID = '(?:says|said|adds|added|explains|explained|recalls|recalled|notes|noted|admits|admitted)';
/** Cheap test first: most notes quote no one. */
const ANY_SAID = new RegExp(`\\b${SAID}\\b`);
const SURNAME = "(\\p{Lu}[\\p{Ll}'’-]+)";
/** "…," says Doe / "…" said Doe / Doe says / Doe said. */
const QUOTED = new RegExp(`["”’]\\s*,?\\s*${SAID}\\s+${SURNAME}\\b|\\b${SURNAME}\\s+${SAID}\\b`, 'gu');
/** Capitalised words that open a sentence or name a thing, never a given name. */
const NOT_GIVEN = new Set(
  'When After Before Then The This That These Those Says Said Dr Mr Ms Mrs Prof Professor As At In On Of For With By And But Now Today'.split(
    ' ',
  ),
);

export interface QuotedPerson {
  name: string;
  start: number;
}

export function quotedPeople(text: string): QuotedPerson[] {
  if (!ANY_SAID.test(text)) {
    return [];
  }
  const surnames = new Set<string>();
  for (const match of text.matchAll(QUOTED)) {
    const surname = match[1] ?? match[2] ?? '';
    if (!NOT_GIVEN.has(surname)) {
      surnames.add(surname);
    }
  }
  const out: QuotedPerson[] = [];
  for (const surname of surnames) {
    const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+)\\s${surname}\\b`, 'gu');
    for (const match of text.matchAll(full)) {
      if (!NOT_GIVEN.has(match[1] ?? '')) {
        out.push({ name: `${match[1]} ${surname}`, start: match.index });
      }
    }
  }
  return out;
}
