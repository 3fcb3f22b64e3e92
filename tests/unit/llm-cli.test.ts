import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LlmStub, startLlmStub } from '../support/llm-stub-server.ts';
import { writeNotes } from '../support/notes.ts';

const CLI = join(import.meta.dirname, '..', '..', 'ingest', 'cli.ts');

/** The command line, run without blocking this process (the stub answers from here). */
function ingest(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, TALKGRAPH_LLM_URL: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run ingest with a model set (TALKGRAPH_LLM_URL)', () => {
  const dir = writeNotes({
    'talk.md': '# 어느 특강\n\n저는 2015년에 네이버에 입사했습니다. 거기서 별빛코퍼스를 만들었습니다.\n',
  });
  let stub: LlmStub;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    stub = await startLlmStub({
      answers: {
        '어느 특강': {
          facts: {
            entities: [
              {
                type: 'Dataset',
                name: '별빛코퍼스',
                kind: null,
                evidence: '거기서 별빛코퍼스를 만들었습니다.',
              },
            ],
          },
        },
      },
    });
    env = {
      TALKGRAPH_LLM_URL: stub.url,
      TALKGRAPH_LLM_MODEL: 'stub-model',
      TALKGRAPH_LLM_CACHE: mkdtempSync(join(tmpdir(), 'talkgraph-llm-cache-')),
    };
  });
  afterAll(async () => {
    await stub.close();
  });

  it('uses the model, reports its cost, and --no-llm turns it off for one run', async () => {
    const withModel = await ingest(['--dry-run', '--json', dir], env);
    expect(withModel.code).toBe(0);
    const report = JSON.parse(withModel.stdout) as {
      entities: { name: string }[];
      llm: { requests: number };
    };
    expect(report.entities.map((e) => e.name)).toContain('별빛코퍼스');
    expect(report.llm.requests).toBe(1);
    expect(withModel.stderr).toMatch(/model stub-model: 1 requests, 0 answers from the cache, 120 tokens/);
    expect(stub.requests).toHaveLength(1);

    const off = await ingest(['--dry-run', '--json', '--no-llm', dir], env);
    const rulesAlone = await ingest(['--dry-run', '--json', dir], {});
    expect(stub.requests).toHaveLength(1);
    expect(off.code).toBe(0);
    expect(off.stdout).toBe(rulesAlone.stdout);
    expect(off.stdout).not.toMatch(/"llm"|별빛코퍼스/);
  });

  it('rejects a bad model setting with exit code 2, before reading any note', async () => {
    const run = await ingest(['--dry-run', dir], { ...env, TALKGRAPH_LLM_CONCURRENCY: 'many' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TALKGRAPH_LLM_CONCURRENCY: expected a whole number/);
    expect(stub.requests).toHaveLength(1);
  });
});
