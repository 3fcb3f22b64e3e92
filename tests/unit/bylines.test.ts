/** The author a byline or a dateline names (speakers/bylines.ts). Names are made up. */
import { describe, expect, it } from 'vitest';
import { authorFromByline } from '../../ingest/speakers/bylines.ts';

describe('authors named by a byline or a dateline', () => {
  it.each([
    [['2022년 5월 2일 · 문채원 · 읽는 데 6분'], '문채원'],
    [['2021.11.30 | 장우진 | 3 min read'], '장우진'],
    [['글: 하예린 (ML 엔지니어)'], '하예린'],
    [['Posted by Jane Roe on 2020-01-01'], 'Jane Roe'],
    // the name after the date ("Posted on <date> by X", "Published March 3, 2021 by X | 5 min")
    [['Posted on May 2, 2023 by Lena Ortiz'], 'Lena Ortiz'],
    [['Published March 3, 2021 by Tomas Lindqvist | 5 min read'], 'Tomas Lindqvist'],
  ])('%j → %s', (lines, name) => {
    expect(authorFromByline(lines)).toBe(name);
  });

  it('reads no author from a dateline without a bare name', () => {
    expect(authorFromByline(['2024.05.14 · 인터뷰·정리 편집팀 · 5분'])).toBeNull();
  });
});
