/**
 * The optional model extractor, per note: each talk the document model split off (cut into parts
 * on section boundaries when long) is asked of the model, answers come from the cache when the
 * same text was asked before, and the grounded facts are merged into the rules' (merge-facts.ts).
 * A model that cannot be reached, fails, times out or answers off the schema costs that note its
 * model facts only: a warning names the note, its rule facts stand, and the load goes on.
 */
import type { ExtractedTalk } from '../load/graph-rows.ts';
import type { NoteDocument } from '../split/split-talks.ts';
import { AnswerCache } from './answer-cache.ts';
import { answerJsonSchema, type ModelAnswer, parseAnswer } from './answer-schema.ts';
import { ChatClient } from './chat-client.ts';
import { chunkText } from './chunks.ts';
import { emptyCounts, type MergeCounts, mergeModelFacts } from './merge-facts.ts';
import { promptMessages } from './prompt.ts';
import type { LlmSettings } from './settings.ts';

/** The model's part of an ingest report (`llm` in the dry-run JSON, when a model is set). */
export interface LlmReport extends MergeCounts {
  model: string;
  /** Requests sent to the model (retries included); answers from the cache are not requests. */
  requests: number;
  cacheHits: number;
  promptTokens: number;
  completionTokens: number;
  /** Seconds spent waiting on the model, summed over requests (they overlap when concurrent). */
  seconds: number;
  /** Notes whose model facts were merged. */
  notes: number;
  /** Notes left to the rules alone, each naming its note. */
  warnings: { source: string; message: string }[];
}

export class ModelExtractor {
  readonly settings: LlmSettings;
  readonly #client: ChatClient;
  readonly #cache: AnswerCache;
  readonly #report: LlmReport;

  constructor(settings: LlmSettings) {
    this.settings = settings;
    this.#client = new ChatClient(settings);
    this.#cache = new AnswerCache(settings.cacheDir);
    this.#report = {
      model: settings.model,
      requests: 0,
      cacheHits: 0,
      promptTokens: 0,
      completionTokens: 0,
      seconds: 0,
      notes: 0,
      ...emptyCounts(),
      warnings: [],
    };
  }

  report(): LlmReport {
    return {
      ...this.#report,
      requests: this.#client.requests,
      seconds: Math.round(this.#client.busyMs / 100) / 10,
    };
  }

  /** The note's talks with the model's grounded facts merged in; the talks as given on failure. */
  async enrich(doc: NoteDocument, talks: ExtractedTalk[]): Promise<ExtractedTalk[]> {
    try {
      const answers = await Promise.all(talks.map((talk) => this.#ask(talk)));
      const counts = emptyCounts();
      const merged = talks.map((talk, i) => mergeModelFacts(talk, answers[i] ?? [], counts));
      this.#count(counts);
      this.#report.notes += 1;
      return merged;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#report.warnings.push({
        source: doc.source.path,
        message: `${doc.source.path}: rules only, the model's facts were left out: ${message}`,
      });
      return talks;
    }
  }

  async #ask({ talk }: ExtractedTalk): Promise<ModelAnswer[]> {
    if (talk.text.trim().length === 0) {
      return [];
    }
    const parts = chunkText(talk.text, this.settings.chunkChars);
    return Promise.all(
      parts.map((text, index) =>
        this.#answer(
          promptMessages({
            title: talk.title,
            date: talk.date,
            text,
            ...(parts.length > 1 ? { part: { index: index + 1, count: parts.length } } : {}),
          }),
        ),
      ),
    );
  }

  async #answer(messages: ReturnType<typeof promptMessages>): Promise<ModelAnswer> {
    const key = this.#cache.key(this.settings.model, messages);
    const cached = await this.#cache.get(key);
    if (cached !== undefined) {
      try {
        const answer = parseAnswer(cached);
        this.#report.cacheHits += 1;
        return answer;
      } catch {
        // A damaged entry is asked again (and overwritten).
      }
    }
    const reply = await this.#client.complete({ messages, schema: answerJsonSchema() });
    this.#report.promptTokens += reply.promptTokens;
    this.#report.completionTokens += reply.completionTokens;
    const answer = parseAnswer(reply.content);
    await this.#cache.set(key, this.settings.model, reply.content);
    return answer;
  }

  #count(counts: MergeCounts): void {
    const into = this.#report;
    for (const group of ['added', 'confirmed', 'dropped'] as const) {
      const target = into[group] as Record<string, number>;
      for (const [name, value] of Object.entries(counts[group])) {
        target[name] = (target[name] ?? 0) + value;
      }
    }
    into.yearsRemoved += counts.yearsRemoved;
  }
}
