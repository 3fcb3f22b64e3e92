/**
 * Decision families the second held-out set showed: turns of others in transcripts and chats,
 * negations, counterfactuals and regrets, vague retellings, academic posts, third-person bios.
 * Every example is written for this test (names and wording made up).
 */
import { describe, expect, it } from 'vitest';
import { type DecisionOptions, decisionsOf } from '../support/decisions.ts';

function brief(text: string, options: DecisionOptions = {}) {
  return decisionsOf(text, options, 'speaker').map((d) => ({
    person: d.person,
    kind: d.kind,
    year: d.year,
    to: d.to?.name ?? null,
  }));
}

describe('turns of others', () => {
  it('keeps the guest’s own steps and not the host’s echo or a mentee’s', () => {
    const chat = [
      '[00:01:00] 진행자: 그러다 창업을 하셨잖아요.',
      '[00:01:05] 윤가람: 네, 2020년에 회사를 나와서 창업했어요.',
      '[00:02:00] 표서윤: 저는 작년에 카카오에 입사했어요.',
    ].join('\n');
    expect(brief(chat, { speakers: ['윤가람'] })).toEqual([
      { person: null, kind: 'left', year: 2020, to: null },
      { person: null, kind: 'founded', year: 2020, to: null },
    ]);
  });

  it('reads a KakaoTalk turn of the mentor with the year of the chat', () => {
    const chat =
      '[윤가람] [오후 9:03] 올해 3월에 쿠팡에 합류했습니다.\n[표서윤] [오후 9:04] 저도 쿠팡에 입사했어요!';
    expect(brief(chat, { speakers: ['윤가람'], date: '2023-11-02' })).toEqual([
      { person: null, kind: 'joined', year: 2023, to: 'Coupang' },
    ]);
  });
});

describe('negations, plans, counterfactuals and regrets', () => {
  it.each([
    '박사는 안 함 (지금도 계획 없음)',
    '대학원은 안 갔어요. 생각도 없었고요.',
    '학부 때 통계 복수전공 했을 것 (안 해서 후회한다고)',
    '그때 유학을 갔더라면 좋았을 텐데.',
    'I never did a PhD, and have no plans to.',
  ])('reads no step in %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('keeps a step whose aside says the year was not told', () => {
    expect(brief('2학년을 마치고 통계학으로 전과 (몇 년도인지는 말씀 안 하심)').map((d) => d.kind)).toEqual([
      'major_change',
    ]);
  });

  it('drops a vague retelling of a step already told with its place, however far', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `- 추천 모델 이야기 ${i + 1}.`);
    const text = [
      '2019년에 쿠팡에 입사했다.',
      ...filler,
      '## 요약',
      '- 추천에서 검색으로 관심이 옮겨 가면서 이직',
      '저는 인턴 한 번으로 인생이 바뀌었어요.',
    ].join('\n');
    expect(brief(text)).toEqual([{ person: null, kind: 'joined', year: 2019, to: 'Coupang' }]);
  });
});

describe('news-style connectives (pattern: 입사해 / 합류해 / 창업해 …, the written 하여, inside a longer sentence)', () => {
  it('reads a step told with 해 before the next clause', () => {
    expect(brief('윤가람 대표는 2016년 쿠팡에 입사해 검색을 맡았다.', { speakers: ['윤가람'] })).toEqual([
      { person: null, kind: 'joined', year: 2016, to: 'Coupang' },
    ]);
    expect(
      brief('표서윤 씨는 2019년 네이버에 합류해, 번역 모델을 만들었다.', { speakers: ['표서윤'] }),
    ).toEqual([{ person: null, kind: 'joined', year: 2019, to: 'Naver' }]);
  });

  it('a wish or an obligation with 해 is no step', () => {
    expect(brief('윤가람 대표는 언젠가 창업해 보고 싶다고 했다.', { speakers: ['윤가람'] })).toEqual([]);
    expect(brief('표서윤 씨는 올해 안에 입사해야 한다.', { speakers: ['표서윤'] })).toEqual([]);
  });
});

describe('a university by its kind (pattern: an organisation whose known kind is not a university, though its name says Institute of Technology)', () => {
  it('joining a company lab named "… Institute of Technology" is a job, not academia', () => {
    expect(
      brief('윤가람 님은 2017년 삼성종합기술원에 입사해 비전을 연구했다.', { speakers: ['윤가람'] }),
    ).toEqual([{ person: null, kind: 'joined', year: 2017, to: 'Samsung Advanced Institute of Technology' }]);
  });

  it('a post at a university is still academia', () => {
    expect(brief('윤가람 님은 2021년 카이스트 교수로 임용되었다.', { speakers: ['윤가람'] })).toEqual([
      { person: null, kind: 'moved_to_academia', year: 2021, to: 'KAIST' },
    ]);
  });
});

describe('the one a pronoun or a panel’s bare sentence stands for (pattern: the last subject named before, same paragraph)', () => {
  it('gives each bio its own steps: "He …" after "X is …"', () => {
    const bios =
      'Ivo Marsh is a professor at Nordvik University. He co-founded Examplify in 2014.\n' +
      'Lena Ortiz is a researcher at Example Labs. Before that, she worked at IBM Research.';
    const steps = decisionsOf(bios, { speakers: ['Ivo Marsh', 'Lena Ortiz'] }, 'speaker').map(
      (d) => `${d.person ?? 'first speaker'} ${d.kind}`,
    );
    expect(steps).toContain('first speaker founded');
    expect(steps).toContain('Lena Ortiz joined');
    expect(steps).not.toContain('first speaker joined');
  });

  it('a panel’s bare sentence belongs to the panellist named just before; a new paragraph forgets them', () => {
    const panel =
      '윤가람 님은 2017년 네이버에 합류하셨다. 이후 2020년 카카오로 이직하셨다.\n\n2021년 쿠팡에 입사했다.';
    const steps = decisionsOf(panel, { speakers: ['표서윤', '윤가람'] }, 'speaker').map(
      (d) => `${d.person ?? 'first speaker'} ${d.year}`,
    );
    expect(steps).toEqual(['윤가람 2017', '윤가람 2020', 'first speaker 2021']);
  });
});

describe('English steps in a gerund or a past post (pattern: before/after joining X, after leaving X, was a professor at X)', () => {
  const steps = (text: string) =>
    decisionsOf(text, { speakers: ['Ivo Marsh'] }, 'speaker').map(
      (d) => `${d.kind} ${d.year} ${(d.to ?? d.from)?.name ?? '-'}`,
    );

  it('reads "before joining X in <year>" as a step of its own clause', () => {
    expect(steps('Ivo Marsh taught at Nordvik University before joining Kakao in 2019.')).toContain(
      'joined 2019 Kakao',
    );
    expect(
      steps('Ivo Marsh is a researcher at Google, which he joined after leaving IBM Research in 2015.'),
    ).toContain('left 2015 IBM');
  });

  it('reads "was an assistant professor at X" as a post in academia', () => {
    expect(steps('Ivo Marsh was an assistant professor at Nordvik University.')).toEqual([
      'moved_to_academia null Nordvik University',
    ]);
    expect(
      steps('Ivo Marsh was a professor of physics at Nordvik University.').map((s) => s.split(' ')[0]),
    ).toEqual(['moved_to_academia']);
  });
});

describe('a named place left outright in Korean (pattern: X를 떠나 / X에서 나와 / X를 그만두고, then the next step)', () => {
  const steps = (text: string) =>
    decisionsOf(text, { speakers: ['윤가람'] }, 'speaker').map(
      (d) => `${d.kind} ${d.year} ${(d.kind === 'left' ? d.from : d.to)?.name ?? '-'}`,
    );

  it('reads the departure and the next step as two steps', () => {
    expect(steps('윤가람 대표는 2021년 구글을 떠나 업스테이지에 합류했다.')).toEqual([
      'left 2021 Google',
      'joined 2021 Upstage',
    ]);
    expect(steps('윤가람 님은 2019년 네이버에서 나와 회사를 차렸다.')).toContain('left 2019 Naver');
  });

  it('leaving a thing that is no place is no step', () => {
    expect(steps('윤가람 님은 서울을 떠나 부산으로 이사했다.')).toEqual([]);
  });
});

describe('the CV lines under a name line belong to that name (pattern: a bio block per person)', () => {
  it('gives each block its own steps', () => {
    const blocks = '표세진\n현) 카카오 리서처\n전) 네이버 엔지니어\n여진우\n현) 쿠팡 ML 리드';
    const steps = decisionsOf(blocks, { speakers: ['표세진', '여진우'] }, 'speaker').map(
      (d) => `${d.person ?? 'first speaker'} ${d.kind} ${(d.kind === 'left' ? d.from : d.to)?.name ?? '-'}`,
    );
    expect(steps).toEqual([
      'first speaker joined Kakao',
      'first speaker left Naver',
      '여진우 joined Coupang',
    ]);
  });
});

describe('years spent as a professor (pattern: spent/worked/served … as a professor at X)', () => {
  it('is a post in academia', () => {
    for (const text of [
      'Ivo Marsh spent six years as an assistant professor at Nordvik University.',
      'Ivo Marsh worked for a decade as a professor at Nordvik University.',
    ]) {
      expect(decisionsOf(text, { speakers: ['Ivo Marsh'] }, 'speaker').map((d) => d.kind)).toEqual([
        'moved_to_academia',
      ]);
    }
  });
});
