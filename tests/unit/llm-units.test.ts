import { describe, expect, it } from 'vitest';
import { InvalidAnswer, parseAnswer } from '../../ingest/llm/answer-schema.ts';
import { chunkText } from '../../ingest/llm/chunks.ts';
import { GroundText } from '../../ingest/llm/ground.ts';
import { Limiter } from '../../ingest/llm/limiter.ts';
import { llmSettingsFromEnv } from '../../ingest/llm/settings.ts';

describe('model settings (TALKGRAPH_LLM_*)', () => {
  it('are off when the URL is unset or empty', () => {
    expect(llmSettingsFromEnv({})).toBeNull();
    expect(llmSettingsFromEnv({ TALKGRAPH_LLM_URL: '  ', TALKGRAPH_LLM_MODEL: 'm' })).toBeNull();
  });

  it('take defaults, a trailing slash off the URL, and the cache beside the data folder', () => {
    const settings = llmSettingsFromEnv({
      TALKGRAPH_LLM_URL: 'http://localhost:11434/v1/',
      TALKGRAPH_LLM_MODEL: 'qwen2.5:7b',
      TALKGRAPH_DATA: '/srv/tg',
    });
    expect(settings).toMatchObject({
      url: 'http://localhost:11434/v1',
      model: 'qwen2.5:7b',
      apiKey: undefined,
      concurrency: 2,
      retries: 2,
      cacheDir: '/srv/tg/llm-cache',
    });
  });

  it('refuse a missing model and numbers that are not whole', () => {
    expect(() => llmSettingsFromEnv({ TALKGRAPH_LLM_URL: 'http://x/v1' })).toThrow(/TALKGRAPH_LLM_MODEL/);
    const base = { TALKGRAPH_LLM_URL: 'http://x/v1', TALKGRAPH_LLM_MODEL: 'm' };
    expect(() => llmSettingsFromEnv({ ...base, TALKGRAPH_LLM_TIMEOUT_MS: '1.5' })).toThrow(/TIMEOUT_MS/);
    expect(() => llmSettingsFromEnv({ ...base, TALKGRAPH_LLM_CONCURRENCY: '0' })).toThrow(/≥ 1/);
    expect(() => llmSettingsFromEnv({ ...base, TALKGRAPH_LLM_URL: 'localhost:11434' })).toThrow(/http/);
  });
});

describe('grounding a fact in the note', () => {
  const text =
    '# 2019년\n\n그리고   **구름소프트**에\n입사했습니다.\nWe used BERT, said Ada.\n작년에 졸업했다.';
  const ground = new GroundText(text, '2021-05-01');

  it('finds evidence verbatim once whitespace and emphasis marks are set aside, and nothing else', () => {
    const span = ground.find('그리고 구름소프트에 입사했습니다.');
    expect(span && text.slice(span.start, span.end)).toBe('그리고   **구름소프트**에\n입사했습니다.');
    expect(ground.find('그리고 구름소프트에 입사했다.')).toBeNull();
    expect(ground.find('   ')).toBeNull();
  });

  it('finds a name only as a whole Latin word (Hangul may carry particles)', () => {
    expect(ground.findName('BERT')).toBeGreaterThan(0);
    expect(ground.findName('AI')).toBe(-1);
    expect(ground.findName('구름소프트')).toBeGreaterThan(0);
    expect(ground.findName('Ada Lovelace')).toBe(-1);
  });

  it('supports a year the evidence states, resolves against the talk date, or takes from its heading', () => {
    const joined = ground.find('구름소프트에 입사했습니다') ?? { start: -1 };
    expect(ground.supportsYear(2019, '구름소프트에 입사했습니다', joined.start)).toBe(true);
    expect(ground.supportsYear(2018, '구름소프트에 입사했습니다', joined.start)).toBe(false);
    const graduated = ground.find('작년에 졸업했다.') ?? { start: -1 };
    expect(ground.supportsYear(2020, '작년에 졸업했다.', graduated.start)).toBe(true);
  });
});

describe('cutting a long talk for the model', () => {
  it('keeps a short talk whole and cuts a long one on its headings, covering the text in order', () => {
    expect(chunkText('short', 100)).toEqual(['short']);
    const sections = [
      '## 2017년',
      'a'.repeat(300),
      '## 2019년',
      'b'.repeat(300),
      '## 2021년',
      'c'.repeat(300),
    ];
    const text = sections.join('\n');
    const parts = chunkText(text, 700);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((p) => p.startsWith('## '))).toBe(true);
    expect(parts.every((p) => p.length <= 700)).toBe(true);
  });

  it('cuts a section longer than the limit by paragraphs, then lines, then length', () => {
    const text = `${'x'.repeat(50)}\n\n${'y'.repeat(50)}\n${'z'.repeat(250)}`;
    const parts = chunkText(text, 100);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
  });
});

describe("reading the model's answer", () => {
  it('drops and counts the items off the schema, keeps the others', () => {
    const answer = parseAnswer(
      '```json\n{"entities": [{"type": "Model", "name": "BERT", "kind": null, "evidence": "BERT"}, {"type": "Date", "name": "2019"}]}\n```',
    );
    expect(answer.entities.map((e) => e.name)).toEqual(['BERT']);
    expect(answer.decisions).toEqual([]);
    expect(answer.invalid).toBe(1);
  });

  it('refuses what is not JSON, or not an object of lists', () => {
    expect(() => parseAnswer('Sure! Here are the facts:')).toThrow(InvalidAnswer);
    expect(() => parseAnswer('[1, 2]')).toThrow(InvalidAnswer);
  });
});

describe('the request limiter', () => {
  it('never runs more tasks at once than its limit', async () => {
    const limiter = new Limiter(2);
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 7 }, () => limiter.run(task)));
    expect(most).toBe(2);
  });
});
