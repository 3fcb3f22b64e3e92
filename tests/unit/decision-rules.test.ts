/**
 * Decision rules for phrasings and layouts beyond the seeds, run on the real entity extractor:
 * English career verbs, CV and timeline items, where a step comes from, negations and advice,
 * honorific verbs of a reported talk, bare time answers.
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
