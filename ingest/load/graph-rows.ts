import { entityId, sha256 } from '../../graph/ids.ts';
import type { EntityType } from '../../graph/model.ts';
import { NOTE_TAKER } from '../extract/note-taker.ts';
import type { ExtractedAffiliation, ExtractedDecision, Place, TalkEntity } from '../extract/types.ts';
import { normaliseRole } from '../lexicon/role-vocabulary.ts';
import type { SourceRecord, TalkRecord } from '../split/split-talks.ts';

/** Who found a fact: the rule extractor, the optional model (ingest/llm/), or both. */
export type Extractor = 'rules' | 'llm';

/** Which extractors found a fact; absent → the rules alone. */
export interface FoundBy {
  extractors?: Extractor[];
}

/** A talk with what was extracted from it. */
export interface ExtractedTalk {
  talk: TalkRecord;
  /** The rules' TalkExtraction, each fact maybe marked with who found it. */
  extraction: {
    entities: (TalkEntity & FoundBy)[];
    decisions: (ExtractedDecision & FoundBy)[];
    affiliations: ExtractedAffiliation[];
  };
  fingerprint: string[];
}

const RULES: Extractor[] = ['rules'];

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  /** True for the stand-in node of an author the text does not name. */
  unnamed: boolean;
}

/**
 * One note as the rows its Cypher writes, with every id decided here: the dry-run report and
 * the graph are built from the same rows, so they always agree.
 */
export interface GraphRows {
  source: SourceRecord;
  talks: {
    id: string;
    title: string;
    date: string | null;
    language: string;
    series: string | null;
    url: string | null;
    position: number;
    fingerprint: string[];
  }[];
  entities: EntityRow[];
  given: { talk: string; person: string }[];
  mentions: {
    talk: string;
    entity: string;
    count: number;
    snippet: string;
    aliases: string[];
    extractors: Extractor[];
  }[];
  decisions: {
    id: string;
    talk: string;
    person: string;
    kind: string;
    year: number | null;
    from: string | null;
    to: string | null;
    summary: string;
    evidence: string;
    offset: number;
    extractors: Extractor[];
  }[];
  affiliations: {
    talk: string;
    person: string;
    institution: string;
    role: string | null;
    since: number | null;
    until: number | null;
    evidence: string;
  }[];
}

export const UNNAMED_AUTHOR = 'Unnamed author';

/** What an unnamed narrator is called: the author of their note, never a person named "Unnamed author". */
export function narratorName(title: string | null | undefined): string {
  return title ? `Author of ‘${title}’` : UNNAMED_AUTHOR;
}

type EntityRef = (type: EntityType, name: string, kind?: string | null, unnamed?: boolean) => string;

export function toGraphRows(source: SourceRecord, talks: ExtractedTalk[]): GraphRows {
  const rows: GraphRows = {
    source,
    talks: [],
    entities: [],
    given: [],
    mentions: [],
    decisions: [],
    affiliations: [],
  };
  const entities = new Map<string, EntityRow>();
  // An unnamed narrator's `name` is the position of their talk in the note.
  const titles = new Map(talks.map((t) => [String(t.talk.position), t.talk.title]));
  const entity: EntityRef = (type, name, kind = null, unnamed = false) => {
    const id = unnamed ? `person:unnamed-${source.id.split(':')[1]}-${name}` : entityId(type, name);
    const known = entities.get(id);
    if (!known) {
      entities.set(id, { id, type, name: unnamed ? narratorName(titles.get(name)) : name, kind, unnamed });
    } else if (!known.kind && kind) {
      known.kind = kind;
    }
    return id;
  };
  for (const extracted of talks) {
    addTalk(rows, entity, extracted);
  }
  rows.entities = [...entities.values()];
  return rows;
}

function addTalk(rows: GraphRows, entity: EntityRef, { talk, extraction, fingerprint }: ExtractedTalk): void {
  const {
    speakers: _speakers,
    text: _text,
    narrator: _narrator,
    authorUnnamed,
    headings: _headings,
    preamble: _preamble,
    ...props
  } = talk;
  rows.talks.push({ ...props, fingerprint });
  const speakerIds = talk.speakers.map((name) => entity('Person', name));
  rows.given.push(...speakerIds.map((person) => ({ talk: talk.id, person })));
  for (const found of extraction.entities) {
    const id = entity(found.type, found.name, found.kind);
    rows.mentions.push({
      talk: talk.id,
      entity: id,
      count: found.count,
      snippet: found.snippet,
      aliases: found.aliases,
      extractors: found.extractors ?? RULES,
    });
  }
  // "I decided…" belongs to the speaker, or to an author who tells their own story unnamed.
  // A talk with neither (a third-person recap whose subject was not found) has no narrator:
  // its unattributed steps are dropped rather than pinned on a made-up person.
  const writer = () => entity('Person', String(talk.position), null, true);
  const narrator = speakerIds[0] ?? (authorUnnamed ? writer() : null);
  const person = (name: string | null) =>
    name === NOTE_TAKER ? writer() : name ? entity('Person', name) : narrator;
  const place = (p: Place | null) => (p ? entity(p.type, p.name) : null);
  extraction.decisions.forEach((d, index) => {
    const who = person(d.person);
    if (who) {
      rows.decisions.push({
        id: `decision:${sha256(`${talk.id}#${index}#${d.kind}`).slice(0, 16)}`,
        talk: talk.id,
        person: who,
        kind: d.kind,
        year: d.year,
        from: place(d.from),
        to: place(d.to),
        summary: summarise(d),
        evidence: d.evidence,
        offset: d.offset,
        extractors: d.extractors ?? RULES,
      });
    }
  });
  for (const a of extraction.affiliations) {
    const who = person(a.person);
    if (who) {
      const { person: _person, institution, ...facts } = a;
      rows.affiliations.push({
        talk: talk.id,
        person: who,
        institution: entity('Institution', institution),
        ...facts,
        // One vocabulary (교수 and Professor are one role); the note's words stay in the evidence.
        role: normaliseRole(facts.role),
      });
    }
  }
}

function summarise(d: ExtractedDecision): string {
  const route = [d.from?.name, d.to?.name].filter(Boolean).join(' → ');
  return [d.kind.replace(/_/g, ' '), route, d.year ? `(${d.year})` : ''].filter(Boolean).join(' ');
}
