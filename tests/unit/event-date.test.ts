/** Event dates stated in a note beat its post date; a header's one year completes a bare day. */
import { describe, expect, it } from 'vitest';
import { labelledEventDate } from '../../ingest/dates/event-date.ts';
import { resolveTalkDate } from '../../ingest/dates/resolve-talk-date.ts';

describe('labelled event dates', () => {
  it.each([
    [['# 후기', '작성 2024년 1월 5일', '- 일시: 2023.12.28 (목) 19시'], '2023-12-28'],
    [['- 녹화: 2021년 6월 3일 / 공개: 2021년 6월 10일'], '2021-06-03'],
    [['| 속성 | 값 |', '| --- | --- |', '| 날짜 | 2022년 4월 9일 |'], '2022-04-09'],
    [['Recorded: March 3, 2021'], '2021-03-03'],
  ])('reads %j', (lines, date) => {
    expect(labelledEventDate(lines)).toBe(date);
  });

  it('does not take an issue month or an unlabelled date for the event', () => {
    expect(labelledEventDate(['뉴스레터 #3 · 2023년 10월호'])).toBeNull();
    expect(labelledEventDate(['2024년 3월 10일 · 전체공개'])).toBeNull();
  });
});

describe('a bare day completed by the header year', () => {
  it('dates "첫날(11월 30일)" by the conference year in the title', () => {
    const date = resolveTalkDate({
      heading: '세션 2',
      nearby: [],
      documentHeader: ['NeurIPS 2022 한국인 모임 후기', 'NeurIPS 2022 둘째 날(11월 30일) 저녁에 모였다.'],
    });
    expect(date).toBe('2022-11-30');
  });
});
