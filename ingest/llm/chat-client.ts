/**
 * A client of an OpenAI-compatible `/chat/completions` (OpenAI, Ollama, vLLM, llama.cpp, LM
 * Studio…) on Node's fetch. Each request is bounded in time (TALKGRAPH_LLM_TIMEOUT_MS, answer
 * included) and size (MAX_RESPONSE_BYTES); a transient failure (network, timeout, 408, 409, 429,
 * 5xx) is retried with exponential backoff; at most `concurrency` requests are in flight.
 */
import { Limiter } from './limiter.ts';
import type { LlmSettings } from './settings.ts';

/** An answer of a few thousand tokens is ~20 kB; anything past this is not an answer to us. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
/** Longest wait between attempts, whatever the backoff or Retry-After say. */
const MAX_BACKOFF_MS = 30_000;
/**
 * Requests in a row that failed every attempt: past this the server is taken for down and the
 * rest of the run is not asked (a thousand notes would otherwise each wait out every retry).
 */
const GIVE_UP_AFTER = 3;

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface ChatAnswer {
  content: string;
  promptTokens: number;
  completionTokens: number;
}

export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    message: string,
    /** Failed on the network, on time or with a 429/5xx, after every attempt. */
    readonly transient = false,
  ) {
    super(message);
  }
}

type ResponseFormat = 'json_schema' | 'json_object';

export interface ChatRequest {
  messages: ChatMessage[];
  schema: Record<string, unknown>;
}

export class ChatClient {
  readonly #settings: LlmSettings;
  readonly #limiter: Limiter;
  /** Structured output first; a server that refuses it is asked in JSON mode from then on. */
  #format: ResponseFormat = 'json_schema';
  /** Requests sent (retries and the JSON-mode fallback included). */
  requests = 0;
  /** Milliseconds spent waiting on the model, summed over requests. */
  busyMs = 0;
  #failuresInARow = 0;
  #down: string | undefined;

  constructor(settings: LlmSettings) {
    this.#settings = settings;
    this.#limiter = new Limiter(settings.concurrency);
  }

  complete(request: ChatRequest): Promise<ChatAnswer> {
    return this.#limiter.run(async () => {
      if (this.#down) {
        throw new ModelError(
          `not asked: the model failed ${GIVE_UP_AFTER} requests in a row (${this.#down})`,
        );
      }
      try {
        const answer = await this.#withRetries(request);
        this.#failuresInARow = 0;
        return answer;
      } catch (error) {
        if (error instanceof ModelError && error.transient) {
          this.#failuresInARow += 1;
          if (this.#failuresInARow >= GIVE_UP_AFTER) {
            this.#down = error.message;
          }
        }
        throw error;
      }
    });
  }

  async #withRetries(request: ChatRequest): Promise<ChatAnswer> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.#send(request);
      } catch (error) {
        const wait = error instanceof Transient ? error.retryAfterMs : undefined;
        if (!(error instanceof Transient) || attempt >= this.#settings.retries) {
          throw error instanceof Transient ? new ModelError(error.message, true) : error;
        }
        const backoff = this.#settings.backoffMs * 2 ** attempt;
        await sleep(Math.min(MAX_BACKOFF_MS, Math.max(backoff, wait ?? 0)));
      }
    }
  }

  async #send(request: ChatRequest): Promise<ChatAnswer> {
    const format = this.#format;
    const response = await this.#post(request, format);
    if (format === 'json_schema' && (response.status === 400 || response.status === 422)) {
      // A server without structured output says so with a 400 (OpenAI-compatible servers differ
      // in the words): JSON mode plus validation instead.
      this.#format = 'json_object';
      return this.#send(request);
    }
    return readAnswer(response);
  }

  async #post(request: ChatRequest, format: ResponseFormat): Promise<Reply> {
    const { url, model, apiKey, timeoutMs } = this.#settings;
    const body = {
      model,
      messages: request.messages,
      temperature: 0,
      response_format:
        format === 'json_schema'
          ? { type: 'json_schema', json_schema: { name: 'talk_facts', strict: true, schema: request.schema } }
          : { type: 'json_object' },
    };
    const signal = AbortSignal.timeout(timeoutMs);
    const started = performance.now();
    this.requests += 1;
    try {
      const response = await fetch(`${url}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal,
      });
      const text = await readBounded(response, MAX_RESPONSE_BYTES);
      return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
    } catch (error) {
      if (error instanceof ModelError) {
        throw error;
      }
      const reason = signal.aborted
        ? `no answer within ${timeoutMs} ms (TALKGRAPH_LLM_TIMEOUT_MS)`
        : `could not reach ${url} (${causeOf(error)})`;
      throw new Transient(reason);
    } finally {
      this.busyMs += performance.now() - started;
    }
  }
}

interface Reply {
  status: number;
  text: string;
  retryAfter: string | null;
}

/** A failure worth another attempt. */
class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const RETRIED = new Set([408, 409, 429]);

function readAnswer(reply: Reply): ChatAnswer {
  if (reply.status < 200 || reply.status >= 300) {
    const message = `the model server answered HTTP ${reply.status}: ${reply.text.slice(0, 200)}`;
    if (RETRIED.has(reply.status) || reply.status >= 500) {
      const seconds = Number(reply.retryAfter);
      throw new Transient(message, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined);
    }
    throw new ModelError(message);
  }
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    throw new ModelError('the model server sent a response that is not JSON');
  }
  const choice = (body as { choices?: { message?: { content?: unknown } }[] }).choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') {
    throw new ModelError('the model server sent no message content');
  }
  const usage = (body as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } }).usage;
  return {
    content,
    promptTokens: typeof usage?.prompt_tokens === 'number' ? usage.prompt_tokens : 0,
    completionTokens: typeof usage?.completion_tokens === 'number' ? usage.completion_tokens : 0,
  };
}

/** The body as text, or a ModelError past `max` bytes (the rest is not read). */
async function readBounded(response: Response, max: number): Promise<string> {
  if (!response.body) {
    return '';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) {
      await response.body.cancel().catch(() => undefined);
      throw new ModelError(`the model server's answer is over ${max} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
