import { describe, expect, it } from 'vitest';
import { discoverEntities, isJunk } from '../../ingest/extract/discover-entities.ts';
import { loadOntology } from '../../ingest/extract/load-ontology.ts';

const ontology = loadOntology();

function discovered(text: string, type?: string): string[] {
  return discoverEntities(text, { ontology })
    .filter((m) => type === undefined || m.type === type)
    .map((m) => (m.partial ? `${m.name}(${m.partial})` : m.name));
}

describe('people from honorifics', () => {
  it('finds full Korean names before 님, 교수님, 상무님, 마스터님, glued or spaced', () => {
    const text =
      '팀장님(도하윤님)과 여진우 님, 삼성전자 표세진 상무님의 강연, 남궁태오 마스터님 특강, 권나래교수님께서';
    expect(discovered(text, 'Person')).toEqual(['도하윤', '여진우', '표세진', '남궁태오', '권나래']);
  });

  it('keeps offsets on the name itself, without the honorific', () => {
    const text = '어제 도하윤 님을 만났다';
    const [m] = discoverEntities(text, { ontology });
    expect(m && text.slice(m.start, m.end)).toBe('도하윤');
  });

  it('marks a bare given name as partial (resolved later from context)', () => {
    expect(discovered('매니저가 하윤님이었다', 'Person')).toEqual(['하윤(given)']);
  });

  it('ignores roles and words that stand where a name would', () => {
    const text =
      '교수님은 말했다. 선배님, 여러분, 작성자님, 지도교수님, 오늘의 강사님, 좋은 인연으로 교수님과, ' +
      '그런데 선생님이, 김교수님, 연구원님, 유명한 교수님, 조교님, 고객님';
    expect(discovered(text, 'Person')).toEqual([]);
  });

  it('finds Latin names after Dr./Prof. and before a Korean honorific', () => {
    const text = 'Dr. Jane Smith와 Prof. Alan Turing, 그리고 Grace Hopper 교수님과 Lovelace 교수님';
    expect(discovered(text, 'Person')).toEqual([
      'Grace Hopper',
      'Lovelace(surname)',
      'Jane Smith',
      'Alan Turing',
    ]);
  });
});

describe('people of a roster (pattern: list items opening with a full name, then their affiliation in brackets)', () => {
  it('finds every name of a roster of three or more, numbered or bulleted', () => {
    const bullets =
      '## 강사진\n- 도하윤 (예시대 컴퓨터학과)\n- 여진우 (전 가나다랩 헤드)\n* 표세진 (Examplify)\n';
    expect(discovered(bullets, 'Person')).toEqual(['도하윤', '여진우', '표세진']);
    const numbered = '패널\n1. 권나래 (라마바전자 CTO)\n2. 남궁태오 (은하대)\n3. 한소율 (스타트업 대표)\n';
    expect(discovered(numbered, 'Person')).toEqual(['권나래', '남궁태오', '한소율']);
  });

  it('keeps a lone bracketed item and words that are no full names out', () => {
    expect(discovered('- 도하윤 (예시대 컴퓨터학과)\n- 참고 자료는 아래\n', 'Person')).toEqual([]);
    expect(discovered('- 참고자료 (링크)\n- 발표자료 (PDF)\n- 녹화본 (유튜브)\n', 'Person')).toEqual([]);
  });
});

describe('the organisation in a roster bracket (pattern: "- 이름 (Org)" or "- 이름 (Org, role)" in a list of three or more)', () => {
  it('takes a bracket that holds only a name, or a name before a comma', () => {
    const roster = '- 도하윤 (누리웍스)\n- 여진우 (Examplify AI, 리서치 엔지니어)\n- 표세진 (가나다랩)\n';
    expect(new Set(discovered(roster, 'Institution'))).toEqual(
      new Set(['누리웍스', 'Examplify AI', '가나다랩']),
    );
  });

  it('leaves roles, units, figures, 전/현 lines and long remarks to others', () => {
    const roster =
      '1. 권나래 (CTO)\n2. 남궁태오 (컴퓨터공학과)\n3. 한소율 (대회 랭킹 3위)\n4. 도하윤 (전 가나다랩 헤드)\n' +
      '5. 여진우 (Some Long Fellowship Award)\n';
    expect(discovered(roster, 'Institution')).not.toEqual(
      expect.arrayContaining(['CTO', '컴퓨터공학과', '대회 랭킹 3위', 'Some Long Fellowship Award']),
    );
  });

  it('a lone bracketed line is no roster', () => {
    expect(discovered('- 도하윤 (누리웍스)\n본문이 이어진다\n', 'Institution')).toEqual([]);
  });
});

describe('institutions of résumé lines with a bare 현/전 and of "X라는 스타트업" (pattern: an organisation named by its shape of line or as what it is)', () => {
  it('reads the organisation of a "현 X role" / "전 X unit role" line', () => {
    expect(discovered('전 가나다 코리아 AI팀 책임<br>', 'Institution')).toEqual(['가나다 코리아']);
    expect(discovered('  현 라마바소프트 CTO\n', 'Institution')).toEqual(['라마바소프트']);
  });

  it('keeps spoken 전 ("I") out: no role after the name, or a particle glued to it', () => {
    expect(
      discovered('전 그 회사 팀장이었어요\n전 모레 출근해요 팀장님이랑\n전 개발자예요\n', 'Institution'),
    ).toEqual([]);
  });

  it('reads "X이라는 스타트업", "X라는 회사"', () => {
    expect(discovered('바다클립이라는 스타트업의 CTO', 'Institution')).toEqual(['바다클립']);
    expect([...new Set(discovered('예전에 모래랩스라는 회사에 다녔다', 'Institution'))]).toEqual([
      '모래랩스',
    ]);
  });
});

describe('what an English "founder of X" founded (pattern: capitalised words after founder of)', () => {
  it('reads "cofounder of X in Y" and "founder and CEO of X"', () => {
    expect(discovered('She is also the cofounder of Queer in Vision, a group.', 'Institution')).toEqual([
      'Queer in Vision',
    ]);
    expect([
      ...new Set(discovered('He is the founder and CEO of Lantern Labs and a mentor.', 'Institution')),
    ]).toEqual(['Lantern Labs']);
  });

  it('keeps lower-case words out', () => {
    expect(discovered('the founder of the company said so', 'Institution')).toEqual([]);
  });
});

describe('the organisation of a session line "제목 - 소속 팀 직함 이름" (pattern: the speaker part after a spaced dash)', () => {
  it('reads the organisation before a unit or a role', () => {
    expect(discovered('1. 일하는 방식 - 바다소프트 개발팀 팀장 도하윤', 'Institution')).toEqual([
      '바다소프트',
    ]);
    expect([
      ...new Set(discovered('2. 성장 이야기 — 모래랩스 리서치 엔지니어 여진우', 'Institution')),
    ]).toEqual(['모래랩스']);
  });

  it('keeps a person before their title, and a dash in prose, out', () => {
    expect(discovered('발표 - 한소율 팀장\n메모 - 선배 팀장님과 대화\n', 'Institution')).toEqual([]);
    // A bullet is no dash of a session line.
    expect(
      discovered('\t- 우리 연구실 졸업생 중에도 박사로 간 친구\n  - 요즘 랩 팀장 이야기\n', 'Institution'),
    ).toEqual([]);
  });
});

describe('model names by shape', () => {
  it('finds versioned and suffixed names the ontology lacks, normalising GPT5 / GPT 5 / GPT-5', () => {
    const text = 'GPT-5가 나오고 GPT5, GPT 5, PaLM 3, YOLOv8, Mistral-7B, SciBERT, BioGPT, Longformer까지';
    expect(discovered(text, 'Model')).toEqual(
      expect.arrayContaining(['GPT-5', 'PaLM-3', 'YOLOv8', 'Mistral-7B', 'SciBERT', 'BioGPT', 'Longformer']),
    );
    expect(discovered(text, 'Model').filter((n) => n === 'GPT-5')).toHaveLength(3);
  });

  it('finds "X to Y" names: Node2Vec, BERT4Rec, but not a blog called AI4NLP', () => {
    expect(discovered('BERT4Rec과 Node2Vec 그리고 AI4NLP 블로그', 'Model')).toEqual(['BERT4Rec', 'Node2Vec']);
  });

  it('rejects versions that are not models: weeks, years, counters, viruses, chips', () => {
    const text =
      'Week 4 과제, NeurIPS 2022 후기, COVID-19, BERT 2개, MP3, A100, Python 3, CS231n, SQuAD 2.0, F1 점수';
    expect(discovered(text, 'Model')).toEqual([]);
  });
});

describe('models and datasets by the kind word beside them', () => {
  it('finds a dataset before 데이터셋 / dataset, and a model introduced as one', () => {
    expect(discovered('회사가 공개한 QuizBank 데이터셋을 정리했다', 'Dataset')).toEqual(['QuizBank']);
    expect(discovered('We released the TripleQA dataset in 2021.', 'Dataset')).toEqual(['TripleQA']);
    expect(discovered('ORBIT라는 그래프 기반 모델을 팀에서 만들었다', 'Model')).toEqual(['ORBIT']);
    expect(discovered('we trained a model called TinyRanker', 'Model')).toEqual(['TinyRanker']);
  });

  it('finds prefixed model names by shape: miniFOO-E, nanoGPT-like', () => {
    expect(discovered('miniCLIP-V 공개 과정 이야기', 'Model')).toEqual(['miniCLIP-V']);
  });

  it('does not take fields, tools or lower-case words for names', () => {
    expect(discovered('LLM 벤치마크와 NLP 데이터셋, 공개 dataset 이야기', 'Dataset')).toEqual([]);
    expect(discovered('GPU 모델이라는 말, iOS 앱', 'Model')).toEqual([]);
  });
});

describe('institutions: roles and line ends', () => {
  it('does not take a role taken (분석가로 입사) for a workplace', () => {
    expect(discovered('2017년 데이터 분석가로 입사', 'Institution')).toEqual([]);
    expect(new Set(discovered('2017년 에이비씨랩스로 입사', 'Institution'))).toEqual(
      new Set(['에이비씨랩스']),
    );
  });

  it('does not run a Latin name over a line end', () => {
    expect(
      discovered('Senior Engineer at Acmecorp\n\nExperience\nAcmecorp — Engineer', 'Institution'),
    ).toEqual(['Acmecorp']);
  });
});

describe('institutions', () => {
  it('by suffix: 대학교, 연구소, 재단, 랩스, glued to a name, particles cut', () => {
    const text = '한빛대학교에서 공부하고 누리과학연구소를 거쳐 한국언론진흥재단에서 일하다가 가나다랩스로';
    expect(discovered(text, 'Institution')).toEqual([
      '한빛대학교',
      '누리과학연구소',
      '한국언론진흥재단',
      '가나다랩스',
    ]);
    expect(discoverEntities(text, { ontology }).map((m) => m.kind)).toEqual([
      'university',
      'lab',
      'foundation',
      'lab',
    ]);
  });

  it('not job titles or kinds of school: 선임연구원, 일반대학원, 랩실, 연구원님', () => {
    expect(
      discovered(
        '선임연구원, 박사후연구원으로, 일반대학원에, 랩실에서, 연구원님께, 타임랩스 영상',
        'Institution',
      ),
    ).toEqual([]);
  });

  it('from résumé lines, "at X" and verbs of joining', () => {
    const text = [
      '현) 한빛테크 CTO',
      '전) 가나다랩스 리서치 엔지니어',
      'Research Scientist at Acme Robotics, at least once a year.',
      '작년에 모두싸인에 입사했고, 그 전에는 회사에 입사해서 미국에서 근무했다.',
    ].join('\n');
    expect(discovered(text, 'Institution')).toEqual(
      expect.arrayContaining(['한빛테크', '가나다랩스', 'Acme Robotics', '모두싸인']),
    );
    expect(discovered(text, 'Institution')).not.toEqual(expect.arrayContaining(['회사']));
    expect(discovered(text, 'Institution').some((n) => /least|미국|리서치/.test(n))).toBe(false);
  });

  it('a final period ends a Latin name', () => {
    const names = discovered('She studied at Korea University. In 2019 she moved.', 'Institution');
    expect(new Set(names)).toEqual(new Set(['Korea University']));
  });

  it('Latin suffixes: "… Lab", "University of …"', () => {
    const text = 'She moved from Orchid Vision Lab to the University of Somewhere Far.';
    expect(discovered(text, 'Institution')).toEqual(['Orchid Vision Lab', 'University of Somewhere Far']);
  });
});

describe('a job title starting with Research (pattern: "Org Research Scientist" names the organisation without Research)', () => {
  it('does not glue Research of the title to the name before it', () => {
    const names = discovered(
      '전 Orchid Vision Research Scientist\nBluefin Labs Research Engineer',
      'Institution',
    );
    expect(names).not.toEqual(expect.arrayContaining(['Orchid Vision Research']));
    expect(names.some((n) => n.endsWith('Research'))).toBe(false);
  });

  it('keeps an organisation named … Research when no title follows', () => {
    // Two rules may find it (overlaps are settled by the caller): one name either way.
    expect([...new Set(discovered('She joined Orchid Vision Research in 2019.', 'Institution'))]).toEqual([
      'Orchid Vision Research',
    ]);
  });
});

describe("a company's Korean branch (pattern: a name glued to 코리아)", () => {
  it('finds 예시컴코리아 and 샘플소프트코리아, particles cut', () => {
    expect(discovered('예시컴코리아는 답이 없었고 샘플소프트코리아에서 면접을 봤다', 'Institution')).toEqual([
      '예시컴코리아',
      '샘플소프트코리아',
    ]);
  });

  it('not a kind of thing before 코리아 (한국코리아, AI코리아)', () => {
    expect(discovered('한국코리아 행사와 AI코리아 전시', 'Institution')).toEqual([]);
  });
});

describe("a school's unit glued to its name (pattern: 'Name + field + 대학원' is a unit of the school named first)", () => {
  it('takes the school, not the unit, from 예시공대AI대학원 and SAMPLEU인공지능대학원', () => {
    expect(discovered('예시공대AI대학원 교수, SAMPLEU인공지능대학원 겸임교수', 'Institution')).toEqual([
      '예시공대',
      'SAMPLEU',
    ]);
  });

  it('keeps the whole name when what comes first is no school (a donor: 홍길동AI대학원, 김누리인공지능대학원)', () => {
    expect(discovered('홍길동AI대학원 교수, 김누리인공지능대학원 조교수', 'Institution')).toEqual([
      '홍길동AI대학원',
      '김누리인공지능대학원',
    ]);
  });

  it('still finds a graduate school named by itself (누리대학원)', () => {
    expect(discovered('누리대학원에서 석사를 했다', 'Institution')).toEqual(['누리대학원']);
  });
});

describe('the organisation between a person and the title of its head (pattern: "이름 조직 대표/CEO")', () => {
  it('finds 아크봇 and Acmewave between a full name and 대표이사 / CEO', () => {
    expect(
      discovered('도하윤 아크봇 대표이사의 진행으로, 여진우 Acmewave CEO가 말했다', 'Institution'),
    ).toEqual(['아크봇', 'Acmewave']);
  });

  it('not a modifier, a generic place or a second name (신임, 스타트업, 김OO 대표)', () => {
    expect(
      discovered('도하윤 신임 대표, 여진우 스타트업 대표, 표세진 권나래 대표, 회의 진행 대표', 'Institution'),
    ).toEqual([]);
  });
});

describe('what one founds without naming it (pattern: a kind of product or firm before 창업/설립)', () => {
  it('솔루션을 창업, 플랫폼을 설립 and 스타트업을 차렸다 name no organisation; a name still does', () => {
    expect(
      discovered(
        '분석 솔루션을 창업했고 예약 플랫폼을 설립한 뒤 스타트업을 차렸다. 누리웍스를 창업했다',
        'Institution',
      ),
    ).toEqual(['누리웍스']);
  });
});

describe('the bullets of a career list (pattern: under 이력/Experience, "• Org / work" and "• Org role")', () => {
  it('takes the organisation before " / " or before a role, in Korean and English lists', () => {
    const korean = '1) 이력\n\n  • 누리비전 / 영상 분석\n  • Acmebot CTO\n\n2) 다음 주제';
    expect(discovered(korean, 'Institution')).toEqual(expect.arrayContaining(['누리비전', 'Acmebot']));
    const english = '## Experience\n- Bluefin Labs / search ranking\n- Orchid Works Engineer';
    expect(discovered(english, 'Institution')).toEqual(expect.arrayContaining(['Orchid Works']));
  });

  it('not bullets outside a career list, nor a bullet with neither slash nor role', () => {
    expect(discovered('## 사용한 도구\n- PyTorch / JAX\n- Grafana 대시보드', 'Institution')).toEqual([]);
    expect(discovered('이력\n- 회사 / 일\n- 좋은 경험이었다', 'Institution')).toEqual([]);
  });
});

describe('an organisation introduced as what it is, in English (pattern: "a company/startup called X")', () => {
  it('finds Orchid Dynamics and Acmebot after "a company called" and "a startup named"', () => {
    const text = 'I worked at a company called Orchid Dynamics, then joined a startup named Acmebot.';
    expect(discovered(text, 'Institution')).toEqual(expect.arrayContaining(['Orchid Dynamics', 'Acmebot']));
  });

  it('not a lower-case or generic word after called', () => {
    expect(discovered('a company called something, a lab named The', 'Institution')).toEqual([]);
  });
});

describe('junk', () => {
  it.each(['댓글', '카테고리', '공유하기', 'Today', '2021', '2021.02.21', '12:30', 'x'])(
    '%s is junk',
    (word) => {
      expect(isJunk(word)).toBe(true);
    },
  );

  it('page furniture yields nothing', () => {
    const page =
      '댓글남기기\n카테고리 태그 공유하기\nToday 12 Total 3456\n이전글 다음글 더보기\n2021.02.21 (0)';
    expect(discoverEntities(page, { ontology })).toEqual([]);
  });
});

describe('a Latin name stops at the end of its line (pattern: a titled name above another capitalised line)', () => {
  it('keeps "Dr. X Y" and "X Y 님" to their own line', () => {
    expect(discovered('with Dr. Ivo Marsh\nHosted by Nora Quill', 'Person')).toEqual(['Ivo Marsh']);
    expect(discovered('Prof. Lena Ortiz\nKeynote at noon', 'Person')).toEqual(['Lena Ortiz']);
  });
});

describe('the organisation an English step names (pattern: joined/left/co-founded + capitalised name)', () => {
  it('takes the capitalised name after the verb', () => {
    expect(discovered('In 2022 she joined Widgetly as a research scientist.', 'Institution')).toContain(
      'Widgetly',
    );
    expect(discovered('He left Nordvik Robotics in 2019 and co-founded Quillbase.', 'Institution')).toEqual(
      expect.arrayContaining(['Nordvik Robotics', 'Quillbase']),
    );
  });

  it('a person joined, or a possessive, is no organisation', () => {
    expect(discovered('She joined Lena Ortiz as a co-author.', 'Institution')).toEqual([]);
    expect(discovered("He joined Ivo Marsh's lab in 2020.", 'Institution')).toEqual([]);
  });
});
