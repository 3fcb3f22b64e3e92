/**
 * Korean institution names have a long and a short form that notes use interchangeably:
 * 공과대학교 / 공과대학 / 공대, 대학교 / 대학 / 대. An ontology lists some of them; a name written
 * in another form is the same institution (한빛공과대학교 = 한빛공대).
 */

/** Endings of one meaning, longest first, each with every form it may be written in. */
const FORMS: readonly (readonly string[])[] = [
  ['공과대학교', '공과대학', '공대'],
  ['대학교', '대학', '대'],
];

/**
 * The other forms of a Hangul institution name (itself excluded), each with and without a space
 * before the ending: "조지아공과대학교" → 조지아공대, 조지아 공대, 조지아공과대학, …. A stem of
 * fewer than two syllables is left alone ("20대" is an age, not a university).
 */
export function koreanShortForms(name: string): string[] {
  const compact = name.trim();
  for (const forms of FORMS) {
    const ending = forms.find((form) => compact.endsWith(form));
    if (ending === undefined) {
      continue;
    }
    const stem = compact.slice(0, -ending.length).trimEnd();
    if (!/^[가-힣][가-힣 ]*[가-힣]$/u.test(stem)) {
      return [];
    }
    const out = new Set<string>();
    for (const form of forms) {
      out.add(`${stem}${form}`).add(`${stem} ${form}`);
    }
    out.delete(compact);
    return [...out];
  }
  return [];
}
