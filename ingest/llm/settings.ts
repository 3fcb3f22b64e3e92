/**
 * Settings of the optional model extractor, by environment (listed in .env.example). Unset
 * TALKGRAPH_LLM_URL → null: the ingest is the rules alone, byte for byte.
 */
import { join } from 'node:path';

export interface LlmSettings {
  /** Base URL of an OpenAI-compatible API, ending in `/v1` (its `/chat/completions` is called). */
  url: string;
  model: string;
  /** Sent as a bearer token when set (a local Ollama or vLLM needs none). */
  apiKey: string | undefined;
  /** Requests in flight at once. @default 2 */
  concurrency: number;
  /** Time allowed for one request, answer included. @default 120000 (a local 7B model on a CPU is slow) */
  timeoutMs: number;
  /** Further attempts after a failed request (network, timeout, 429, 5xx). @default 2 */
  retries: number;
  /** Wait before the first retry, doubled for each next one. @default 1000 */
  backoffMs: number;
  /** Folder of cached answers. @default `<TALKGRAPH_DATA>/llm-cache` (`.data/llm-cache`) */
  cacheDir: string;
  /** Characters of talk text per request; a longer talk is cut on section boundaries. @default 12000 */
  chunkChars: number;
}

export class LlmSettingsError extends Error {
  override name = 'LlmSettingsError';
}

/** The settings, or null when TALKGRAPH_LLM_URL is unset (or empty). Throws on a bad value. */
export function llmSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LlmSettings | null {
  const url = env['TALKGRAPH_LLM_URL']?.trim();
  if (!url) {
    return null;
  }
  if (!/^https?:\/\/[^\s]+$/i.test(url)) {
    throw new LlmSettingsError(`TALKGRAPH_LLM_URL: expected an http(s) URL ending in /v1, got "${url}"`);
  }
  const model = env['TALKGRAPH_LLM_MODEL']?.trim();
  if (!model) {
    throw new LlmSettingsError(
      'TALKGRAPH_LLM_MODEL: required when TALKGRAPH_LLM_URL is set (e.g. qwen2.5:7b)',
    );
  }
  return {
    url: url.replace(/\/+$/, ''),
    model,
    apiKey: env['TALKGRAPH_LLM_API_KEY']?.trim() || undefined,
    concurrency: wholeNumber(env, 'TALKGRAPH_LLM_CONCURRENCY', 2, 1),
    timeoutMs: wholeNumber(env, 'TALKGRAPH_LLM_TIMEOUT_MS', 120_000, 1),
    retries: wholeNumber(env, 'TALKGRAPH_LLM_RETRIES', 2, 0),
    backoffMs: wholeNumber(env, 'TALKGRAPH_LLM_BACKOFF_MS', 1_000, 0),
    cacheDir: env['TALKGRAPH_LLM_CACHE']?.trim() || join(env['TALKGRAPH_DATA'] || '.data', 'llm-cache'),
    chunkChars: wholeNumber(env, 'TALKGRAPH_LLM_CHUNK_CHARS', 12_000, 500),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') {
    return fallback;
  }
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new LlmSettingsError(`${name}: expected a whole number ≥ ${min}, got "${value}"`);
  }
  return Number(value);
}
