/**
 * Two notes of one talk (two write-ups of the same masterclass, a profile and a Q&A of one
 * session): same speakers, compatible dates, and text or titles that agree. Pure; the caller
 * (same-talk-store.ts) reads candidates of the same speakers from the graph and links the pairs
 * this accepts with SAME_TALK, so their facts count once (careers/career-moves.ts) and related talks do
 * not offer one as the other's best match.
 */

export interface TalkSide {
  id: string;
  title: string;
  date: string | null;
  fingerprint: string[];
  /** Entities the talk mentions (speakers left out), with their spellings. */
  entities: { id: string; aliases: string[] }[];
}

export interface SameTalkVerdict {
  same: boolean;
  /** Share of the smaller fingerprint found in the other (0–1). */
  text: number;
  /** Share of the smaller entity set found in the other (0–1). */
  entities: number;
  /** Both titles name one shared entity, or share most of their words. */
  titles: boolean;
  reasons: string[];
}

/**
 * Two dated notes of one day (or month, when one says only the month) need little more to be one
 * talk; undated ones need much more, since a speaker tells the same career in every talk.
 */
const DATED = { text: 0.3, entities: 0.5 };
const UNDATED = { text: 0.6, entitiesWithTitle: 0.6 };

export function datesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

function overlap<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 || b.length === 0) {
    return 0;
  }
  const other = new Set(b);
  const shared = new Set(a.filter((x) => other.has(x))).size;
  return shared / Math.min(new Set(a).size, other.size);
}

function normal(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function words(title: string): string[] {
  return (normal(title).match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => !/^\d+$/.test(w));
}

/** A shared entity whose spelling appears in both titles (토목공학과 / civil engineering), or shared words. */
function titlesAgree(a: TalkSide, b: TalkSide): boolean {
  const [ta, tb] = [normal(a.title), normal(b.title)];
  const theirs = new Map(b.entities.map((e) => [e.id, e.aliases]));
  for (const entity of a.entities) {
    const other = theirs.get(entity.id);
    if (other) {
      const spellings = [...entity.aliases, ...other].map(normal).filter((s) => s.length >= 2);
      if (spellings.some((s) => ta.includes(s)) && spellings.some((s) => tb.includes(s))) {
        return true;
      }
    }
  }
  const [wa, wb] = [new Set(words(a.title)), new Set(words(b.title))];
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared > 0 && shared / new Set([...wa, ...wb]).size >= 0.5;
}

export function sameTalk(a: TalkSide, b: TalkSide): SameTalkVerdict {
  const text = overlap(a.fingerprint, b.fingerprint);
  const entities = overlap(
    a.entities.map((e) => e.id),
    b.entities.map((e) => e.id),
  );
  const titles = titlesAgree(a, b);
  const dated = a.date !== null && b.date !== null;
  const same =
    datesAgree(a.date, b.date) &&
    (dated
      ? text >= DATED.text || entities >= DATED.entities || titles
      : text >= UNDATED.text || (titles && entities >= UNDATED.entitiesWithTitle));
  const reasons = [
    dated ? `same date (${a.date === b.date ? a.date : `${a.date} / ${b.date}`})` : 'same speakers',
    `shared entities ${Math.round(entities * 100)}%`,
    `similar wording ${Math.round(text * 100)}%`,
    ...(titles ? ['titles agree'] : []),
  ];
  return { same, text, entities, titles, reasons };
}
