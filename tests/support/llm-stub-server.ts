/**
 * A local stand-in for an OpenAI-compatible model server: node:http on 127.0.0.1, a free port,
 * no network. It replays answers written by hand for the tests: the first answer whose marker
 * occurs in the request's user message, else an empty answer. Every request is recorded.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LlmSettings } from '../../ingest/llm/settings.ts';

export interface StubFacts {
  speakers?: { name: string; evidence: string }[];
  entities?: { type: string; name: string; kind: string | null; evidence: string }[];
  decisions?: {
    person: string | null;
    kind: string;
    year: number | null;
    from: { type: string; name: string } | null;
    to: { type: string; name: string } | null;
    evidence: string;
  }[];
}

/** One recorded answer: facts (sent as the message content), raw content, or an HTTP failure. */
export interface StubReply {
  facts?: StubFacts;
  /** Message content as is (for answers that are not JSON). */
  content?: string;
  /** An HTTP status other than 200, with a short error body. */
  status?: number;
  /** Wait before answering (a server slower than the client's timeout). */
  delayMs?: number;
}

export interface StubRequest {
  model: string;
  responseFormat: string;
  user: string;
}

export interface LlmStub {
  /** The base URL, ending in /v1, as TALKGRAPH_LLM_URL takes it. */
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

export interface StubOptions {
  /** Answers by a marker their note contains (first match wins). */
  answers?: Record<string, StubReply>;
  /** False: a 400 to `response_format: json_schema`, as servers without structured output do. */
  structuredOutput?: boolean;
}

const EMPTY: StubFacts = { speakers: [], entities: [], decisions: [] };

export async function startLlmStub(options: StubOptions = {}): Promise<LlmStub> {
  const requests: StubRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      send(res, 404, { error: { message: 'not found' } });
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      model: string;
      messages: { role: string; content: string }[];
      response_format?: { type: string };
    };
    const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
    const responseFormat = body.response_format?.type ?? 'none';
    requests.push({ model: body.model, responseFormat, user });
    if (options.structuredOutput === false && responseFormat === 'json_schema') {
      send(res, 400, { error: { message: "response_format 'json_schema' is not supported" } });
      return;
    }
    const reply = Object.entries(options.answers ?? {}).find(([marker]) => user.includes(marker))?.[1] ?? {};
    const answer = () => {
      if (reply.status !== undefined) {
        send(res, reply.status, { error: { message: 'the stub fails on purpose' } });
        return;
      }
      const content = reply.content ?? JSON.stringify({ ...EMPTY, ...reply.facts });
      send(res, 200, {
        id: 'stub',
        object: 'chat.completion',
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      });
    };
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, reply.delayMs);
      timers.add(timer);
    } else {
      answer();
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) {
          clearTimeout(timer);
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) {
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Settings pointing at a stub, with a fresh cache folder and no waits between attempts. */
export function stubSettings(stub: LlmStub, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return {
    url: stub.url,
    model: 'stub-model',
    apiKey: undefined,
    concurrency: 2,
    timeoutMs: 10_000,
    retries: 0,
    backoffMs: 0,
    cacheDir: mkdtempSync(join(tmpdir(), 'talkgraph-llm-cache-')),
    chunkChars: 12_000,
    ...overrides,
  };
}
