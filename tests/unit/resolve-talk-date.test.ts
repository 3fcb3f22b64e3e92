import { describe, expect, it } from 'vitest';
import { heldOnDate } from '../../ingest/dates/held-on-date.ts';
import {
  parseDateText,
  parseDayWithYear,
  resolveTalkDate,
  statedYear,
} from '../../ingest/dates/resolve-talk-date.ts';

describe('parseDateText', () => {
  it.each([
    ['2021-02-17', '2021-02-17'],
    ['2021.02.17', '2021-02-17'],
    ['2021. 2. 17.', '2021-02-17'],
    ['2021/2/7', '2021-02-07'],
    ['2021년 2월 17일 오후', '2021-02-17'],
    ['Feb 17, 2021', '2021-02-17'],
    ['Posted by someone on March 02, 2021', '2021-03-02'],
    ['17 February 2021', '2021-02-17'],
    ['2021년 2월 말', '2021-02'],
    ['September 2020', '2020-09'],
    ['2018-2020', null],
    ['2021-02-30', null],
    ['GPT-3 and BERT', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
});

describe('month and day without a year', () => {
  it('needs a year from the document, and ignores year ranges as sources of one', () => {
    expect(parseDayWithYear('마스터클래스 - 교수님(02.17)', 2021)).toBe('2021-02-17');
    expect(parseDayWithYear('마스터클래스 - 교수님(02.17)', null)).toBeNull();
    expect(parseDayWithYear('3월 5일 세미나', 2022)).toBe('2022-03-05');
    expect(statedYear('부스트캠프 2021 기록')).toBe(2021);
    expect(statedYear('회고 (2018-2020)')).toBeNull();
    expect(statedYear('2019년과 2020년')).toBeNull();
  });
});

describe('resolveTalkDate', () => {
  const base = { heading: '특강', nearby: [], documentHeader: [] };

  it('prefers front matter, normalised', () => {
    expect(resolveTalkDate({ ...base, frontMatter: '2021.03.04', nearby: ['2020-01-01'] })).toBe(
      '2021-03-04',
    );
    expect(resolveTalkDate({ ...base, frontMatter: '2021' })).toBe('2021');
  });

  it('reads the lines near the heading before the document header', () => {
    expect(
      resolveTalkDate({
        ...base,
        nearby: ['일시: 2022년 5월 2일'],
        documentHeader: ['Posted on 2022-06-01'],
      }),
    ).toBe('2022-05-02');
    expect(resolveTalkDate({ ...base, documentHeader: ['Posted on 2022-06-01'] })).toBe('2022-06-01');
  });

  it('takes a bare year only from a date label, never from prose', () => {
    expect(resolveTalkDate({ ...base, nearby: ['일시: 2022년'] })).toBe('2022');
    expect(resolveTalkDate({ ...base, nearby: ['2022년에 회사를 옮겼다'] })).toBeNull();
    expect(resolveTalkDate(base)).toBeNull();
  });
});

describe('the date a talk was held on, told in the opening', () => {
  it.each([
    ['지난 3월 4일 금요일에 있었던 특강을 정리했습니다.', '2022-03-20', '2022-03-04'],
    ['지난 12월 20일에 열린 커리어 세미나 후기', '2023-01-05', '2022-12-20'],
    ['2021년 6월 2일 진행된 웨비나 메모', '2021-07-01', '2021-06-02'],
    ['The talk was held on March 3, 2022 at the library.', '2022-04-01', '2022-03-03'],
    ['The meetup took place on May 9 in Pangyo.', '2023-05-20', '2023-05-09'],
  ])('%s (posted %s) → %s', (text, posted, held) => {
    expect(heldOnDate(text, posted)).toBe(held);
  });

  it('needs the day to be tied to the talk, and a year from somewhere', () => {
    expect(heldOnDate('3월 4일에 논문을 제출했다.', '2022-03-20')).toBeNull();
    expect(heldOnDate('지난 3월 4일에 있었던 특강', null)).toBeNull();
  });
});
