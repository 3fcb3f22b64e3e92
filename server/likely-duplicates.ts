/**
 * Institutions the ingest kept apart that may be one (issue 13's review list): pure scoring of
 * name pairs, for a person to confirm in the ontology. Pairs are only compared within blocks
 * (same key), so a large graph is not compared pairwise.
 */
import { romanize } from 'es-hangul';

export interface NamedInstitution {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Ids linked by PART_OF either way: a parent and its lab are not duplicates. */
  family: readonly string[];
}

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

const LEGAL = /\b(inc|corp|corporation|co|ltd|llc|gmbh|the)\b|주식회사|\(주\)|㈜/g;
const HANGUL = /[가-힣]/;
const STOP = new Set(['of', 'and', 'for', 'the', 'at', 'in', '&']);

/** Lower case, no legal suffix, no spacing or punctuation: "Naver Corp." and "NAVER" alike. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(LEGAL, '')
    .replace(/[\s\p{P}]/gu, '');
}

function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((w) => w && !STOP.has(w));
}

/** "Korea Advanced Institute of Science and Technology" → "kaist". */
function initials(name: string): string {
  const parts = words(name);
  return parts.length >= 2 ? parts.map((w) => w[0]).join('') : '';
}

function similarity(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const up = row[j] ?? 0;
      row[j] = Math.min(up + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return 1 - (row[b.length] ?? 0) / Math.max(a.length, b.length, 1);
}

const KOREAN_SUFFIX = /(공과대학교|대학교|대학|연구소|연구원|주식회사|재단|학교)$/;

/** Spellings romanization and English disagree on, folded alike (네이버 neibeo ~ naver). */
function fold(text: string): string {
  return normaliseName(text)
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/ae|ei/g, 'e')
    .replace(/v/g, 'b')
    .replace(/f/g, 'p')
    .replace(/l/g, 'r')
    .replace(/[hr](?=[^aeiou]|$)/g, '');
}

/** How alike a Korean name sounds to a Latin one: the whole names, or the stem and first word. */
function soundAlike(korean: string, latin: string): number {
  const stem = korean.replace(KOREAN_SUFFIX, '');
  const first = words(latin)[0] ?? '';
  return Math.max(
    similarity(fold(romanize(korean)), fold(latin)),
    stem && first ? similarity(fold(romanize(stem)), fold(first)) : 0,
  );
}

/** Why two institutions may be one, strongest reason first; null when nothing suggests it. */
export function comparePair(
  a: NamedInstitution,
  b: NamedInstitution,
  coMentioned: boolean,
): DuplicatePair | null {
  if (a.family.includes(b.id) || b.family.includes(a.id)) {
    return null;
  }
  const reasons: string[] = [];
  let score = 0;
  const namesA = [a.name, ...a.aliases].map(normaliseName);
  const namesB = [b.name, ...b.aliases].map(normaliseName);
  if (normaliseName(a.name) === normaliseName(b.name)) {
    score = 1;
    reasons.push('same name once case, spacing and legal suffixes are ignored');
  } else if (namesA.some((n) => n && namesB.includes(n))) {
    score = 0.9;
    reasons.push('they share a name or alias');
  }
  const [ia, ib] = [initials(a.name), initials(b.name)];
  if ((ia.length >= 3 && ia === normaliseName(b.name)) || (ib.length >= 3 && ib === normaliseName(a.name))) {
    score = Math.max(score, 0.8);
    reasons.push('one is the initials of the other');
  }
  const [wa, wb] = [words(a.name), words(b.name)];
  const inside = (x: string[], y: string[]) =>
    x.length > 0 && x.length < y.length && x.every((w) => y.includes(w));
  if (inside(wa, wb) || inside(wb, wa)) {
    score = Math.max(score, 0.5);
    reasons.push('one name holds the other');
  }
  if (coMentioned && HANGUL.test(a.name) !== HANGUL.test(b.name)) {
    const [korean, latin] = HANGUL.test(a.name) ? [a.name, b.name] : [b.name, a.name];
    const sound = soundAlike(korean, latin);
    if (sound >= 0.5) {
      score = Math.max(score, 0.3 + sound / 2);
      reasons.push(
        `Korean and Latin names told in the same note, ${Math.round(sound * 100)}% alike romanized`,
      );
    }
  }
  return reasons.length ? { a: a.id, b: b.id, score: Math.round(score * 100) / 100, reasons } : null;
}

/** Keys a pair must share to be compared: any name's normal form, initials, or a word. */
function keys(i: NamedInstitution): string[] {
  const names = [i.name, ...i.aliases];
  return [
    ...names.map((n) => `n:${normaliseName(n)}`),
    `n:${initials(i.name)}`,
    ...words(i.name)
      .filter((w) => w.length >= 3)
      .map((w) => `w:${w}`),
  ];
}

/**
 * Likely duplicates, most likely first. `coMentions` are pairs told in one note; a block larger
 * than `maxBlock` (a word like "university") is skipped, its pairs too weak and too many.
 */
export function likelyDuplicates(
  institutions: readonly NamedInstitution[],
  coMentions: readonly (readonly [string, string])[],
  maxBlock = 30,
): DuplicatePair[] {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const blocks = new Map<string, string[]>();
  for (const i of institutions) {
    for (const key of new Set(keys(i))) {
      if (key.length > 2) {
        blocks.set(key, [...(blocks.get(key) ?? []), i.id]);
      }
    }
  }
  const pairs = new Set<string>();
  for (const ids of blocks.values()) {
    if (ids.length <= maxBlock) {
      ids.forEach((x, n) => {
        for (const y of ids.slice(n + 1)) {
          pairs.add(x < y ? `${x}\n${y}` : `${y}\n${x}`);
        }
      });
    }
  }
  const told = new Set(coMentions.map(([x, y]) => (x < y ? `${x}\n${y}` : `${y}\n${x}`)));
  for (const pair of told) {
    pairs.add(pair);
  }
  const found: DuplicatePair[] = [];
  for (const pair of pairs) {
    const [x, y] = pair.split('\n');
    const a = byId.get(x ?? '');
    const b = byId.get(y ?? '');
    const verdict = a && b ? comparePair(a, b, told.has(pair)) : null;
    if (verdict) {
      found.push(verdict);
    }
  }
  return found.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
