import { extractDecisions } from '../../ingest/extract/extract-decisions.ts';
import { extractEntities } from '../../ingest/extract/extract-entities.ts';
import type { ExtractedDecision } from '../../ingest/extract/types.ts';

export interface DecisionOptions {
  date?: string | null;
  speakers?: string[];
  narrator?: 'speaker' | 'author';
  /** The talk's title, when the text repeats it. */
  title?: string;
}

/** The decisions of a text as the pipeline finds them: the real entity extractor feeds the rules. */
export function decisionsOf(
  text: string,
  options: DecisionOptions,
  narrator: 'speaker' | 'author',
): ExtractedDecision[] {
  const speakers = options.speakers ?? [];
  const { mentions } = extractEntities(text, { speakers });
  return extractDecisions({
    text,
    date: options.date ?? null,
    mentions,
    speakers,
    narrator: options.narrator ?? narrator,
    ...(options.title ? { title: options.title } : {}),
  }).decisions;
}
