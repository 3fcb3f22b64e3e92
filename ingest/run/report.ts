import type { LlmReport } from '../llm/model-extractor.ts';
import type { Extractor, GraphRows } from '../load/graph-rows.ts';

/** The JSON contract of `ingest --dry-run --json` (DESIGN.md); other tools rely on its shape. */
export interface IngestReport {
  talks: { id: string; title: string; speakers: string[]; date: string | null; source: string }[];
  entities: { id: string; type: string; name: string; aliases: string[]; mentions: number }[];
  decisions: {
    id: string;
    /** A name, or the placeholder's id for a note's unnamed author (never its display name). */
    person: string;
    kind: string;
    year: number | null;
    from: string | null;
    to: string | null;
    evidence: string;
    talk: string;
    /** Present when a model took part in finding it (absent: the rules alone). */
    extractors?: Extractor[];
  }[];
  errors: { source: string; message: string }[];
  /** Present when a model extractor was set (ingest/llm/). */
  llm?: LlmReport;
}

export function emptyReport(): IngestReport {
  return { talks: [], entities: [], decisions: [], errors: [] };
}

/** Adds one note's rows; entities seen in several notes are folded into one. */
export function addToReport(
  report: IngestReport,
  rows: GraphRows,
  index: Map<string, IngestReport['entities'][number]>,
) {
  const names = new Map(rows.entities.map((e) => [e.id, e.name]));
  // "Author of ‘…’" is how the graph shows an unnamed author; as a name in the report it would
  // read as a person of that name, so decisions carry the placeholder's id (DESIGN.md, Contracts).
  const unnamed = new Set(rows.entities.filter((e) => e.unnamed).map((e) => e.id));
  for (const talk of rows.talks) {
    report.talks.push({
      id: talk.id,
      title: talk.title,
      speakers: rows.given.filter((g) => g.talk === talk.id).map((g) => names.get(g.person) ?? g.person),
      date: talk.date,
      source: rows.source.path,
    });
  }
  for (const e of rows.entities) {
    if (!index.has(e.id)) {
      const entry = { id: e.id, type: e.type, name: e.name, aliases: [e.name], mentions: 0 };
      index.set(e.id, entry);
      report.entities.push(entry);
    }
  }
  for (const m of rows.mentions) {
    const entry = index.get(m.entity);
    if (entry) {
      entry.mentions += m.count;
      entry.aliases = [...new Set([...entry.aliases, ...m.aliases])];
    }
  }
  for (const d of rows.decisions) {
    report.decisions.push({
      id: d.id,
      person: unnamed.has(d.person) ? d.person : (names.get(d.person) ?? d.person),
      kind: d.kind,
      year: d.year,
      from: d.from ? (names.get(d.from) ?? d.from) : null,
      to: d.to ? (names.get(d.to) ?? d.to) : null,
      evidence: d.evidence,
      talk: d.talk,
      ...(d.extractors.includes('llm') ? { extractors: d.extractors } : {}),
    });
  }
}
