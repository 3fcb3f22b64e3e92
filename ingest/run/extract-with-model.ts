/**
 * Every source extracted by the rules and then the model, yielded in the order given (as
 * extractInOrder does). The rules run here, on the main thread: a model takes seconds per note
 * where the rules take milliseconds, so threads would save little, while the model's requests
 * overlap here, several notes at once, within TALKGRAPH_LLM_CONCURRENCY requests in flight.
 */

import type { ModelExtractor } from '../llm/model-extractor.ts';
import type { Extracted } from './extract-pool.ts';
import { type ExtractBudget, extractBudgetFromEnv, extractSource } from './process-note.ts';

/** Notes read ahead per request slot, so a slot freed by one note finds the next one waiting. */
const AHEAD_PER_SLOT = 2;

export async function* extractWithModel(
  sources: readonly string[],
  model: ModelExtractor,
  budget: ExtractBudget = extractBudgetFromEnv(),
): AsyncGenerator<Extracted> {
  const enrich = model.enrich.bind(model);
  const extract = async (file: string): Promise<Extracted> => {
    try {
      return { file, rows: await extractSource(file, budget, enrich) };
    } catch (error) {
      return { file, error };
    }
  };
  const queue: Promise<Extracted>[] = [];
  let next = 0;
  const readAhead = () => {
    while (next < sources.length && queue.length < model.settings.concurrency * AHEAD_PER_SLOT) {
      queue.push(extract(sources[next++] as string));
    }
  };
  readAhead();
  for (let item = queue.shift(); item; item = queue.shift()) {
    const result = await item;
    readAhead();
    yield result;
  }
}
