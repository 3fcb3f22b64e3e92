import { describe, expect, it } from 'vitest';
import {
  explicitYears,
  findYears,
  resolveYear,
  sectionYears,
  talkYearOf,
  timeAnswer,
} from '../../ingest/extract/resolve-year.ts';
import { type Sentence, splitSentences } from '../../ingest/extract/sentences.ts';
import { type DecisionOptions, decisionsOf } from '../support/decisions.ts';

const years = (text: string) => explicitYears(text).map((m) => m.year);
const relative = (text: string, talkYear: number | null) => findYears(text, talkYear).map((m) => m.year);
/** A story's career steps, as the whole pipeline finds them (their years resolved here). */
const stepsOf = (text: string, options: DecisionOptions) => decisionsOf(text, options, 'speaker');

describe('explicit years', () => {
  it.each([
    ['2019년에 입사', 2019],
    ['2017년도에 박사과정', 2017],
    ["'19년 여름", 2019],
    ['19년 12월에 학회', 2019],
    ['19년도 겨울', 2019],
    ['2016년 5월 쯤', 2016],
    ['joined in 2019', 2019],
    ['since 2015 at the lab', 2015],
    ['early 2021 he moved', 2021],
    ['posted 2021.02.21', 2021],
    ['talk on 2021-02-17', 2021],
    ['a paper (2018) on this', 2018],
    ['| 2017 | accepted an offer |', 2017],
    ['2015 고려대학교 교수로 부임', 2015],
    ['2019: 카카오 입사', 2019],
    ['석사 끝나고 14년에 스타트업 입사', 2014],
    ['13년부터 연구실에서', 2013],
    ["'98년 졸업", 1998],
    ['대학 4학년이던 21년 말에 휴학', 2021],
  ])('%s → %i', (text, year) => {
    expect(years(text)).toEqual([year]);
  });

  it.each([
    '3학년때 전과',
    '4학년 2학기에 수업',
    '20년차가 되면',
    '6~7년을 봤을 때',
    '3년동안 고민',
    '1년 이하로 공부',
    'NeurIPS 2019 에 갔다',
    '2600개의 논문',
    '10년에 걸쳐 모은 데이터',
    '20년에 한 번 오는 기회',
    '15년 동안 일했다',
  ])('%s has no year', (text) => {
    expect(years(text)).toEqual([]);
  });
});

describe('relative years', () => {
  it.each([
    ['작년에 입사', 2020],
    ['지난해 가을', 2020],
    ['재작년에 졸업', 2019],
    ['올해 초에 이직', 2021],
    ['올해 옮김', 2021],
    ['금년에는', 2021],
    ['내년에 졸업 예정', 2022],
    ['2년 전에 시작', 2019],
    ['last year we moved', 2020],
    ['this year I joined', 2021],
  ])('%s with a 2021 talk → %i', (text, year) => {
    expect(relative(text, 2021)).toEqual([year]);
  });

  it('stays unknown without a talk date: never guessed', () => {
    expect(relative('작년에 입사', null)).toEqual([null]);
    expect(relative('올해 초에 이직', null)).toEqual([null]);
  });

  it('resolves "N년 후", "그해" and "이듬해" only against a year written before them', () => {
    expect(relative('2016년에 졸업하고 2년 후 창업', null)).toEqual([2016, 2018]);
    expect(relative('2016년에 졸업했고 그해 여름 입사', null)).toEqual([2016, 2016]);
    expect(relative('2016년에 졸업했고 이듬해 입사', null)).toEqual([2016, 2017]);
    expect(findYears('2년 후 창업', null, 2010).map((m) => m.year)).toEqual([2012]);
    expect(relative('2년 후 창업', 2021)).toEqual([null]);
    expect(relative('2016년에 졸업했고 몇 년 후 창업', null)).toEqual([2016, null]);
    expect(relative('그 해결책이 좋았다', null)).toEqual([]);
  });
});

describe('talkYearOf', () => {
  it('reads ISO dates, partial dates, and nothing else', () => {
    expect(talkYearOf('2021-02-17')).toBe(2021);
    expect(talkYearOf('2021-02')).toBe(2021);
    expect(talkYearOf('2021')).toBe(2021);
    expect(talkYearOf(null)).toBeNull();
    expect(talkYearOf('02.17')).toBeNull();
  });
});

describe('sectionYears', () => {
  const long = '이 문단은 제목 아래에 오는 충분히 긴 본문이라서 앞줄을 제목으로 읽게 만드는 문장입니다.';

  it('dates each sentence by the nearest heading that has a year', () => {
    const text = `# 회고\n\n## 2019년\n- 첫 일임\n### 느낀 점\n- 둘째 일임\n## 2020년\n- 셋째 일임`;
    const sentences = splitSentences(text);
    const byText = new Map(sentences.map((s, i) => [s.text, sectionYears(sentences)[i]]));
    expect(byText.get('첫 일임')).toBe(2019);
    expect(byText.get('둘째 일임')).toBe(2019);
    expect(byText.get('셋째 일임')).toBe(2020);
  });

  it('reads plain year lines and "2018 회고", and a title without a year ends the section', () => {
    const text = `2018 회고\n${long}\n2019년\n${long}\n맺으면서.\n${long}`;
    expect(sectionYears(splitSentences(text))).toEqual([2018, 2018, 2019, 2019, null, null]);
  });
});

describe('resolveYear', () => {
  const sentenceOf = (text: string): Sentence => splitSentences(text)[0] as Sentence;
  const query = (
    text: string,
    clauseText: string,
    extra: Partial<Parameters<typeof resolveYear>[0]> = {},
  ) => {
    const sentence = sentenceOf(text);
    const start = text.indexOf(clauseText);
    return resolveYear({
      sentence,
      clause: { start, end: start + clauseText.length },
      previous: null,
      sectionYear: null,
      talkYear: null,
      useSection: true,
      ...extra,
    });
  };

  it('prefers a year in the clause of the fact, and says it is anchored', () => {
    const text = '2017년에 제안을 받았고 2018년에 일을 시작했음';
    expect(query(text, '2018년에 일을 시작했음')).toEqual({ year: 2018, source: 'clause', anchored: true });
  });

  it('takes the year nearest to the cue when the clause holds several', () => {
    const text = '교사 2016년 통계 2018년 입사(2020) 2021년';
    const start = text.indexOf('입사');
    expect(query(text, text, { cue: { start, end: start + 2 } }).year).toBe(2020);
  });

  it('falls back to the one year written earlier in the sentence', () => {
    const text = '2017년에 제안을 받았고 네이버로 오게 되었음';
    expect(query(text, '네이버로 오게 되었음')).toMatchObject({
      year: 2017,
      source: 'sentence',
      anchored: false,
    });
  });

  it('uses the section year when the sentence has none, or disagreeing ones', () => {
    expect(query('회사에 입사했다', '회사에 입사했다', { sectionYear: 2020 })).toMatchObject({
      year: 2020,
      source: 'heading',
    });
    const text = '2021년 가을 혹은 2022년 봄, 박사과정 입학이 목표';
    expect(query(text, '박사과정 입학이 목표', { sectionYear: 2021 })).toMatchObject({ year: 2021 });
  });

  it('does not date a background clause by its section, nor guess an unresolved relative year', () => {
    expect(
      query('복수전공하던 학과', '복수전공하던 학과', { sectionYear: 2018, useSection: false }).year,
    ).toBeNull();
    expect(query('작년에 입사했다', '작년에 입사했다', { sectionYear: 2019 }).year).toBeNull();
    expect(query('작년에 입사했다', '작년에 입사했다', { talkYear: 2021 }).year).toBe(2020);
  });

  it('anchors "2년 후" to the previous sentence, else to the section year', () => {
    const previous = sentenceOf('2014년에 석사를 마쳤다.');
    expect(query('2년 후 창업했다', '2년 후 창업했다', { previous }).year).toBe(2016);
    expect(query('그해 여름 1위를 했다', '그해 여름 1위를 했다', { sectionYear: 2016 }).year).toBe(2016);
    expect(query('2년 후 창업했다', '2년 후 창업했다').year).toBeNull();
  });

  it('returns null when nothing gives a year', () => {
    expect(query('3학년때 전과를 했다', '3학년때 전과를 했다')).toEqual({
      year: null,
      source: 'none',
      anchored: false,
    });
  });
});

describe('seasons and bare time answers', () => {
  it('resolves "this spring" and 올봄 to the talk year', () => {
    expect(relative('This spring she moved on.', 2022)).toEqual([2022]);
    expect(relative('올봄에 팀을 옮겼다', 2024)).toEqual([2024]);
    expect(relative('돌아올 여름에', 2024)).toEqual([]);
  });

  it.each([
    ['작년 가을이요.', 2023, 2022],
    ['A: 2019년 봄이었어요.', null, 2019],
    ['In 2017.', null, 2017],
    ['작년 가을에 회사를 옮겼어요.', 2023, null],
    ['작년 가을이요.', null, null],
  ])('%s (talk year %s) → %s', (text, talkYear, year) => {
    expect(timeAnswer(text, talkYear)).toBe(year);
  });
});

describe('short year forms in a story', () => {
  it('resolves "16년에" and "18년도에" to this century', () => {
    const found = stepsOf('16년에 삼성전자에 입사했다. 18년도에 네이버로 이직했다.', { narrator: 'author' });
    expect(found.map((d) => d.year)).toEqual([2016, 2018]);
  });
});

describe('the clock, passed in', () => {
  it('reads a two-digit year up to this one as of this century, one past it as of the last', () => {
    const said = "'27년에 입사했고 '98년에 졸업했다";
    expect(explicitYears(said, 2026).map((m) => m.year)).toEqual([1927, 1998]);
    expect(explicitYears(said, 2027).map((m) => m.year)).toEqual([2027, 1998]);
    expect(explicitYears('16년에 입사했다', 2015).map((m) => m.year)).toEqual([1916]);
  });
});
