/**
 * extract/extract-decisions.ts on the phrasings and layouts of career steps beyond its basic cases
 * (extract-decisions.test.ts), run on the real entity extractor: English career verbs, CV and
 * timeline items, where a step comes from, negations, plans and regrets, honorific verbs of a
 * reported talk, panels, turns of others in transcripts and chats, pronouns and third-person bios,
 * news-style connectives, academic posts, titles, years told apart from the step. Every example is
 * written for these tests (names and wording made up).
 */
import { describe, expect, it } from 'vitest';
import { type DecisionOptions, decisionsOf } from '../support/decisions.ts';

function brief(text: string, options: DecisionOptions = {}) {
  return decisionsOf(text, options, 'author').map((d) => ({
    kind: d.kind,
    year: d.year,
    from: d.from?.name ?? null,
    to: d.to?.name ?? null,
  }));
}

const kinds = (text: string, options: DecisionOptions = {}) => brief(text, options).map((d) => d.kind);

/** Who took each step, as a talk's speaker tells it. */
function told(text: string, options: DecisionOptions = {}) {
  return decisionsOf(text, options, 'speaker').map((d) => ({
    person: d.person,
    kind: d.kind,
    year: d.year,
    to: d.to?.name ?? null,
  }));
}

describe('English career verbs', () => {
  it('reads "left X for Y" as joining Y from X', () => {
    expect(brief('In 2019 she left Google for Upstage.')).toContainEqual({
      kind: 'joined',
      year: 2019,
      from: 'Google',
      to: 'Upstage',
    });
  });

  it('reads "moved to <city> to join X" as joining X', () => {
    expect(brief('In 2020 he moved to Busan to join Kakao.')).toEqual([
      { kind: 'joined', year: 2020, from: null, to: 'Kakao' },
    ]);
  });

  it('reads "left <field> for <field>" and "a change of major" as a major change', () => {
    expect(brief('In 2015 she decided to leave physics for machine learning.')).toEqual([
      { kind: 'major_change', year: 2015, from: 'Physics', to: 'Machine learning' },
    ]);
    expect(kinds('In 2014 he made his change of major official.')).toEqual(['major_change']);
  });

  it('reads founding a consultancy or a small business', () => {
    expect(brief('In 2022 I started a small consultancy with a friend.')).toEqual([
      { kind: 'founded', year: 2022, from: null, to: null },
    ]);
  });

  it('reads "started my PhD at X" and "became a professor at X"', () => {
    expect(brief('I started my PhD at KAIST in 2016.')[0]).toMatchObject({ kind: 'grad_school', year: 2016 });
    expect(brief('In 2020 she became a professor at POSTECH.')[0]).toMatchObject({
      kind: 'moved_to_academia',
      to: 'POSTECH',
    });
  });

  it('does not read "to join" that was only wished or asked', () => {
    expect(brief('He wanted to join Kakao in 2020.')).toEqual([]);
    expect(brief('Would you move to Seoul to join Naver?')).toEqual([]);
  });
});

describe('CV items and timeline rows', () => {
  it('reads a year label with a degree or a role as a step of that year', () => {
    expect(brief('- 2015: 서울대 석사')).toEqual([
      { kind: 'grad_school', year: 2015, from: null, to: 'Seoul National University' },
    ]);
    expect(brief('- 2021: 카카오 리서치 엔지니어')).toEqual([
      { kind: 'joined', year: 2021, from: null, to: 'Kakao' },
    ]);
  });

  it('reads a table row whose first cell is a year', () => {
    expect(brief('| 2018 | 네이버 |')).toEqual([{ kind: 'joined', year: 2018, from: null, to: 'Naver' }]);
    expect(brief("| '19년 | 카카오 퇴사 → 카이스트 석사 |")).toEqual([
      { kind: 'left', year: 2019, from: 'Kakao', to: null },
      { kind: 'grad_school', year: 2019, from: 'Kakao', to: 'KAIST' },
    ]);
  });

  it('reads a CV line that closes with its period', () => {
    expect(brief('Kakao — Data Scientist (2017–2020)')).toEqual([
      { kind: 'joined', year: 2017, from: null, to: 'Kakao' },
    ]);
    expect(brief('KAIST, M.S. in Computer Science, 2015 – 2017')[0]).toMatchObject({
      kind: 'grad_school',
      year: 2015,
    });
  });

  it('does not make a job of an event at a company in a year row', () => {
    expect(brief('| 2020 | 네이버 세미나 발표 |')).toEqual([]);
    expect(brief('- 2012 ~ 2016: 고려대 경영학 학사')).toEqual([]);
  });

  it('dates every step of a CV period by its start: the job and the service served at it', () => {
    expect(brief('- 2017.03 ~ 2019.12: 삼성전자, 전문연구요원으로 복무')).toEqual([
      { kind: 'joined', year: 2017, from: null, to: 'Samsung Electronics' },
      { kind: 'military_service', year: 2017, from: null, to: 'Samsung Electronics' },
    ]);
  });
});

describe('where a step comes from', () => {
  it('is the place left earlier in the sentence', () => {
    expect(brief('카카오에서 3년 일하다가 2020년에 나와서 창업했다.')).toContainEqual({
      kind: 'founded',
      year: 2020,
      from: 'Kakao',
      to: null,
    });
    // The departure is a step of its own, as with 나와서 and a CV's 전 line; the move keeps its origin.
    expect(brief('2021년에 구글을 떠나 업스테이지에 합류했다.')).toEqual([
      { kind: 'left', year: 2021, from: 'Google', to: null },
      { kind: 'joined', year: 2021, from: 'Google', to: 'Upstage' },
    ]);
  });

  it('is the last employer for a departure that names no place', () => {
    const text = '2017년에 카카오에 입사했다. 2020년에 회사를 그만두고 유학을 떠났다.';
    expect(brief(text)).toContainEqual({ kind: 'left', year: 2020, from: 'Kakao', to: null });
  });

  it('is no employer when the last step was a study', () => {
    const text = '2017년에 서울대 대학원에 진학했다. 2019년에 회사를 그만두었다.';
    expect(brief(text).find((d) => d.kind === 'left')?.from ?? null).toBeNull();
  });
});

describe('negations, advice and nouns that look like advice', () => {
  it('skips a step that was not taken', () => {
    expect(brief('대학원은 안 갔어요. 지금도 생각은 없어요.')).toEqual([]);
    expect(brief('박사는 안 했어요.')).toEqual([]);
  });

  it('skips advice, but not a team named for recommendation (추천팀)', () => {
    expect(brief('대학원 진학을 추천해요.')).toEqual([]);
    expect(brief('2021년에 네이버 추천팀에 합류했다.')).toEqual([
      { kind: 'joined', year: 2021, from: null, to: 'Naver' },
    ]);
  });

  it('skips study abroad listed as a mere topic', () => {
    expect(brief('전공, 군대, 유학, 이직을 모두 같은 기준으로 골랐다는 이야기.')).toEqual([]);
  });
});

describe('a reported talk', () => {
  const reported: DecisionOptions = { speakers: ['도하윤'], narrator: 'speaker' };

  it('gives the speaker the steps told with honorific verbs', () => {
    expect(brief('2016년에 카카오에 입사하셨다.', reported)).toEqual([
      { kind: 'joined', year: 2016, from: null, to: 'Kakao' },
    ]);
    expect(brief('2016년에 카카오에 입사하셨다.')).toEqual([]);
  });

  it('still leaves out someone else honoured as the subject', () => {
    expect(brief('지도교수님이 2019년에 카카오로 옮기셨다.', reported)).toEqual([]);
    expect(brief('선배님들은 대부분 2015년에 네이버에 입사하셨다.', reported)).toEqual([]);
  });

  it('dates a study abroad by the departure told next to it; a departure alone is no step', () => {
    const text = '졸업 후 미국 MIT 박사 과정으로 유학. 2011년에 출국하셨다고.';
    expect(brief(text, reported)).toEqual([{ kind: 'study_abroad', year: 2011, from: null, to: 'MIT' }]);
    expect(brief('2015년에 출국하셨다.', reported)).toEqual([]);
  });
});

describe('a panel', () => {
  it('keeps the name of a panelist other than the first, who is the narrator', () => {
    const decisions = decisionsOf(
      '도하윤 님은 2018년에 카카오에 입사했다. 남궁하늘 님은 2019년에 네이버에 입사했다.',
      { speakers: ['남궁하늘', '도하윤'] },
      'speaker',
    );
    expect(decisions.map((d) => [d.person, d.to?.name])).toEqual([
      ['도하윤', 'Kakao'],
      [null, 'Naver'],
    ]);
  });
});

describe('years told apart from the step', () => {
  it('takes the year of a bare time answer before the step', () => {
    expect(brief('A: 재작년 봄이요. 그때 카카오에 입사했어요.', { date: '2023-05-01' })).toEqual([
      { kind: 'joined', year: 2021, from: null, to: 'Kakao' },
    ]);
  });

  it('resolves "this spring" against the talk date', () => {
    expect(brief('This spring she joined Upstage.', { date: '2022-11-03' })).toEqual([
      { kind: 'joined', year: 2022, from: null, to: 'Upstage' },
    ]);
  });
});

describe('turns of others', () => {
  it('keeps the guest’s own steps and not the host’s echo or a mentee’s', () => {
    const chat = [
      '[00:01:00] 진행자: 그러다 창업을 하셨잖아요.',
      '[00:01:05] 윤가람: 네, 2020년에 회사를 나와서 창업했어요.',
      '[00:02:00] 표서윤: 저는 작년에 카카오에 입사했어요.',
    ].join('\n');
    expect(told(chat, { speakers: ['윤가람'] })).toEqual([
      { person: null, kind: 'left', year: 2020, to: null },
      { person: null, kind: 'founded', year: 2020, to: null },
    ]);
  });

  it('reads a KakaoTalk turn of the mentor with the year of the chat', () => {
    const chat =
      '[윤가람] [오후 9:03] 올해 3월에 쿠팡에 합류했습니다.\n[표서윤] [오후 9:04] 저도 쿠팡에 입사했어요!';
    expect(told(chat, { speakers: ['윤가람'], date: '2023-11-02' })).toEqual([
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
    expect(told(text)).toEqual([]);
  });

  it('keeps a step whose aside says the year was not told', () => {
    expect(told('2학년을 마치고 통계학으로 전과 (몇 년도인지는 말씀 안 하심)').map((d) => d.kind)).toEqual([
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
    expect(told(text)).toEqual([{ person: null, kind: 'joined', year: 2019, to: 'Coupang' }]);
  });
});

describe('news-style connectives (pattern: 입사해 / 합류해 / 창업해 …, the written 하여, inside a longer sentence)', () => {
  it('reads a step told with 해 before the next clause', () => {
    expect(told('윤가람 대표는 2016년 쿠팡에 입사해 검색을 맡았다.', { speakers: ['윤가람'] })).toEqual([
      { person: null, kind: 'joined', year: 2016, to: 'Coupang' },
    ]);
    expect(
      told('표서윤 씨는 2019년 네이버에 합류해, 번역 모델을 만들었다.', { speakers: ['표서윤'] }),
    ).toEqual([{ person: null, kind: 'joined', year: 2019, to: 'Naver' }]);
  });

  it('a wish or an obligation with 해 is no step', () => {
    expect(told('윤가람 대표는 언젠가 창업해 보고 싶다고 했다.', { speakers: ['윤가람'] })).toEqual([]);
    expect(told('표서윤 씨는 올해 안에 입사해야 한다.', { speakers: ['표서윤'] })).toEqual([]);
  });
});

describe('a university by its kind (pattern: an organisation whose known kind is not a university, though its name says Institute of Technology)', () => {
  it('joining a company lab named "… Institute of Technology" is a job, not academia', () => {
    expect(
      told('윤가람 님은 2017년 삼성종합기술원에 입사해 비전을 연구했다.', { speakers: ['윤가람'] }),
    ).toEqual([{ person: null, kind: 'joined', year: 2017, to: 'Samsung Advanced Institute of Technology' }]);
  });

  it('a post at a university is still academia', () => {
    expect(told('윤가람 님은 2021년 카이스트 교수로 임용되었다.', { speakers: ['윤가람'] })).toEqual([
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

describe('a title that lists themes', () => {
  it('states no step when repeated as the first line', () => {
    const title = '[커리어 토크] 남궁 솔 님 - 이직, 대학원, 그리고 창업';
    const text = `${title}\n- 2016년에 회사를 나와 창업하셨다고 함`;
    const found = told(text, { speakers: ['남궁솔'], title });
    expect(found.filter((d) => d.kind === 'founded').map((d) => d.year)).toEqual([2016]);
  });
});

describe('neighbouring sentences with their own years', () => {
  it('keeps an internship and the job after it as two steps', () => {
    const text =
      '16년 여름에 카카오에서 인턴을 했어요. 인턴 끝나고 2017년 2월에 카카오에 정식으로 입사했어요.';
    const years = told(text, { narrator: 'author' }).map((d) => d.year);
    expect(years).toContain(2016);
    expect(years).toContain(2017);
  });
});
