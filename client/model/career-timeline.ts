export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

/** One step of a career path as the API returns it (`careerPath`). */
export interface CareerStep {
  id: string;
  kind: string;
  year: number | null;
  summary: string;
  evidence: string;
  from: EntityRef | null;
  to: EntityRef | null;
  talk: { id: string; title: string } | null;
  /** A consolidated move (`careerPath`, `Person.moves`) brings these; a single decision does not. */
  placedYear?: number | null;
  toldIn?: number;
  talkCount?: number;
  place?: EntityRef | null;
  yearConflict?: YearConflict | null;
}

/** Tellings of one move that disagree on its year: every year stated and the rule that chose one. */
export interface YearConflict {
  chosen: number;
  rule: string;
  votes: { year: number; talks: number }[];
}

/** One note telling a move. */
export interface MoveTelling {
  year: number | null;
  evidence: string;
  talk: { id: string; title: string; date: string | null } | null;
  source: { id: string; path: string } | null;
}

/** One column of the timeline: a step (or a gap) per lane, under a year. */
export interface TimelineColumn {
  /** The year the column sits under; null for steps told before any dated one. */
  year: number | null;
  /** The first column of its year shows the year; later ones are the undated steps after it. */
  firstOfYear: boolean;
  cells: (CareerStep | null)[];
}

const BEFORE_ANY_YEAR = Number.NEGATIVE_INFINITY;

/**
 * The year each step sorts under: its own, else the year the API placed it under, else the last
 * dated step before it (the API puts an undated step where its talk tells it, so it belongs after
 * that step). Steps before any dated one go first.
 */
export function placementYears(steps: readonly CareerStep[]): number[] {
  let last = BEFORE_ANY_YEAR;
  return steps.map((step) => {
    if (step.year !== null) {
      last = Math.max(last, step.year);
    }
    // A move's placed year is the server's (from the dated steps told around it in its notes).
    return step.year ?? step.placedYear ?? last;
  });
}

function groupByYear(steps: readonly CareerStep[]): Map<number, CareerStep[]> {
  const years = placementYears(steps);
  const groups = new Map<number, CareerStep[]>();
  steps.forEach((step, index) => {
    const year = years[index] ?? BEFORE_ANY_YEAR;
    groups.set(year, [...(groups.get(year) ?? []), step]);
  });
  return groups;
}

/**
 * Lays out one or more careers left to right on a shared year axis: a year gets as many columns
 * as the lane with most steps in it needs, so two people's moves of the same year line up.
 */
export function alignLanes(lanes: readonly (readonly CareerStep[])[]): TimelineColumn[] {
  const groups = lanes.map(groupByYear);
  const years = [...new Set(groups.flatMap((g) => [...g.keys()]))].sort((a, b) => a - b);
  const columns: TimelineColumn[] = [];
  for (const year of years) {
    const width = Math.max(...groups.map((g) => g.get(year)?.length ?? 0));
    for (let index = 0; index < width; index += 1) {
      columns.push({
        year: year === BEFORE_ANY_YEAR ? null : year,
        firstOfYear: index === 0,
        cells: groups.map((g) => g.get(year)?.[index] ?? null),
      });
    }
  }
  return columns;
}

/** Two steps are the same move when they are of the same kind and lead to the same place. */
export function isSameMove(a: CareerStep, b: CareerStep): boolean {
  return a.kind === b.kind && a.to !== null && a.to.id === b.to?.id;
}

export interface PersonSteps {
  person: { id: string; name: string };
  steps: CareerStep[];
}

export interface SameMove {
  person: { id: string; name: string };
  step: CareerStep;
}

/** Other people who made the same move, each once (their earliest such step), earliest first. */
export function sameMoves(step: CareerStep, people: readonly PersonSteps[], selfId: string): SameMove[] {
  const found: SameMove[] = [];
  for (const { person, steps } of people) {
    if (person.id === selfId) {
      continue;
    }
    const match = steps.find((other) => isSameMove(step, other));
    if (match) {
      found.push({ person, step: match });
    }
  }
  return found.sort(
    (a, b) =>
      (a.step.year ?? Number.POSITIVE_INFINITY) - (b.step.year ?? Number.POSITIVE_INFINITY) ||
      a.person.name.localeCompare(b.person.name),
  );
}

/** `2018`, or the words for a step whose talk does not say when. */
export function stepYearText(step: CareerStep): string {
  return step.year === null ? 'year not told' : String(step.year);
}

/** "told in 2 notes (1 talk)": how many notes tell a move; null for a single decision. */
export function toldInText(step: CareerStep): string | null {
  if (step.toldIn === undefined) {
    return null;
  }
  const notes = `told in ${step.toldIn} note${step.toldIn === 1 ? '' : 's'}`;
  const talks = step.talkCount ?? step.toldIn;
  return talks === step.toldIn ? notes : `${notes} (${talks} talk${talks === 1 ? '' : 's'})`;
}

/** Every year the tellings state, the chosen one first: "2017 (1 talk) or 2018 (1 talk)". */
export function conflictText(conflict: YearConflict): string {
  const votes = [...conflict.votes].sort(
    (a, b) => Number(b.year === conflict.chosen) - Number(a.year === conflict.chosen),
  );
  return votes.map((v) => `${v.year} (${v.talks} talk${v.talks === 1 ? '' : 's'})`).join(' or ');
}
