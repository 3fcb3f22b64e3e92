import { sourceId, talkId } from '../graph/ids.ts';
import type { FrontMatter } from './front-matter.ts';
import type { SourceText } from './read-source.ts';

export interface TalkRecord {
  id: string;
  title: string;
  date: string | null;
  language: string;
  series: string | null;
  url: string | null;
  speakers: string[];
  /** Position of the talk within its source, part of its id. */
  position: number;
  text: string;
}

export interface SourceRecord {
  id: string;
  path: string;
  sha256: string;
}

export interface NoteDocument {
  source: SourceRecord;
  talks: TalkRecord[];
}

const TITLE_MAX = 200;

/** One talk per note for now; its title from front matter, the first heading or the first line. */
export function splitTalks(source: SourceText, meta: FrontMatter, body: string): NoteDocument {
  const talk: TalkRecord = {
    id: talkId(source.path, 0),
    title: meta.title || firstHeading(body) || firstLine(body) || source.path,
    date: meta.date ?? null,
    language: meta.language || detectLanguage(body),
    series: meta.series ?? null,
    url: meta.url ?? null,
    speakers: meta.speakers ?? [],
    position: 0,
    text: body,
  };
  return { source: { id: sourceId(source.path), path: source.path, sha256: source.sha256 }, talks: [talk] };
}

function firstHeading(body: string): string | undefined {
  const match = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(body);
  return match?.[1] ? clip(match[1]) : undefined;
}

function firstLine(body: string): string | undefined {
  const line = body.split('\n').find((l) => l.trim().length > 0);
  return line ? clip(line.trim()) : undefined;
}

function clip(text: string): string {
  return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
}

/** Korean when Hangul makes up a real share of the letters; the genre mixes in English terms. */
export function detectLanguage(text: string): string {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return hangul > 0 && hangul >= latin * 0.2 ? 'ko' : 'en';
}
