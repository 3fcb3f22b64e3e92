import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelExtractor } from '../../ingest/llm/model-extractor.ts';
import type { LlmSettings } from '../../ingest/llm/settings.ts';
import { extractSource } from '../../ingest/run/process-note.ts';
import { type IngestReport, ingestPaths } from '../../ingest/run/run-ingest.ts';
import { type LlmStub, type StubOptions, startLlmStub, stubSettings } from '../support/llm-stub-server.ts';
import { writeNotes } from '../support/notes.ts';

// Invented notes: what the rules find in them is the baseline the model's answers are merged into.
const NOTES = {
  'ko-story.md': [
    '# 한별 님의 커리어 특강',
    '',
    '저는 한별입니다. 오늘은 제가 걸어온 길을 이야기하겠습니다.',
    '',
    '## 2017년',
    '',
    '2017년에 서울대학교 대학원에 진학했습니다. 그때 별빛코퍼스라는 데이터를 처음 만들었습니다.',
    '',
    '## 2019년',
    '',
    '그리고 구름소프트에 입사했습니다. 거기서 BERT 기반 검색을 만들었습니다.',
    '',
  ].join('\n'),
  'en-story.md': [
    '# Mira Okafor on leaving research',
    '',
    'I joined Lumen Robotics in 2016 as an engineer.',
    'Later I moved to Tidewater University as an assistant professor, where we trained ResNet models on the Pebble Benchmark.',
    '',
  ].join('\n'),
};

/** Hand-written answers, each keyed by a phrase of its note. */
const KO = {
  speakers: [{ name: '한별', evidence: '저는 한별입니다.' }],
  entities: [
    {
      type: 'Dataset',
      name: '별빛코퍼스',
      kind: null,
      evidence: '그때 별빛코퍼스라는 데이터를 처음 만들었습니다.',
    },
    {
      type: 'Institution',
      name: '서울대학교',
      kind: 'university',
      evidence: '2017년에 서울대학교 대학원에 진학했습니다.',
    },
  ],
  decisions: [
    // The year is not the evidence's (2017) nor its section's: removed, and then it agrees with the rules.
    {
      person: null,
      kind: 'grad_school',
      year: 2018,
      from: null,
      to: { type: 'Institution', name: '서울대학교' },
      evidence: '2017년에 서울대학교 대학원에 진학했습니다.',
    },
    // Dated by its section heading (## 2019년), as the rules date it: the same telling.
    {
      person: '한별',
      kind: 'joined',
      year: 2019,
      from: null,
      to: { type: 'Institution', name: '구름소프트' },
      evidence: '그리고 구름소프트에 입사했습니다.',
    },
    // Another kind for the same sentence: a second telling, kept beside the rules'.
    {
      person: null,
      kind: 'founded',
      year: null,
      from: null,
      to: { type: 'Institution', name: '구름소프트' },
      evidence: '그리고   구름소프트에\n입사했습니다.',
    },
  ],
};

const EN = {
  speakers: [],
  entities: [
    {
      type: 'Institution',
      name: 'Lumen Robotics',
      kind: 'company',
      evidence: 'I joined Lumen Robotics in 2016',
    },
    {
      type: 'Model',
      name: 'ResNet',
      kind: null,
      evidence: 'we trained ResNet models on the Pebble Benchmark',
    },
    {
      type: 'Dataset',
      name: 'Pebble Benchmark',
      kind: null,
      evidence: 'ResNet models on the Pebble Benchmark.',
    },
    // Not in the note: a name the model made up, and evidence it paraphrased.
    { type: 'Person', name: 'Dr. Okafor', kind: null, evidence: 'Mira Okafor on leaving research' },
    { type: 'Conference', name: 'NeurIPS', kind: null, evidence: 'She presented at NeurIPS in 2018.' },
  ],
  decisions: [
    {
      person: null,
      kind: 'joined',
      year: 2016,
      from: null,
      to: { type: 'Institution', name: 'Lumen Robotics' },
      evidence: 'I joined Lumen Robotics in 2016 as an engineer.',
    },
    {
      person: null,
      kind: 'moved_to_academia',
      year: null,
      from: null,
      to: { type: 'Institution', name: 'Tidewater University' },
      evidence: 'Later I moved to Tidewater University as an assistant professor',
    },
    // Ungrounded: no such sentence in the note.
    {
      person: null,
      kind: 'left',
      year: 2021,
      from: null,
      to: { type: 'Institution', name: 'Tidewater University' },
      evidence: 'In 2021 I left Tidewater University to start a company.',
    },
  ],
};

const ANSWERS: StubOptions['answers'] = {
  '한별 님의 커리어 특강': { facts: KO },
  'Mira Okafor on leaving research': { facts: EN },
};

type Decision = IngestReport['decisions'][number];
const withoutModel = (report: IngestReport) => {
  const { llm: _llm, ...rest } = report;
  return rest;
};

describe('the model extractor, against a local stub server', () => {
  const dir = writeNotes(NOTES);
  let stub: LlmStub;
  let rulesOnly: IngestReport;

  beforeAll(async () => {
    stub = await startLlmStub({ answers: ANSWERS });
    rulesOnly = (await ingestPaths([dir], { llm: null })).report;
  });
  afterAll(async () => {
    await stub.close();
  });

  const run = async (settings: LlmSettings) => (await ingestPaths([dir], { llm: settings })).report;

  it('keeps grounded facts and drops (and counts) those whose evidence or names are not in the note', async () => {
    const report = await run(stubSettings(stub));
    expect(report.errors).toEqual([]);
    expect(report.llm?.warnings).toEqual([]);
    const names = report.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lumen Robotics', 'Pebble Benchmark', '별빛코퍼스']));
    expect(names).not.toContain('Dr. Okafor');
    expect(names).not.toContain('NeurIPS');
    expect(report.decisions.map((d) => d.evidence).join('\n')).not.toMatch(/In 2021 I left/);
    const joined = report.decisions.find((d) => d.to === 'Lumen Robotics');
    expect(joined).toMatchObject({ kind: 'joined', year: 2016, extractors: ['llm'] });
    expect(report.llm).toMatchObject({
      model: 'stub-model',
      requests: 2,
      cacheHits: 0,
      promptTokens: 200,
      completionTokens: 40,
      notes: 2,
      dropped: { evidence: 2, name: 1, invalid: 0 },
      yearsRemoved: 1,
    });
  });

  it('merges with the rules: one node per entity, each fact marked with who found it, both tellings of a disagreement', async () => {
    const report = await run(stubSettings(stub));
    // 서울대학교 (model) and 서울대학교 대학원 (rules) are one ontology entity: one node.
    const snu = report.entities.filter((e) => e.id === 'institution:seoul-national-university');
    expect(snu).toHaveLength(1);
    expect(snu[0]?.aliases).toEqual(expect.arrayContaining(['서울대학교 대학원', '서울대학교']));
    expect(report.entities.filter((e) => e.name === 'ResNet')).toHaveLength(1);
    const ko = (d: Decision) => d.person === '한별';
    const told = report.decisions.filter(ko).map((d) => [d.kind, d.to, d.year, d.extractors ?? ['rules']]);
    expect(told).toEqual([
      ['grad_school', 'Seoul National University', 2017, ['rules', 'llm']],
      ['joined', '구름소프트', 2019, ['rules', 'llm']],
      ['founded', '구름소프트', null, ['llm']],
    ]);
    // In each talk, the rules' decisions keep their ids and order; the model's come after them.
    for (const talk of rulesOnly.talks) {
      const ids = (r: IngestReport) => r.decisions.filter((d) => d.talk === talk.id).map((d) => d.id);
      expect(ids(report).slice(0, ids(rulesOnly).length)).toEqual(ids(rulesOnly));
    }
    expect(report.decisions.find((d) => d.to === 'Tidewater University')?.extractors).toEqual([
      'rules',
      'llm',
    ]);
  });

  it('records the extractor on the mention rows written to Neo4j', async () => {
    const model = new ModelExtractor(stubSettings(stub));
    const rows = await extractSource(join(dir, 'en-story.md'), undefined, model.enrich.bind(model));
    const extractors = (id: string) => rows.mentions.find((m) => m.entity === id)?.extractors;
    expect(extractors('model:resnet')).toEqual(['rules', 'llm']);
    expect(extractors('dataset:pebble-benchmark')).toEqual(['llm']);
    expect(extractors('topic:robotics')).toEqual(['rules']);
    expect(rows.mentions.filter((m) => m.entity === 'model:resnet')).toHaveLength(1);
  });

  it('answers a rerun of unchanged notes from the cache: no request, the same report', async () => {
    const settings = stubSettings(stub);
    const first = await run(settings);
    const before = stub.requests.length;
    const second = await run(settings);
    expect(stub.requests.length).toBe(before);
    expect(second.llm).toMatchObject({ requests: 0, cacheHits: 2, promptTokens: 0 });
    expect(withoutModel(second)).toEqual(withoutModel(first));
  });

  it('asks in JSON mode, and validates, when the server has no structured output', async () => {
    const plain = await startLlmStub({ answers: ANSWERS, structuredOutput: false });
    try {
      const report = await run(stubSettings(plain));
      // Requests sent together may both try structured output first; each note is answered once in JSON mode.
      const formats = plain.requests.map((r) => r.responseFormat);
      expect(formats[0]).toBe('json_schema');
      expect(formats.filter((f) => f === 'json_object')).toHaveLength(2);
      expect(report.llm?.warnings).toEqual([]);
      expect(report.entities.map((e) => e.name)).toContain('Pebble Benchmark');
    } finally {
      await plain.close();
    }
  });

  it('asks about a long talk part by part, cut on its section headings', async () => {
    const parts = await startLlmStub();
    const section = (year: number) =>
      `## ${year}년\n\n${'그 해에는 여러 프로젝트를 했습니다. '.repeat(12)}\n`;
    const long = writeNotes({
      'long.md': `# 긴 회고\n\n${[2015, 2016, 2017, 2018].map(section).join('\n')}`,
    });
    try {
      await ingestPaths([long], { llm: stubSettings(parts, { chunkChars: 500 }) });
      expect(parts.requests.length).toBeGreaterThan(1);
      // Parts are asked concurrently: they may arrive in any order.
      const n = parts.requests.length;
      const numbers = parts.requests.map((r) => Number(new RegExp(`Part (\\d+) of ${n}`).exec(r.user)?.[1]));
      expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      const first = (r: { user: string }) => r.user.includes('Part 1 of');
      expect(
        parts.requests.filter((r) => !first(r)).every((r) => /Text:\n"""\n## 20\d\d년/.test(r.user)),
      ).toBe(true);
    } finally {
      await parts.close();
    }
  });

  it('a model that finds nothing changes nothing', async () => {
    const empty = await startLlmStub();
    try {
      const report = await run(stubSettings(empty));
      expect(empty.requests).toHaveLength(2);
      expect(withoutModel(report)).toEqual(rulesOnly);
    } finally {
      await empty.close();
    }
  });

  describe('a failing model leaves the note to the rules, with a warning naming it, and never fails the load', () => {
    const failing = async (reply: StubOptions['answers'], settings: Partial<LlmSettings> = {}) => {
      const bad = await startLlmStub({ answers: reply });
      try {
        return { report: await run(stubSettings(bad, settings)), requests: bad.requests.length };
      } finally {
        await bad.close();
      }
    };
    const expectRulesOnlyFor = (report: IngestReport, note: string) => {
      expect(report.errors).toEqual([]);
      expect(report.llm?.warnings.map((w) => w.source.split('/').at(-1))).toEqual([note]);
      expect(report.llm?.warnings[0]?.message).toContain(note);
      const talk = rulesOnly.talks.find((t) => t.source.endsWith(note))?.id;
      const of = (r: IngestReport) => r.decisions.filter((d) => d.talk === talk);
      expect(of(report)).toEqual(of(rulesOnly));
    };

    it('invalid JSON', async () => {
      const { report } = await failing({
        'Mira Okafor': { content: '{"entities": [ {"type": "Model", "name": "Res' },
        '한별 님의': { facts: KO },
      });
      expectRulesOnlyFor(report, 'en-story.md');
      expect(report.llm?.warnings[0]?.message).toMatch(/not JSON/);
      expect(report.entities.map((e) => e.name)).not.toContain('Pebble Benchmark');
      expect(report.entities.map((e) => e.name)).toContain('별빛코퍼스');
    });

    it('a timeout', async () => {
      const { report } = await failing({ 'Mira Okafor': { delayMs: 30_000 } }, { timeoutMs: 300 });
      expectRulesOnlyFor(report, 'en-story.md');
      expect(report.llm?.warnings[0]?.message).toMatch(/no answer within 300 ms/);
    });

    it('a server error, retried before giving up', async () => {
      const { report, requests } = await failing({ '한별 님의': { status: 503 } }, { retries: 2 });
      expectRulesOnlyFor(report, 'ko-story.md');
      expect(requests).toBe(1 + 3);
      expect(report.llm?.warnings[0]?.message).toMatch(/HTTP 503/);
    });

    it('a server down for good stops being asked after three requests in a row fail', async () => {
      const down = await startLlmStub({ answers: { '': { status: 500 } } });
      const many = writeNotes(
        Object.fromEntries(
          Array.from({ length: 5 }, (_, i) => [`n${i}.md`, `# Note ${i}\n\nI joined Acme in 201${i}.\n`]),
        ),
      );
      try {
        const report = (await ingestPaths([many], { llm: stubSettings(down, { concurrency: 1 }) })).report;
        expect(down.requests).toHaveLength(3);
        expect(report.errors).toEqual([]);
        expect(report.talks).toHaveLength(5);
        expect(report.llm?.warnings.map((w) => /not asked/.test(w.message))).toEqual([
          false,
          false,
          false,
          true,
          true,
        ]);
      } finally {
        await down.close();
      }
    });

    it('an unreachable server', async () => {
      const gone = await startLlmStub();
      const settings = stubSettings(gone);
      await gone.close();
      const report = (await ingestPaths([dir], { llm: settings })).report;
      expect(report.errors).toEqual([]);
      expect(report.llm?.warnings).toHaveLength(2);
      expect(report.llm?.warnings[0]?.message).toMatch(/could not reach/);
      expect(withoutModel(report)).toEqual(rulesOnly);
    });
  });
});
