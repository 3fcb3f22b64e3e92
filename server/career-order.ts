/**
 * The order of a person's career steps, told across talks. Pure, so it is unit tested; it is the
 * reference the careerPath Cypher (schema/career-decision.ts) implements in the database, where
 * merging retellings first spares projecting and sending them (tests/integration/api-reads.test.ts
 * checks that both agree).
 *
 * A dated step sits at its year. An undated one is placed where its own talk tells it: after the
 * dated step told just before it (or before the first dated one told after it), because notes
 * tell a career in order. Steps of talks that date nothing come after every dated step.
 */
export interface CareerStepInput {
  decision: { id: string; kind: string | null; year: number | null; offset: number | null };
  talk: { id: string; date: string | null } | null;
  from: { id: string } | null;
  to: { id: string } | null;
}

interface Placed<S> {
  step: S;
  year: number;
  talkKey: string;
  offset: number;
}

export function orderCareer<S extends CareerStepInput>(steps: readonly S[]): S[] {
  const byTalk = new Map<string, S[]>();
  for (const step of steps) {
    const key = step.talk?.id ?? '';
    byTalk.set(key, [...(byTalk.get(key) ?? []), step]);
  }
  const placed: Placed<S>[] = [];
  for (const told of byTalk.values()) {
    told.sort((a, b) => offsetOf(a) - offsetOf(b) || a.decision.id.localeCompare(b.decision.id));
    const years = told.map((s) => s.decision.year);
    told.forEach((step, i) => {
      const year =
        step.decision.year ?? lastKnown(years.slice(0, i)) ?? lastKnown(years.slice(i + 1).reverse());
      placed.push({
        step,
        year: year ?? Number.POSITIVE_INFINITY,
        // Talks ordered by when they were given; undated talks last; the id breaks ties.
        talkKey: `${step.talk?.date ?? '9999'}|${step.talk?.id ?? ''}`,
        offset: offsetOf(step),
      });
    });
  }
  placed.sort((a, b) => a.year - b.year || compareText(a.talkKey, b.talkKey) || a.offset - b.offset || 0);
  return withoutRetellings(placed.map((p) => p.step));
}

function offsetOf(step: CareerStepInput): number {
  return step.decision.offset ?? 0;
}

function lastKnown(years: (number | null)[]): number | null {
  for (let i = years.length - 1; i >= 0; i -= 1) {
    const year = years[i];
    if (year !== null && year !== undefined) {
      return year;
    }
  }
  return null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Two talks telling the same move (same kind, year, from and to) are one step: the first told
 * is kept. Steps that know nothing but their kind are never merged: they may be different moves.
 */
function withoutRetellings<S extends CareerStepInput>(steps: S[]): S[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const { kind, year } = step.decision;
    if (year === null && !step.from && !step.to) {
      return true;
    }
    const key = JSON.stringify([kind, year, step.from?.id ?? null, step.to?.id ?? null]);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
