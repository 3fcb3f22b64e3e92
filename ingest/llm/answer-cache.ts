/**
 * The model's answers on disk, keyed by what was asked (prompt version, model, the request's
 * messages, which hold the talk's text): a rerun over unchanged notes asks nothing. Only answers
 * that parsed are kept, as the raw content, so grounding changes apply without asking again.
 * A cache that cannot be read or written is no error: the model is asked instead.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../../graph/ids.ts';
import type { ChatMessage } from './chat-client.ts';
import { PROMPT_VERSION } from './prompt.ts';

export class AnswerCache {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  key(model: string, messages: readonly ChatMessage[]): string {
    return sha256(JSON.stringify({ prompt: PROMPT_VERSION, model, messages }));
  }

  async get(key: string): Promise<string | undefined> {
    try {
      const stored = JSON.parse(await readFile(this.#file(key), 'utf8')) as { content?: unknown };
      return typeof stored.content === 'string' ? stored.content : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, model: string, content: string): Promise<void> {
    const file = this.#file(key);
    // Written aside and renamed, so a reader never sees half an answer.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(join(this.#dir, key.slice(0, 2)), { recursive: true });
      await writeFile(partial, JSON.stringify({ prompt: PROMPT_VERSION, model, content }));
      await rename(partial, file);
    } catch {
      // A read-only or full disk costs a request next time, nothing more.
    }
  }

  #file(key: string): string {
    return join(this.#dir, key.slice(0, 2), `${key}.json`);
  }
}
