import matter from 'gray-matter';
import { SourceError } from './read-source.ts';

export interface FrontMatter {
  title?: string;
  speakers?: string[];
  date?: string;
  series?: string;
  url?: string;
  language?: string;
}

export interface ParsedNote {
  meta: FrontMatter;
  body: string;
}

/** Splits optional YAML front matter from the body; a malformed block is an error naming the field. */
export function parseFrontMatter(source: string, text: string): ParsedNote {
  if (!text.startsWith('---')) {
    return { meta: {}, body: text };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object defeats gray-matter's cache, which would keep a failed parse's state.
    parsed = matter(text, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SourceError(source, `malformed front matter: ${reason}`);
  }
  return { meta: validateMeta(source, parsed.data), body: parsed.content };
}

function validateMeta(source: string, data: Record<string, unknown>): FrontMatter {
  const meta: FrontMatter = {};
  for (const key of ['title', 'series', 'url', 'language'] as const) {
    const value = data[key];
    if (value === undefined || value === null) {
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new SourceError(source, `front matter field "${key}" must be text`);
    }
    meta[key] = String(value).trim();
  }
  const date = data['date'];
  if (date instanceof Date) {
    meta.date = date.toISOString().slice(0, 10);
  } else if (typeof date === 'string' && date.trim()) {
    meta.date = date.trim();
  } else if (date !== undefined && date !== null) {
    throw new SourceError(source, 'front matter field "date" must be a date (YYYY-MM-DD)');
  }
  const speakers = data['speakers'] ?? data['speaker'];
  if (typeof speakers === 'string') {
    meta.speakers = speakers
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
  } else if (Array.isArray(speakers) && speakers.every((s) => typeof s === 'string')) {
    meta.speakers = speakers.map((s) => s.trim()).filter(Boolean);
  } else if (speakers !== undefined && speakers !== null) {
    throw new SourceError(source, 'front matter field "speakers" must be a list of names');
  }
  return meta;
}
