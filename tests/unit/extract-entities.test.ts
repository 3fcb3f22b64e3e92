import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../ingest/extract/extract-entities.ts';
import { parseOntology } from '../../ingest/extract/load-ontology.ts';
import { snippetAround } from '../../ingest/extract/resolve-entities.ts';
import type { TalkEntity } from '../../ingest/extract/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seed = (file: string) => readFileSync(join(SEEDS, file), 'utf8');

const find = (entities: readonly TalkEntity[], type: string, name: string) =>
  entities.find((e) => e.type === type && e.name === name);

/** `type:name` of every entity. */
const keys = (entities: readonly TalkEntity[]) => entities.map((e) => `${e.type}:${e.name}`);

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const PHONE = /01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}/;

const named = (text: string, type?: string) =>
  extractEntities(text)
    .entities.filter((e) => type === undefined || e.type === type)
    .map((e) => e.name);

describe('many spellings, one entity', () => {
  it.each([
    [
      'Institution',
      'Naver',
      '네이버에서 시작해 NAVER로, 다시 Naver에 돌아왔다',
      ['네이버', 'NAVER', 'Naver'],
    ],
    ['Institution', 'KAIST', '카이스트로 옮겼고 KAIST에서 가르친다', ['카이스트', 'KAIST']],
    [
      'Conference',
      'NeurIPS',
      '뉴립스에 갔다. NeurIPS는 크다, Neurips 후기',
      ['뉴립스', 'NeurIPS', 'Neurips'],
    ],
    ['Model', 'GPT-3', 'GPT3를 쓰다가 GPT-3 논문을 읽었다', ['GPT3', 'GPT-3']],
    [
      'Institution',
      'Carnegie Mellon University',
      '카네기멜론에서, 즉 Carnegie Mellon에서 1년',
      ['카네기멜론', 'Carnegie Mellon'],
    ],
  ])('%s %s', (type, name, text, spellings) => {
    const { entities } = extractEntities(text);
    const entity = find(entities, type, name);
    expect(entity?.count).toBe(spellings.length);
    expect(entity?.aliases[0]).toBe(name);
    expect(entity?.aliases).toEqual(expect.arrayContaining(spellings));
    expect(entities.filter((e) => e.type === type)).toHaveLength(1);
  });

  it('a nickname joins the full name the same talk gives: 활석님 → 이활석', () => {
    const { entities, mentions } = extractEntities('이활석 님의 특강. 활석님이 말하길, 활석님은 웃었다');
    expect(find(entities, 'Person', '이활석')?.count).toBe(3);
    expect(entities.filter((e) => e.type === 'Person')).toHaveLength(1);
    expect(mentions.filter((m) => m.name === '이활석').map((m) => m.surface)).toEqual([
      '이활석',
      '활석',
      '활석',
    ]);
  });

  it('or that its speakers give; without any context it is dropped, not guessed', () => {
    const text = '그때 매니저가 하윤님이었다';
    expect(keys(extractEntities(text, { speakers: ['도하윤'] }).entities)).toContain('Person:도하윤');
    expect(extractEntities(text).entities.filter((e) => e.type === 'Person')).toEqual([]);
    const two = extractEntities(text, { speakers: ['도하윤', '여하윤'] }).entities;
    expect(two.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('a surname with 교수님 joins the Latin full name: Müller → Klaus-Robert Müller', () => {
    const { entities } = extractEntities('Klaus Robert Müller 교수님을 만났다. Müller 교수님은 친절했다');
    expect(find(entities, 'Person', 'Klaus-Robert Müller')?.count).toBe(2);
  });

  it('discovered names fold without case, spaces and hyphens; the ontology renames what it knows', () => {
    const { entities } = extractEntities('GPT-7이 나오면 GPT7과 GPT 7을 비교. 카이스트대학원 대신 KAIST');
    expect(find(entities, 'Model', 'GPT-7')?.count).toBe(3);
    expect(find(entities, 'Institution', 'KAIST')?.count).toBe(2);
  });

  it('a name glossed in the other script is one more spelling: 라인(LINE), UC 샌디에이고(UCSD), Riiid(뤼이드)', () => {
    const line = find(extractEntities('2014년에 라인(LINE)에 입사했다').entities, 'Institution', 'LINE');
    expect(line?.aliases).toEqual(['LINE', '라인']);
    const ucsd = find(extractEntities('UC 샌디에이고(UCSD)로 유학').entities, 'Institution', 'UC San Diego');
    expect(ucsd?.aliases).toEqual(expect.arrayContaining(['UCSD', 'UC 샌디에이고']));
    expect(find(extractEntities('Riiid(뤼이드)에 들어갔다').entities, 'Institution', 'Riiid')?.count).toBe(2);
  });

  it('but not a common noun or an explanation in the same script', () => {
    const voithru = find(
      extractEntities('지금의 회사(보이스루)에 취업했다').entities,
      'Institution',
      'Voithru',
    );
    expect(voithru?.aliases).toEqual(['Voithru', '보이스루']);
    expect(find(extractEntities('학회(CHI)에 냈다').entities, 'Conference', 'CHI')?.aliases).toEqual(['CHI']);
    expect(find(extractEntities('KLUE(Korean)는 개발 중').entities, 'Dataset', 'KLUE')?.aliases).toEqual([
      'KLUE',
    ]);
    const community = find(
      extractEntities('소식지(TensorFlow KR) 구독').entities,
      'Institution',
      'TensorFlow KR',
    );
    expect(community?.aliases).toEqual(['TensorFlow KR']);
  });

  it('a strongly cued sub-organisation is more specific than its parent in the ontology', () => {
    const { entities } = extractEntities(
      '박사 졸업 후 Samsung Research America에 입사했다. He worked at Acme Robotics.',
    );
    expect(keys(entities)).toEqual(['Institution:Samsung Research America', 'Institution:Acme Robotics']);
  });

  it('things of different types stay apart even with one name', () => {
    const ontology = parseOntology([
      {
        file: 't.yaml',
        content:
          'entities:\n  - { name: Orion, type: Model }\n  - { name: Orion, type: Institution, kind: company }',
      },
    ]);
    const { entities } = extractEntities('Orion에서 Orion을 만들었다', { ontology });
    expect(keys(entities).sort()).toEqual(['Institution:Orion', 'Model:Orion']);
  });

  it('a discovered version of a known model replaces the family name (LLaMA 4 is not LLaMA)', () => {
    const { entities } = extractEntities('LLaMA 4를 써봤다');
    expect(keys(entities)).toEqual(['Model:LLaMA-4']);
  });
});

describe('what is not an entity', () => {
  it('URLs and e-mail addresses', () => {
    const { entities } = extractEntities('자세한 건 https://upstage.ai/careers 나 someone@kakao.com 참고');
    expect(entities).toEqual([]);
  });

  it('page furniture', () => {
    const page = '본문 바로가기\n댓글남기기\n카테고리 태그 공유하기\nToday 12 Total 3456\n[Back to top](#)';
    expect(extractEntities(page).entities).toEqual([]);
  });
});

describe('mentions and snippets', () => {
  it('mention offsets point at the surface in the given text', () => {
    const text = 'ＢＥＲＴ가 나온 뒤… 네이버 클로바에서 GPT-3를 보고 서민준 마스터님이 카이스트로 갔다';
    const { mentions } = extractEntities(text);
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('a snippet is at most 160 characters, whitespace collapsed, without e-mail or phone', () => {
    const filler = '아주 긴 문장이 여기에 계속해서 이어지는데 별 의미는 없습니다. '.repeat(8);
    const text = `${filler}\n\n연락처 010-1234-5678, mail someone@example.com\n저는 네이버에서   일했습니다.\n${filler}`;
    const naver = find(extractEntities(text).entities, 'Institution', 'Naver');
    expect(naver?.snippet.length).toBeLessThanOrEqual(160);
    expect(naver?.snippet).toContain('네이버에서 일했습니다');
    expect(naver?.snippet).not.toMatch(EMAIL);
    expect(naver?.snippet).not.toMatch(PHONE);
    expect(naver?.snippet).not.toMatch(/\s{2}/);
  });

  it('keeps a long mention whole and cuts the context around it', () => {
    const text = `${'앞'.repeat(300)} Conference on Neural Information Processing Systems ${'뒤'.repeat(300)}`;
    const snippet = snippetAround(
      text,
      301,
      301 + 'Conference on Neural Information Processing Systems'.length,
    );
    expect(snippet.length).toBeLessThanOrEqual(160);
    expect(snippet).toContain('Conference on Neural Information Processing Systems');
  });
});

describe('the seed notes', () => {
  const JUNK =
    /^(?:댓글|댓글남기기|카테고리|태그|공유하기|본문|바로가기|더보기|Today|Total|Select a repo|Expand all)$/;

  function extractSeed(file: string, speakers: string[] = []) {
    const result = extractEntities(seed(file), { speakers });
    for (const e of result.entities) {
      expect(e.name).not.toMatch(JUNK);
      expect(e.name).not.toMatch(/^[\d\s.:/-]+$/);
      expect(e.name).not.toMatch(EMAIL);
      expect(e.aliases.join(' ')).not.toMatch(EMAIL);
      expect(e.snippet.length).toBeLessThanOrEqual(160);
      expect(e.snippet).not.toMatch(EMAIL);
      expect(e.count).toBeGreaterThan(0);
    }
    return result.entities;
  }

  it('000: a masterclass with BERT, GPT-3, Hugging Face, Upstage, SQuAD, KAIST, Naver and Naver Clova', () => {
    const entities = extractSeed('000_7d03c4c1ebbcd596.txt', ['서민준']);
    expect(keys(entities)).toEqual(
      expect.arrayContaining([
        'Model:BERT',
        'Model:GPT-3',
        'Institution:Hugging Face',
        'Institution:Upstage',
        'Dataset:SQuAD',
        'Institution:KAIST',
        'Institution:Naver',
        'Institution:Naver Clova',
        'Topic:Machine reading comprehension',
        'Topic:Civil engineering',
        'Person:서민준',
        'Person:김성훈',
        'Person:이활석',
      ]),
    );
    // 활석님 is known to the ontology by his given name; 성킴님 is an alias of 김성훈.
    expect(find(entities, 'Person', '이활석')?.aliases).toContain('활석');
    expect(find(entities, 'Person', '김성훈')?.aliases).toContain('성킴');
    expect(keys(entities).filter((k) => k.startsWith('Person:'))).not.toContain('Person:활석');
    expect(find(entities, 'Institution', 'Naver')?.count).toBeGreaterThanOrEqual(5);
  });

  it('001: a Q&A with GPT-2, GPT-3, BERT, LSTM, GRU, Transformer, Naver, OpenAI and CHI', () => {
    const entities = extractSeed('001_a604f05b84f07242.txt', ['주재걸']);
    expect(keys(entities)).toEqual(
      expect.arrayContaining([
        'Model:GPT-2',
        'Model:GPT-3',
        'Model:BERT',
        'Model:LSTM',
        'Model:GRU',
        'Model:Transformer',
        'Institution:Naver',
        'Institution:OpenAI',
        'Conference:CHI',
        'Person:주재걸',
        'Topic:Natural language processing',
      ]),
    );
    // hackmd.io in the navigation links is an address, not a name.
    expect(entities.some((e) => /hackmd/i.test(e.name))).toBe(false);
  });

  it('002: a retrospective with CMU, NeurIPS (three spellings), LREC, EMNLP, ICASSP, PyCon and colleagues', () => {
    const entities = extractSeed('002_6a0e1108f1c824b1.txt');
    expect(keys(entities)).toEqual(
      expect.arrayContaining([
        'Model:BERT',
        'Institution:Carnegie Mellon University',
        'Institution:Voithru',
        'Conference:LREC',
        'Conference:EMNLP',
        'Conference:ICASSP',
        'Conference:Interspeech',
        'Conference:PyCon',
        'Topic:Mathematics education',
        'Topic:Statistics',
        'Person:조용래',
        'Person:조원익',
        'Person:김성훈',
        'Person:우경구',
      ]),
    );
    expect(find(entities, 'Conference', 'NeurIPS')?.aliases).toEqual(
      expect.arrayContaining(['Neurips', '뉴립스']),
    );
    // The calendar and tag list at the top are no people.
    expect(entities.filter((e) => e.type === 'Person')).toHaveLength(4);
  });

  it('003: special lectures with ELMo, GloVe, Word2Vec, GLUE, SQuAD, KLUE, Kaggle and eight speakers', () => {
    const speakers = ['이활석', '박은정', '김상훈', '이준엽', '박성준', '문지형', '구종만', '오혜연'];
    const entities = extractSeed('003_4575207d96334fb0.txt');
    expect(keys(entities)).toEqual(
      expect.arrayContaining([
        'Model:ELMo',
        'Model:GloVe',
        'Model:Word2Vec',
        'Model:GPT-3',
        'Model:BERT',
        'Dataset:GLUE',
        'Dataset:SQuAD',
        'Dataset:KLUE',
        'Institution:Kaggle',
        ...speakers.map((s) => `Person:${s}`),
      ]),
    );
  });

  it('004: a blog index with NeurIPS, Klaus-Robert Müller, InstructGPT, ChatGPT, GPT-3 and GPT-4', () => {
    const entities = extractSeed('004_47202fcda41b3bb6.txt');
    expect(keys(entities)).toEqual(
      expect.arrayContaining([
        'Conference:NeurIPS',
        'Person:Klaus-Robert Müller',
        'Model:InstructGPT',
        'Model:ChatGPT',
        'Model:GPT-3',
        'Model:GPT-4',
        'Model:Transformer',
        'Topic:Explainable AI',
      ]),
    );
    expect(find(entities, 'Person', 'Klaus-Robert Müller')?.count).toBeGreaterThanOrEqual(2);
  });
});

describe('roles and units are not workplaces', () => {
  it('reads "초기 멤버로 합류" as a role and "리서치센터" as a unit of the firm before it', () => {
    const member = extractEntities('2019년에 업스테이지로 옮겼고 초기 멤버로 합류했다.', { speakers: [] });
    expect(member.entities.map((e) => e.name)).not.toContain('멤버');
    const unit = extractEntities('2020년에 미래에셋증권 리서치센터에 입사했다.', { speakers: [] });
    expect(unit.entities.map((e) => e.name)).not.toContain('리서치센터');
  });
});

describe('discovered names and their particles', () => {
  it.each([
    ['2016년에 University of Glasgow에서 박사를 시작했다.', 'University of Glasgow'],
    ['졸업 후 Acme Robotics Research에 합류했다.', 'Acme Robotics Research'],
    ['그 뒤 Brightline Labs로 옮겼다.', 'Brightline Labs'],
  ])('keeps the particle off in %s', (text, name) => {
    expect(named(text, 'Institution')).toContain(name);
    expect(named(text, 'Institution').some((n) => /[가-힣]/.test(n) && n.includes(name))).toBe(false);
  });
});

describe('units and manners before a verb of joining', () => {
  it('takes the organisation, not its unit', () => {
    expect(named('2015년 LG전자 CTO부문에 입사했다.', 'Institution')).toEqual(['LG Electronics']);
    expect(named('삼성전자 DS사업부에 입사', 'Institution')).toEqual(['Samsung Electronics']);
  });

  it('reads no workplace in a manner of joining', () => {
    expect(named('인턴 끝나고 정식으로 입사했고요.', 'Institution')).toEqual([]);
    expect(named('공채로 입사해서 3년 일했다.', 'Institution')).toEqual([]);
  });
});

describe('models and datasets by shape', () => {
  it.each([
    ['CenterPoint 나온 뒤로 라이다 검출은 다 그쪽으로 갔다', 'Model', 'CenterPoint'],
    ['VoxelNet은 아직도 비교 대상으로 씀', 'Model', 'VoxelNet'],
    ['Zenseact Open Dataset으로 평가했다', 'Dataset', 'Zenseact Open Dataset'],
    ['평가는 KOBEST2 벤치마크로 했다', 'Dataset', 'KOBEST2'],
  ])('finds %s', (text, type, name) => {
    expect(named(text, type)).toContain(name);
  });

  it('does not take a product name for a model', () => {
    expect(named('GitHub와 LinkedIn에 올렸다', 'Model')).toEqual([]);
  });
});

describe('people of a chat', () => {
  it('names every participant who opens turns', () => {
    const chat = [
      '[윤가람] [오후 9:01] 안녕하세요',
      '[표서윤] [오후 9:02] 반갑습니다',
      '[윤가람] [오후 9:03] 시작할게요',
      '[표서윤] [오후 9:04] 넵',
    ].join('\n');
    expect(named(chat, 'Person')).toEqual(['윤가람', '표서윤']);
  });
});

describe('organisations a person founded', () => {
  it.each([
    ['작년에 회사를 나와서 친구 둘이랑 모래알랩스를 차렸어요.', '모래알랩스'],
    ['2022년 퀵소다를 창업 (공동창업자 2명)', '퀵소다'],
    ['- 현) 파랑새에이아이 공동창업자', '파랑새에이아이'],
  ])('finds it in %s', (text, name) => {
    expect(named(text, 'Institution')).toContain(name);
  });

  it('does not take a generic word for one', () => {
    expect(named('사업을 차렸다가 접었다', 'Institution')).toEqual([]);
  });
});
