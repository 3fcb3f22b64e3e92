/**
 * Career moves: a person's decisions, told in any number of talks, consolidated into one move per
 * kind and place. Pure (tested in tests/unit/career-moves.test.ts); career-moves-store.ts reads the
 * decisions of the people a load touched and writes their moves back.
 *
 * Takes: the decisions of one person, each with its talk, the talk's same-talk twins and its note.
 * Gives: moves in career order, each with every telling, the year chosen and any conflict.
 */
import { sha256 } from '../../graph/ids.ts';
import { isCareerStep } from './career-step-words.ts';

export interface PlaceRef {
  id: string;
  name: string;
  type: string;
  /** An institution's kind (company, university, lab…). */
  kind?: string | null;
}

/** The organisation a place rolls up to (part-of.ts): its id, name and kind. */
export type RollUp = (place: PlaceRef) => { id: string; name: string; kind: string | null } | null;

/** One decision as a telling of a move. */
export interface Telling {
  decision: string;
  kind: string;
  year: number | null;
  /** The year is written in the telling's own sentence (not taken from a heading or the talk date). */
  stated: boolean;
  offset: number;
  evidence: string;
  talk: string;
  talkDate: string | null;
  /** Talks that are other write-ups of the same talk (SAME_TALK). */
  twins: string[];
  source: string | null;
  from: PlaceRef | null;
  to: PlaceRef | null;
}

export interface YearVote {
  year: number;
  /** Talks (write-ups of one talk counted once) that state it. */
  talks: number;
  decisions: string[];
}

export interface Move {
  id: string;
  person: string;
  kind: string;
  /** The place the move is about: where one went (left: where one left); null when no telling names one. */
  place: string | null;
  placeName: string | null;
  placeType: string | null;
  /** The place rolled up to its parent organisation (Naver Clova → Naver); the place itself when it has none. */
  placeRoot: string | null;
  placeRootName: string | null;
  /** The kind of institution (of the parent when rolled up): company, university, lab… */
  placeKind: string | null;
  from: string | null;
  to: string | null;
  year: number | null;
  /** The year it sorts under: its own, else the nearest dated step told around it. */
  placedYear: number | null;
  years: YearVote[];
  yearConflict: boolean;
  /** Which rule chose `year` when tellings disagree. */
  yearRule: string | null;
  /** Decision ids, first told first. */
  tellings: string[];
  /** Distinct notes (sources) that tell it. */
  notes: number;
  /** Distinct talks, write-ups of one talk counted once. */
  talks: number;
  /** The telling shown for the move: its decision, talk and evidence. */
  decision: string;
  talk: string;
  evidence: string;
  summary: string;
  order: number;
}

export const YEAR_RULE =
  'most talks stating it (write-ups of one talk count once); then a year written in the sentence itself over one taken from a heading or the talk date; then the earliest';

const KIND_WORDS: Record<string, string> = {
  major_change: 'changed major',
  grad_school: 'graduate school',
  joined: 'joined',
  left: 'left',
  founded: 'founded',
  moved_to_academia: 'moved to academia',
  military_service: 'military service',
  study_abroad: 'study abroad',
  other: 'career step',
};

/** The end of a decision a move is about: `left` is about where one left, every other kind where one went. */
function mainEnd(t: Telling): PlaceRef | null {
  return t.kind === 'left' ? (t.from ?? t.to) : (t.to ?? null);
}

function otherEnd(t: Telling): PlaceRef | null {
  return t.kind === 'left' ? (t.from ? t.to : null) : t.from;
}

export function moveId(person: string, kind: string, place: string | null): string {
  return `move:${sha256(`${person}\n${kind}\n${place ?? ''}`).slice(0, 16)}`;
}

/** Union-find over talks and their twins: one key per group of write-ups of one talk. */
function talkGroups(tellings: readonly Telling[]): (talk: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) {
      root = parent.get(root) ?? root;
    }
    parent.set(x, root);
    return root;
  };
  for (const t of tellings) {
    for (const twin of t.twins) {
      const [a, b] = [find(t.talk), find(twin)];
      if (a !== b) {
        // The smaller id is the group's key, so the key does not depend on reading order.
        parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  }
  return find;
}

/**
 * The year each telling sorts under: its own, else that of the dated decision told just before
 * it in its talk (else just after), because notes tell a career in order.
 */
function placedYears(tellings: readonly Telling[]): Map<string, number | null> {
  const byTalk = new Map<string, Telling[]>();
  for (const t of tellings) {
    byTalk.set(t.talk, [...(byTalk.get(t.talk) ?? []), t]);
  }
  const placed = new Map<string, number | null>();
  for (const told of byTalk.values()) {
    told.sort((a, b) => a.offset - b.offset || compare(a.decision, b.decision));
    told.forEach((t, i) => {
      const before = told
        .slice(0, i)
        .reverse()
        .find((o) => o.year !== null)?.year;
      const after = told.slice(i + 1).find((o) => o.year !== null)?.year;
      placed.set(t.decision, t.year ?? before ?? after ?? null);
    });
  }
  return placed;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups tellings by kind and place; a telling naming no place joins the one move it can be. */
function groupTellings(tellings: readonly Telling[]): Telling[][] {
  const groups = new Map<string, Telling[]>();
  const add = (key: string, t: Telling) => groups.set(key, [...(groups.get(key) ?? []), t]);
  const placeless: Telling[] = [];
  for (const t of tellings) {
    const end = mainEnd(t);
    if (end) {
      add(`${t.kind}\n${end.id}`, t);
    } else {
      placeless.push(t);
    }
  }
  for (const t of placeless) {
    const candidates = [...groups.entries()].filter(
      ([key, members]) => key.startsWith(`${t.kind}\n`) && mainEnd(members[0] as Telling),
    );
    const other = otherEnd(t);
    // "Changed major from civil engineering" is the move to computer engineering told from its start.
    const sameStart = other
      ? candidates.filter(([, members]) => members.some((m) => otherEnd(m)?.id === other.id))
      : [];
    const chosen = sameStart.length === 1 ? sameStart : candidates.length === 1 ? candidates : [];
    const key = chosen[0]?.[0] ?? `${t.kind}\n~${other?.id ?? ''}`;
    add(key, t);
  }
  return [...groups.values()];
}

function chooseYear(
  members: readonly Telling[],
  group: (talk: string) => string,
): Pick<Move, 'year' | 'years' | 'yearConflict' | 'yearRule'> {
  const votes = new Map<number, { talks: Set<string>; decisions: string[]; stated: boolean }>();
  for (const t of members) {
    if (t.year !== null) {
      const vote = votes.get(t.year) ?? { talks: new Set<string>(), decisions: [], stated: false };
      vote.talks.add(group(t.talk));
      vote.decisions.push(t.decision);
      vote.stated ||= t.stated;
      votes.set(t.year, vote);
    }
  }
  const years = [...votes.entries()]
    .map(([year, v]) => ({ year, talks: v.talks.size, decisions: v.decisions, stated: v.stated }))
    .sort((a, b) => b.talks - a.talks || Number(b.stated) - Number(a.stated) || a.year - b.year);
  const conflict = years.length > 1;
  return {
    year: years[0]?.year ?? null,
    years: years.map(({ year, talks, decisions }) => ({ year, talks, decisions })),
    yearConflict: conflict,
    yearRule: conflict ? YEAR_RULE : null,
  };
}

/** The most told value of an end among the tellings (first told on a tie). */
function mostTold(members: readonly Telling[], end: (t: Telling) => PlaceRef | null): PlaceRef | null {
  const counts = new Map<string, { place: PlaceRef; n: number }>();
  for (const t of members) {
    const place = end(t);
    if (place) {
      const known = counts.get(place.id) ?? { place, n: 0 };
      known.n += 1;
      counts.set(place.id, known);
    }
  }
  let best: { place: PlaceRef; n: number } | null = null;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) {
      best = c;
    }
  }
  return best?.place ?? null;
}

function talkKey(t: Telling): string {
  return `${t.talkDate ?? '9999'}|${t.talk}`;
}

/**
 * One person's moves in career order: by year (a dated move at its chosen year, an undated one
 * where its talks tell it), then by when it was first told (talk date, talk, position in it).
 * An `other` decision that is not a career step (a result, a plan, a paper) makes no move.
 */
export function consolidateMoves(
  person: string,
  decisions: readonly Telling[],
  rollUp: RollUp = () => null,
): Move[] {
  const tellings = decisions.filter((t) => t.kind !== 'other' || isCareerStep(t));
  const group = talkGroups(tellings);
  const placed = placedYears(decisions);
  const moves = groupTellings(tellings).map((members) => {
    members.sort((a, b) => compare(talkKey(a), talkKey(b)) || a.offset - b.offset);
    const first = members[0] as Telling;
    const kind = first.kind;
    const years = chooseYear(members, group);
    const main = mostTold(members, mainEnd) ?? mostTold(members, otherEnd);
    const to = mostTold(members, (t) => t.to);
    const from = mostTold(members, (t) => t.from);
    const shown = members.find((t) => t.year === years.year) ?? first;
    const placedYear =
      years.year ??
      members.map((t) => placed.get(t.decision) ?? null).find((y): y is number => y !== null) ??
      null;
    const route = [from?.name, to?.name].filter(Boolean).join(' → ');
    const root = main ? rollUp(main) : null;
    return {
      id: moveId(person, kind, main?.id ?? null),
      person,
      kind,
      place: main?.id ?? null,
      placeName: main?.name ?? null,
      placeType: main?.type ?? null,
      placeRoot: root?.id ?? main?.id ?? null,
      placeRootName: root?.name ?? main?.name ?? null,
      placeKind: root?.kind ?? main?.kind ?? null,
      from: from?.id ?? null,
      to: to?.id ?? null,
      ...years,
      placedYear,
      tellings: members.map((t) => t.decision),
      notes: new Set(members.map((t) => t.source ?? t.talk)).size,
      talks: new Set(members.map((t) => group(t.talk))).size,
      decision: shown.decision,
      talk: shown.talk,
      evidence: shown.evidence,
      summary: [KIND_WORDS[kind] ?? kind, route, years.year ? `(${years.year})` : '']
        .filter(Boolean)
        .join(' '),
      order: 0,
      sortKey: [placedYear ?? Number.POSITIVE_INFINITY, talkKey(first), first.offset] as const,
    };
  });
  moves.sort(
    (a, b) =>
      a.sortKey[0] - b.sortKey[0] ||
      compare(a.sortKey[1], b.sortKey[1]) ||
      a.sortKey[2] - b.sortKey[2] ||
      compare(a.id, b.id),
  );
  return moves.map(({ sortKey: _sortKey, ...move }, order) => ({ ...move, order }));
}
