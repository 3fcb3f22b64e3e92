import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../graph/model.ts';
import { extractDecisions } from '../../ingest/extract/extract-decisions.ts';
import type { Mention } from '../../ingest/extract/types.ts';

/** [surface as written, type, canonical name, institution kind] */
type Spec = readonly [string, EntityType, string?, string?];

const SPECS: readonly Spec[] = [
  ['네이버', 'Institution', 'Naver', 'company'],
  ['카카오', 'Institution', 'Kakao', 'company'],
  ['삼성전자', 'Institution', 'Samsung Electronics', 'company'],
  ['업스테이지', 'Institution', 'Upstage', 'company'],
  ['Upstage', 'Institution', 'Upstage', 'company'],
  ['Google', 'Institution', 'Google', 'company'],
  ['카이스트', 'Institution', 'KAIST', 'university'],
  ['KAIST', 'Institution', 'KAIST', 'university'],
  ['서울대', 'Institution', 'Seoul National University', 'university'],
  ['MIT', 'Institution', 'MIT', 'university'],
  ['Stanford', 'Institution', 'Stanford University', 'university'],
  ['기계공학', 'Topic'],
  ['물리학', 'Topic'],
  ['통계학', 'Topic'],
  ['컴퓨터공학', 'Topic'],
  ['physics', 'Topic', 'physics'],
  ['computer science', 'Topic', 'computer science'],
  ['이활석', 'Person'],
  ['박은정', 'Person'],
  ['Hwalsuk Lee', 'Person', '이활석'],
  ['ACL', 'Conference', 'ACL'],
  ['Sung Kim', 'Person', '김성훈'],
];

/** Mentions built by hand: every occurrence of every surface, as an entity extractor would give them. */
function mentionsOf(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, type, name, kind] of SPECS) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const end = at + surface.length;
      mentions.push({
        type,
        name: name ?? surface,
        surface,
        start: at,
        end,
        kind: kind ?? null,
        origin: 'ontology',
      });
    }
  }
  return mentions;
}

function run(text: string, options: { date?: string | null; speakers?: string[] } = {}) {
  return extractDecisions({
    text,
    date: options.date ?? null,
    mentions: mentionsOf(text),
    speakers: options.speakers ?? [],
  });
}

const decisions = (text: string, options: { date?: string | null; speakers?: string[] } = {}) =>
  run(text, options).decisions;

const brief = (text: string, options: { date?: string | null; speakers?: string[] } = {}) =>
  decisions(text, options).map((d) => ({
    kind: d.kind,
    year: d.year,
    person: d.person,
    from: d.from?.name ?? null,
    to: d.to?.name ?? null,
  }));

describe('each kind, in Korean and in English', () => {
  it.each([
    [
      '학부 전공은 기계공학이었는데 2학년 때 통계학으로 전공을 바꿨다.',
      'major_change',
      null,
      '기계공학',
      '통계학',
    ],
    ['2012년에 물리학에서 컴퓨터공학으로 전과했습니다.', 'major_change', 2012, '물리학', '컴퓨터공학'],
    [
      'In 2012 I switched my major from physics to computer science.',
      'major_change',
      2012,
      'physics',
      'computer science',
    ],
    ['2015년에 서울대 대학원에 진학했다.', 'grad_school', 2015, null, 'Seoul National University'],
    ['In 2016 I started a PhD at Stanford.', 'grad_school', 2016, null, 'Stanford University'],
    ['2016년에 서울대에서 석사를 했다.', 'grad_school', 2016, null, 'Seoul National University'],
    ['I did my master’s at KAIST in 2014.', 'grad_school', 2014, null, 'KAIST'],
    ['2019년 카카오에 입사했습니다.', 'joined', 2019, null, 'Kakao'],
    ['She joined Google in 2020.', 'joined', 2020, null, 'Google'],
    ['I interned at Google in 2015.', 'joined', 2015, null, 'Google'],
    ['2020년에 삼성전자를 퇴사했다.', 'left', 2020, 'Samsung Electronics', null],
    ['I left Google in 2019 to write a book.', 'left', 2019, 'Google', null],
    ['In 2018 I quit my job.', 'left', 2018, null, null],
    ['2020년에 업스테이지를 공동창업했다.', 'founded', 2020, null, 'Upstage'],
    ['In 2020 we co-founded Upstage.', 'founded', 2020, null, 'Upstage'],
    ['2018년에 KAIST 교수로 임용되었다.', 'moved_to_academia', 2018, null, 'KAIST'],
    ['In 2015 he became a professor at KAIST.', 'moved_to_academia', 2015, null, 'KAIST'],
    ['2010년에 군복무를 마쳤음', 'military_service', 2010, null, null],
    ['I did my military service in 2008.', 'military_service', 2008, null, null],
    ['He served in the army from 2009.', 'military_service', 2009, null, null],
    ['2014년 미국으로 유학을 떠났다.', 'study_abroad', 2014, null, null],
    ['In 2013 I moved to the US for my PhD.', 'study_abroad', 2013, null, null],
    ['2016년 캐글 대회에서 1등을 했다.', 'other', 2016, null, null],
    ['In 2017 our team won the Kaggle competition.', 'other', 2017, null, null],
    ['2019년 여름 ACL에 참석하러 직접 비행기표를 끊어 다녀왔다.', 'other', 2019, null, null],
    ['I attended ACL in 2019.', 'other', 2019, null, null],
  ])('%s → %s', (text, kind, year, from, to) => {
    expect(brief(text)).toEqual([{ kind, year, person: null, from, to }]);
  });
});

describe('note-style lines, timelines and CVs', () => {
  it('reads a bare noun closing a line as the step', () => {
    expect(brief('2019년 카카오 입사.')).toEqual([
      { kind: 'joined', year: 2019, person: null, from: null, to: 'Kakao' },
    ]);
    expect(brief('- 2019: 카카오 입사 (연구원)')[0]).toMatchObject({
      kind: 'joined',
      year: 2019,
      to: 'Kakao',
    });
    // The company left on the way to founding one is where the founding comes from.
    expect(brief('삼성전자 퇴사 후 창업했다.')).toEqual([
      { kind: 'left', year: null, person: null, from: 'Samsung Electronics', to: null },
      { kind: 'founded', year: null, person: null, from: 'Samsung Electronics', to: null },
    ]);
  });

  it('reads a comma-separated list of steps, each with its own year', () => {
    expect(brief('2016년 카카오 입사, 2019년 네이버로 이직')).toEqual([
      { kind: 'joined', year: 2016, person: null, from: null, to: 'Kakao' },
      { kind: 'joined', year: 2019, person: null, from: 'Kakao', to: 'Naver' },
    ]);
  });

  it('does not read a listed motive or a noun phrase as a step', () => {
    expect(decisions('동기: 학생 땐 취업, 지금은 연구 그 자체.')).toEqual([]);
    expect(decisions('입사 이후의 변화가 컸다.')).toEqual([]);
  });

  it('splits an arrow timeline into steps dated by their own years', () => {
    expect(brief('진로: 교사 → 통계학 복수전공 → 카카오 입사(2020) → 박사 준비')).toEqual([
      { kind: 'major_change', year: null, person: null, from: null, to: '통계학' },
      { kind: 'joined', year: 2020, person: null, from: null, to: 'Kakao' },
    ]);
  });

  it('reads CV periods as steps taken in their first year, skipping undergraduate years', () => {
    expect(
      brief(
        '2010 ~ 2014 서울대 학사\n2014 ~ 2016 KAIST 석사\n2016 ~ 2020 카카오 엔지니어\n2020 ~ 현재 KAIST 교수',
      ),
    ).toEqual([
      { kind: 'grad_school', year: 2014, person: null, from: null, to: 'KAIST' },
      { kind: 'joined', year: 2016, person: null, from: null, to: 'Kakao' },
      { kind: 'moved_to_academia', year: 2020, person: null, from: null, to: 'KAIST' },
    ]);
  });
});

describe('more ways of saying it', () => {
  it.each([
    ['2017년부터 카카오에서 일하게 되었다.', 'joined', 2017, null, 'Kakao'],
    ['I worked at Google from 2015.', 'joined', 2015, null, 'Google'],
    ['I got a job at Google in 2018.', 'joined', 2018, null, 'Google'],
    ['In 2019 he returned to KAIST as a professor.', 'moved_to_academia', 2019, null, 'KAIST'],
    ['2016년에 카이스트 연구실에 들어갔다.', 'grad_school', 2016, null, 'KAIST'],
    ['2018년에 포닥으로 MIT에 갔다.', 'moved_to_academia', 2018, null, 'MIT'],
    ['2014년 KAIST에서 박사 학위를 받았다.', 'grad_school', null, null, 'KAIST'],
    ['물리학을 전공하다가 컴퓨터공학으로 넘어왔다.', 'major_change', null, '물리학', '컴퓨터공학'],
    ['2015년에 컴퓨터공학과로 편입했다.', 'major_change', 2015, null, '컴퓨터공학'],
    ['2012년에 카투사로 복무했다.', 'military_service', 2012, null, null],
    ['She is the co-founder of Upstage.', 'founded', null, null, 'Upstage'],
  ])('%s → %s', (text, kind, year, from, to) => {
    expect(brief(text)).toEqual([{ kind, year, person: null, from, to }]);
  });

  it('keeps merely entering a university out: it may be an undergraduate', () => {
    expect(decisions('2010년에 서울대에 들어갔다.')).toEqual([]);
  });

  it('gives a founder named before a parenthesis the founding', () => {
    expect(brief('박은정 (업스테이지 공동창업자)')[0]).toMatchObject({
      kind: 'founded',
      person: '박은정',
      to: 'Upstage',
    });
  });
});

describe('particles and places', () => {
  it('reads goals and sources through glued particles and brackets', () => {
    expect(brief('카이스트로 자리를 옮겼다.')[0]).toMatchObject({ kind: 'moved_to_academia', to: 'KAIST' });
    expect(brief('네이버에서 일을 시작했다.')[0]).toMatchObject({ kind: 'joined', to: 'Naver' });
    expect(brief('지금의 회사(카카오)에 취업했다.')[0]).toMatchObject({ kind: 'joined', to: 'Kakao' });
    expect(brief('네이버를 나와서 카카오로 옮겼다.')).toEqual([
      { kind: 'left', year: null, person: null, from: 'Naver', to: null },
      { kind: 'joined', year: null, person: null, from: 'Naver', to: 'Kakao' },
    ]);
  });

  it('takes the origin of a major change from an earlier sentence that names the old major', () => {
    const text = '학부는 기계공학과였다. 재미가 없었다. 그래서 통계학으로 전과했다.';
    expect(brief(text)).toEqual([
      { kind: 'major_change', year: null, person: null, from: '기계공학', to: '통계학' },
    ]);
  });

  it('turns a move to a university into moving to academia, from the previous employer', () => {
    const text = '2016년에 네이버에 입사했다.\n\n2020년에 카이스트로 이직했다.';
    expect(brief(text)).toEqual([
      { kind: 'joined', year: 2016, person: null, from: null, to: 'Naver' },
      { kind: 'moved_to_academia', year: 2020, person: null, from: 'Naver', to: 'KAIST' },
    ]);
  });

  it('makes grad school in a foreign place study abroad', () => {
    expect(brief('보스턴에서 박사과정을 시작했다.')[0]?.kind).toBe('study_abroad');
    expect(brief('미국 MIT에 교환학생으로 다녀왔다.')[0]).toMatchObject({ kind: 'study_abroad', to: 'MIT' });
  });

  it('needs a named place for vague English verbs', () => {
    expect(decisions('He moved to NLP after a year.')).toEqual([]);
    expect(decisions('Then he left.')).toEqual([]);
  });
});

describe('not decisions', () => {
  it.each([
    '대학원을 가야 할까요?',
    '석사 진학을 추천합니다.',
    '대학원에 진학하는 것을 추천드려요.',
    '창업을 하고 싶었다.',
    '대학원에 들어가면 모든 게 해결될 줄 알았다.',
    '만약 유학을 간다면 미국으로 가겠다.',
    '친구가 카카오에 입사했다.',
    '두 분이 회사를 나가셨다.',
    '창업한 사람들이 많다.',
    '대학원 입학은 생각보다 까다로웠다.',
    '박사과정 중이었다.',
    '대학원에 가지 않았다.',
    '카카오의 제안은 거절했다.',
    'I turned down the offer from Google.',
    '해외로 나가면 현지 회사에 취직할 수 있는 기회가 늘어납니다.',
    '교수님은 유학 시절이 어떠셨는지 궁금합니다.',
    'Should I go to grad school?',
    'I recommend that you join a startup like Upstage.',
    'If you join Google, you learn a lot.',
    'She did not join Google.',
    'ACL에 다녀온 경험이 있다면 큰 도움이 될 것이다.',
  ])('%s', (text) => {
    expect(decisions(text)).toEqual([]);
  });

  it('keeps a sentence that only announces its reason with a question mark', () => {
    expect(brief('그 뒤 KAIST로 자리를 옮겼는데 무엇 때문이었냐면?')[0]).toMatchObject({
      kind: 'moved_to_academia',
    });
  });

  it('ignores headings and dated link lists', () => {
    expect(decisions('## 네이버에 입사했다\n\n| 회사를 창업한 후기 (0) | 2020.12.27 |')).toEqual([]);
  });
});

describe('plans', () => {
  it('keeps the narrator’s plan as "other", dated by when it was told', () => {
    const text = '## 2021년\n내년에는 박사과정 입학을 목표로 준비하려고 한다.';
    expect(brief(text)).toEqual([{ kind: 'other', year: 2021, person: null, from: null, to: null }]);
    expect(brief('박사과정 진학을 계획하고 있다.', { date: '2022-05-01' })[0]).toMatchObject({
      kind: 'other',
      year: 2022,
    });
  });
});

describe('who decided', () => {
  it('names the person the sentence is about, unless that person is a speaker', () => {
    const text = '이활석 님은 2020년에 업스테이지를 창업했다.';
    expect(brief(text)[0]?.person).toBe('이활석');
    expect(brief(text, { speakers: ['이활석'] })[0]?.person).toBeNull();
  });

  it('keeps first-person sentences and companions as the narrator', () => {
    expect(brief('나는 2020년에 박은정 님과 함께 업스테이지를 창업했다.')[0]?.person).toBeNull();
  });

  it('gives a decision to each of several named subjects', () => {
    const people = brief('Hwalsuk Lee and Sung Kim co-founded Upstage in 2020.').map((d) => d.person);
    expect(people).toEqual(['이활석', '김성훈']);
  });

  it('skips an honorific verb with no named subject', () => {
    expect(decisions('그리고 나중에 회사를 나가셨다.')).toEqual([]);
    expect(brief('교수님은 2019년에 카이스트로 옮기셨다.')[0]).toMatchObject({ person: null, year: 2019 });
  });
});

describe('years', () => {
  it('takes the section heading year when the sentence has none', () => {
    expect(brief('## 2019년\n- 네이버에 입사했다.')[0]?.year).toBe(2019);
  });

  it('resolves relative years against the talk date, and leaves them null without one', () => {
    expect(brief('작년에 카카오에 입사했다.', { date: '2021-03-02' })[0]?.year).toBe(2020);
    expect(brief('올해 초에 카카오에 입사했다.', { date: '2021-03-02' })[0]?.year).toBe(2021);
    expect(brief('작년에 카카오에 입사했다.', { date: null })[0]?.year).toBeNull();
  });

  it('does not date a background state by its section (복수전공하던)', () => {
    expect(brief('## 2018년\n복수전공하던 통계학 수업에서 머신러닝을 처음 접했다.')[0]).toMatchObject({
      kind: 'major_change',
      year: null,
      to: '통계학',
    });
  });

  it('never reads a grade as a year', () => {
    expect(brief('3학년 때 컴퓨터공학으로 전과했다.')[0]?.year).toBeNull();
  });
});

describe('one step told twice', () => {
  it('merges adjacent tellings and keeps the year written with the fact', () => {
    const text = '2017년 말 오퍼를 받고 네이버로 가게 되었음\n\n2018년 봄에 네이버에서 일을 시작했음';
    expect(brief(text)).toEqual([{ kind: 'joined', year: 2018, person: null, from: null, to: 'Naver' }]);
  });

  it('folds grad school into the study abroad told next to it', () => {
    const text = '결국 대학원 합격 소식을 들었음\n\n보스턴에서 박사과정을 시작했음';
    expect(brief(text).map((d) => d.kind)).toEqual(['study_abroad']);
  });

  it('ties military service to the job it was served at', () => {
    const text =
      '2017년에 전문연구요원 자리로 병역을 함께 해결할 수 있어서 네이버로 오게 되었음\n\n2018년에 일을 시작했음';
    const service = decisions(text).find((d) => d.kind === 'military_service');
    expect(service).toMatchObject({ year: 2018, to: { type: 'Institution', name: 'Naver' } });
  });

  it('keeps two different employers apart', () => {
    const text = '2015년에 카카오에 입사했다. 2017년에 네이버에 입사했다.';
    expect(brief(text).map((d) => d.to)).toEqual(['Kakao', 'Naver']);
  });
});

describe('evidence', () => {
  it('is the sentence, whitespace collapsed, personal data removed, at most 300 characters', () => {
    const text = `2019년에 카카오에   입사했다 (연락: someone@example.org, 010-1234-5678) ${'가'.repeat(400)}`;
    const [decision] = decisions(text);
    expect(decision?.evidence).not.toMatch(/@|5678|\s{2}/);
    expect(decision?.evidence.length).toBeLessThanOrEqual(300);
    expect(decision?.offset).toBe(0);
  });
});

describe('affiliations', () => {
  it('reads 현)/전) lists with their years', () => {
    const { affiliations, decisions } = run('현) KAIST 교수\n전) 네이버 클로바 연구원 (2018~2021)');
    expect(affiliations).toHaveLength(2);
    expect(affiliations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: null,
          institution: 'KAIST',
          role: '교수',
          since: null,
          until: null,
        }),
        expect.objectContaining({
          person: null,
          institution: 'Naver',
          role: '연구원',
          since: 2018,
          until: 2021,
        }),
      ]),
    );
    // A line closing with its period is a CV item: the post was taken in its first year. An
    // undated "현) X 교수" line is a move to academia (real résumé lines, tests/unit/decision-cv-lines).
    expect(decisions).toEqual([
      expect.objectContaining({ kind: 'joined', year: 2018, to: { type: 'Institution', name: 'Naver' } }),
      expect.objectContaining({
        kind: 'moved_to_academia',
        year: null,
        to: { type: 'Institution', name: 'KAIST' },
      }),
    ]);
  });

  it('reads CV items that open with a period', () => {
    expect(run('2016.03 ~ 2020.02: 카카오 엔지니어').affiliations).toEqual([
      expect.objectContaining({ institution: 'Kakao', role: '엔지니어', since: 2016, until: 2020 }),
    ]);
    expect(run('2020 - 현재 KAIST 교수').affiliations[0]).toMatchObject({ since: 2020, until: null });
  });

  it('reads "X 소속", "X에서 근무", "(X role)" and "a professor at X"', () => {
    expect(run('삼성전자 소속 연구원이다.').affiliations[0]).toMatchObject({
      institution: 'Samsung Electronics',
    });
    expect(run('카카오에서 엔지니어로 근무하고 있다.').affiliations[0]).toMatchObject({
      institution: 'Kakao',
      role: '엔지니어',
    });
    expect(run('연사: 이활석 (업스테이지 CTO)', { speakers: ['이활석'] }).affiliations[0]).toMatchObject({
      person: null,
      institution: 'Upstage',
      role: 'CTO',
    });
    expect(run('She is a professor at KAIST.').affiliations[0]).toMatchObject({
      institution: 'KAIST',
      role: 'professor',
    });
  });

  it('does not affiliate people in general or hypotheticals', () => {
    expect(run('네이버에서 일하는 사람들이 많다.').affiliations).toEqual([]);
    expect(run('학교 소속이라면 데이터를 쓸 수 있다. 서울대 소속이라면 더 좋다.').affiliations).toEqual([]);
  });

  it('opens an affiliation when joining and closes it when moving on', () => {
    const { affiliations } = run('2016년에 연구원으로 네이버에 입사했다.\n\n2020년에 카이스트로 이직했다.');
    expect(affiliations).toEqual([
      expect.objectContaining({ institution: 'Naver', role: '연구원', since: 2016, until: 2020 }),
      expect.objectContaining({ institution: 'KAIST', since: 2020, until: null }),
    ]);
  });
});
