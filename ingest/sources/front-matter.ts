import { parseDocument } from 'yaml';
import { SourceError } from './read-file.ts';

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

/** Names after the opening `---` that mean YAML; any other (js, coffee, toml…) is refused. */
const YAML_NAMES = new Set(['', 'yaml', 'yml']);

/** A front-matter block has a few fields: aliases serve no note and are how YAML bombs grow. */
const MAX_ALIASES = 16;

/**
 * Splits optional YAML front matter from the body. Front matter is data, never code: it is
 * split here rather than by gray-matter, whose default engines evaluate `---js` blocks, and
 * parsed with the YAML 1.2 core schema, no custom tags and few aliases. Anything else — another
 * language, an unknown tag, malformed YAML, a field of the wrong shape — is an error naming the
 * source.
 */
export function parseFrontMatter(source: string, text: string): ParsedNote {
  const block = frontMatterBlock(text);
  if (!block) {
    return { meta: {}, body: text };
  }
  if (!YAML_NAMES.has(block.language.toLowerCase())) {
    throw new SourceError(
      source,
      `front matter in "${block.language}" is refused: only YAML front matter is read (it is data, never code)`,
    );
  }
  if (block.yaml === undefined) {
    throw new SourceError(source, 'malformed front matter: the opening --- has no closing --- line');
  }
  return { meta: validateMeta(source, parseYaml(source, block.yaml)), body: block.body };
}

interface Block {
  language: string;
  /** Undefined when no closing `---` line follows. */
  yaml: string | undefined;
  body: string;
}

/**
 * The block between a first line `---` (optionally naming a language: `---yaml`, `--- js`) and
 * the next line that is `---`. A first line of four dashes or more is a rule, and one like
 * `--- Notes ---` is a heading, not front matter.
 */
function frontMatterBlock(text: string): Block | undefined {
  const firstEnd = text.indexOf('\n');
  const first = (firstEnd === -1 ? text : text.slice(0, firstEnd)).replace(/\r$/, '');
  const opening = /^---(?!-)[ \t]*([\w.+-]*)[ \t]*$/.exec(first);
  if (!opening) {
    return undefined;
  }
  const language = opening[1] ?? '';
  if (firstEnd === -1) {
    return { language, yaml: undefined, body: '' };
  }
  const rest = text.slice(firstEnd + 1);
  const closing = /^---[ \t]*\r?$/m.exec(rest);
  if (!closing) {
    return { language, yaml: undefined, body: '' };
  }
  const after = rest.slice(closing.index + closing[0].length);
  return { language, yaml: rest.slice(0, closing.index), body: after.replace(/^\n/, '') };
}

function parseYaml(source: string, yaml: string): Record<string, unknown> {
  let data: unknown;
  try {
    const doc = parseDocument(yaml, {
      schema: 'core',
      customTags: [],
      merge: false,
      uniqueKeys: true,
      prettyErrors: false,
      logLevel: 'silent',
    });
    // An unknown tag (`!!js/function`, `!!python/object`) is only a warning to the yaml package;
    // here it is refused, so that no value is taken from a tag this parser does not know.
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      throw problem;
    }
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SourceError(source, `malformed front matter: ${reason}`);
  }
  if (data === null || data === undefined) {
    return {};
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceError(source, 'malformed front matter: expected fields (key: value), not a single value');
  }
  return data as Record<string, unknown>;
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
  // The core schema has no timestamp type: a date stays the text it was written as (a bare
  // year is a number).
  const date = data['date'];
  if ((typeof date === 'string' && date.trim()) || (typeof date === 'number' && Number.isInteger(date))) {
    meta.date = String(date).trim();
  } else if (date !== undefined && date !== null && date !== '') {
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
