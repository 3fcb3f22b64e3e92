import { describe, expect, it } from 'vitest';
import { loadOntology, parseOntology } from '../../ingest/extract/load-ontology.ts';
import { foldText, lookupAlias, matchOntology } from '../../ingest/extract/match-ontology.ts';
import { particleChainEnd } from '../../ingest/extract/particles.ts';

const ontology = loadOntology();

/** `type:name@surface` of every match, in text order. */
function found(text: string, onto = ontology): string[] {
  return matchOntology(text, onto).map((m) => `${m.type}:${m.name}@${m.surface}`);
}

const names = (text: string, onto = ontology) => matchOntology(text, onto).map((m) => m.name);

describe('Korean particles', () => {
  it.each([
    ['네이버에서 일했다', '네이버'],
    ['네이버는 크다', '네이버'],
    ['네이버였다', '네이버'],
    ['카이스트로 옮겼다', '카이스트'],
    ['카이스트에서의 연구', '카이스트'],
    ['업스테이지와 함께', '업스테이지'],
    ['보이스루에 입사', '보이스루'],
    ['카네기멜론까지 갔다', '카네기멜론'],
    ['그다음이 딥마인드죠?', '딥마인드'],
  ])('%s → surface %s, without the particle', (text, surface) => {
    const [mention] = matchOntology(text, ontology);
    expect(mention?.surface).toBe(surface);
    expect(text.slice(mention?.start, mention?.end)).toBe(surface);
  });

  it('does not match a Korean name inside a longer word', () => {
    expect(names('네이버웹툰에서 만화를 봤다')).not.toContain('Naver');
    expect(names('구글링을 했다')).not.toContain('Google');
    expect(names('애플리케이션을 만든다')).not.toContain('Apple');
    expect(names('대카이스트')).not.toContain('KAIST');
  });

  it('knows where a particle chain ends and when the Hangul is no particle', () => {
    expect(particleChainEnd('에서는 ', 0)).toBe(3);
    expect(particleChainEnd('웹툰', 0)).toBe(-1);
    expect(particleChainEnd('', 0)).toBe(0);
  });

  it('matches a curated given name only before an honorific (withHonorific)', () => {
    expect(found('매니저가 활석님이었다')).toEqual(['Person:이활석@활석']);
    expect(found('활석 님과')).toEqual(['Person:이활석@활석']);
    expect(found('활석이라는 돌')).toEqual([]);
    expect(found('활석')).toEqual([]);
  });

  it('lets a topic start a compound, and a person carry an honorific', () => {
    expect(names('딥러닝쪽을 하다가 통계학과를 나왔다')).toEqual(['Deep learning', 'Statistics']);
    expect(found('이활석님께서 말했다')).toEqual(['Person:이활석@이활석']);
    expect(found('주재걸교수님의 강의')).toEqual(['Person:주재걸@주재걸']);
  });
});

describe('Latin word boundaries', () => {
  it('GPT-3 is not GPT-3.5, and GPT-2,3 is GPT-2', () => {
    const onto = parseOntology([
      { file: 't.yaml', content: 'type: Model\nentities: [{ name: GPT-3 }, { name: GPT-2 }]' },
    ]);
    expect(names('GPT-3.5가 나왔다', onto)).toEqual([]);
    expect(names('GPT-3.5와 GPT-3', ontology)).toEqual(['GPT-3.5', 'GPT-3']);
    expect(names('GPT-2,3 같은 모델', onto)).toEqual(['GPT-2']);
  });

  it('BERT is not inside RoBERTa or KoBERT; T5 is not inside T50 or mT5', () => {
    const onto = parseOntology([
      { file: 't.yaml', content: 'type: Model\nentities: [{ name: BERT }, { name: T5, exact: true }]' },
    ]);
    expect(names('RoBERTa와 KoBERT, Sentence-BERT', onto)).toEqual([]);
    expect(names('T50 엔진과 mT5', onto)).toEqual([]);
    expect(names('T5와 BERT', onto)).toEqual(['T5', 'BERT']);
  });

  it('a Hangul particle right after a Latin name is fine', () => {
    expect(found('BERT가 나오고 BERT를 썼다. GPT-3는 컸다')).toEqual([
      'Model:BERT@BERT',
      'Model:BERT@BERT',
      'Model:GPT-3@GPT-3',
    ]);
  });

  it('spaces and hyphens are optional: GPT3, GPT 3, GPT-3', () => {
    expect(names('GPT3, GPT 3 그리고 GPT-3')).toEqual(['GPT-3', 'GPT-3', 'GPT-3']);
    expect(names('카네기멜론과 카네기 멜론, Carnegie Mellon, CMU')).toEqual(
      Array(4).fill('Carnegie Mellon University'),
    );
    expect(names('HuggingFace와 Hugging Face')).toEqual(['Hugging Face', 'Hugging Face']);
  });

  it('folds case unless the alias is case-sensitive', () => {
    expect(names('뉴립스, NeurIPS, Neurips, NIPS, neurips')).toEqual(Array(5).fill('NeurIPS'));
    expect(names('clip을 자르고 CLIP을 썼다')).toEqual(['CLIP']);
    expect(names('the glue code and GLUE')).toEqual(['GLUE']);
  });

  it('ignores very short aliases unless marked exact, and then wants the exact case', () => {
    const onto = parseOntology([
      {
        file: 't.yaml',
        content:
          'type: Institution\nentities:\n  - { name: Kt Corp, aliases: [KT] }\n  - { name: UW, aliases: [{ text: UW, exact: true }] }',
      },
    ]);
    expect(names('KT에서 일했다', onto)).toEqual([]);
    expect(names('UW에서, uw는 아니고', onto)).toEqual(['UW']);
  });
});

describe('overlaps and ambiguity', () => {
  it('the longest spelling wins: 네이버 클로바 is Naver Clova, not Naver', () => {
    expect(found('네이버 클로바에서 일했다')).toEqual(['Institution:Naver Clova@네이버 클로바']);
    expect(found('네이버커넥트재단')).toEqual(['Institution:Naver Connect Foundation@네이버커넥트재단']);
  });

  it('a shared alias goes to the entity the talk otherwise names', () => {
    const onto = parseOntology([
      {
        file: 't.yaml',
        content: `type: Institution
entities:
  - { name: University of Washington, aliases: [{ text: UW, exact: true, shared: true }, 워싱턴 대학교] }
  - { name: University of Waterloo, aliases: [{ text: UW, exact: true, shared: true }, 워털루 대학교] }
`,
      },
    ]);
    expect(names('UW에 갔다', onto)).toEqual(['University of Washington']);
    expect(names('워털루 대학교, 줄여서 UW', onto)).toEqual([
      'University of Waterloo',
      'University of Waterloo',
    ]);
  });

  it('one spelling of two types gives a mention of each', () => {
    const onto = parseOntology([
      {
        file: 't.yaml',
        content: 'entities:\n  - { name: Orion, type: Model }\n  - { name: Orion, type: Institution }',
      },
    ]);
    expect(found('Orion을 썼다', onto).sort()).toEqual(['Institution:Orion@Orion', 'Model:Orion@Orion']);
  });
});

describe('normalisation keeps offsets into the original text', () => {
  it('full-width Latin and an ellipsis before the name', () => {
    const text = '좋다… ＢＥＲＴ가 나왔다';
    const [m] = matchOntology(text, ontology);
    expect(m?.name).toBe('BERT');
    expect(m?.surface).toBe('ＢＥＲＴ');
    expect(text.slice(m?.start, m?.end)).toBe('ＢＥＲＴ');
  });

  it('decomposed Hangul (as macOS writes file names)', () => {
    const text = `그는 ${'네이버'.normalize('NFD')}에서 일했다`;
    const [m] = matchOntology(text, ontology);
    expect(m?.name).toBe('Naver');
    expect(m?.surface).toBe('네이버'.normalize('NFD'));
  });

  it('maps every folded unit back to where it came from', () => {
    const { folded, origin } = foldText('ＡB가');
    expect(folded).toBe('ab가');
    expect([...origin]).toEqual([0, 1, 2, 3]);
  });
});

describe('lookupAlias', () => {
  it('finds entities by any spelling, short ones included', () => {
    expect(lookupAlias(ontology, '카이스트').map((e) => e.name)).toEqual(['KAIST']);
    expect(lookupAlias(ontology, 'gpt 3', 'Model').map((e) => e.name)).toEqual(['GPT-3']);
    expect(lookupAlias(ontology, 'UW', 'Institution').map((e) => e.name)).toEqual([
      'University of Washington',
    ]);
    expect(lookupAlias(ontology, 'nothing like this')).toEqual([]);
  });
});

describe('Korean short forms of a university (pattern: an alias ending in 대학교 also stands for …대 and …대학)', () => {
  const onto = parseOntology([
    {
      file: 't.yaml',
      content: `type: Institution
entities:
  - { name: Example Tech, aliases: [예시공과대학교] }
  - { name: Sample University, aliases: [샘플대학교] }
  - { name: Ga University, aliases: [가대학교] }
`,
    },
  ]);

  it('finds the school by its short forms, keeping the written surface', () => {
    expect(found('예시공과대 교수로 옮겼다', onto)).toEqual(['Institution:Example Tech@예시공과대']);
    expect(found('샘플대에서 석사를, 샘플대학에서 박사를', onto)).toEqual([
      'Institution:Sample University@샘플대',
      'Institution:Sample University@샘플대학',
    ]);
    expect(lookupAlias(onto, '예시공과대', 'Institution').map((e) => e.name)).toEqual(['Example Tech']);
  });

  it('needs two syllables before 대학교, so a one-syllable stem gives no short form', () => {
    expect(found('가대 앞에서', onto)).toEqual([]);
  });
});

describe('well-known organisations by their usual spellings', () => {
  it("a company's product unit, Korean and Latin (네이버 파파고, Papago)", () => {
    expect(names('네이버 파파고 팀을 거쳐 Papago 번역을 맡았다')).toEqual(['Naver Papago', 'Naver Papago']);
  });

  it('IITB only in capitals; Black in AI and Sakana AI in any case', () => {
    expect(names('IITB CSE, then Black in AI and sakana ai')).toEqual([
      'IIT Bombay',
      'Black in AI',
      'Sakana AI',
    ]);
    expect(names('the iitb page')).toEqual([]);
  });
});

describe('architectures by their short and long names', () => {
  it('GNN, Graph Neural Network and 그래프 신경망 are one architecture', () => {
    expect(names('GNN 기반, 즉 Graph Neural Network 또는 그래프 신경망으로')).toEqual(['GNN', 'GNN', 'GNN']);
  });
});

describe('benchmarks of large language models by their usual spellings', () => {
  it('K-MMLU is KMMLU; GPQA and MT-bench in any case', () => {
    expect(names('K-MMLU와 KMMLU, gpqa, MT-bench, mt bench')).toEqual([
      'KMMLU',
      'KMMLU',
      'GPQA',
      'MT-Bench',
      'MT-Bench',
    ]);
  });
});
