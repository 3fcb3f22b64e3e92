import { describe, expect, it } from 'vitest';
import { markedPostTitle, noteTitle } from '../../ingest/split/note-title.ts';

describe('noteTitle (post title, not page chrome)', () => {
  it('skips a breadcrumb above the post title that its date line follows', () => {
    const lines = [
      'Acme AI Lab Blog > 사람들',
      '',
      '[인터뷰] 추천 모델을 만드는 사람, 노하은 님',
      '',
      '2023.08.02 · 정리 편집팀',
    ];
    expect(noteTitle(lines)).toBe('[인터뷰] 추천 모델을 만드는 사람, 노하은 님');
  });

  it("skips a blog's name and drops Tistory's 본문 marker", () => {
    const lines = [
      '민트의 코딩 노트',
      '간호사에서 데이터 엔지니어로, 2년 회고 본문',
      '2022. 1. 3. 10:12',
      '첫 문장.',
    ];
    expect(noteTitle(lines)).toBe('간호사에서 데이터 엔지니어로, 2년 회고');
  });

  it('prefers the h1 followed by 작성일 / 분 소요 over an author handle heading', () => {
    const lines = [
      '### devpark',
      '매일 조금씩',
      '# Day_12 [마스터클래스] 류지안 마스터',
      '작성일 2023-03-02 4 분 소요',
    ];
    expect(noteTitle(lines)).toBe('Day_12 [마스터클래스] 류지안 마스터');
  });

  it('takes a labelled talk title over a meetup heading', () => {
    const lines = [
      '# Busan AI Night #7 — notes',
      '',
      '**Talk:** "Small Models, Big Wins" — Dr. Yuna Seo (PNU)',
    ];
    expect(noteTitle(lines)).toContain('Small Models, Big Wins');
  });

  it('keeps a talk-review title over the subtitle between it and the byline', () => {
    const lines = [
      '3주차 특강 후기',
      '',
      '연구와 제품 사이',
      '',
      'Posted by devlee on May 3, 2022 · 7 mins read',
    ];
    expect(noteTitle(lines)).toBe('3주차 특강 후기');
  });

  it('keeps the first heading when nothing better is there', () => {
    expect(noteTitle(['intro', '# 제목입니다', '본문'])).toBe('제목입니다');
    expect(noteTitle(['첫 줄 제목', '본문'])).toBe('첫 줄 제목');
  });
});

describe('page chrome around the post title', () => {
  it.each([
    [
      ['코딩하는 곰의 방', '', '추천 시스템 세미나 다녀온 날', '', '코딩하는 곰 2024. 3. 1. 10:20', '본문.'],
      '추천 시스템 세미나 다녀온 날',
    ],
    [['Dev Diary', '[정리] 검색 모델 특강', '윤서연·2022년 5월 2일', '본문.'], '[정리] 검색 모델 특강'],
  ])('an author and a date on one line mark the title above them (%#)', (lines, title) => {
    expect(noteTitle(lines)).toBe(title);
  });

  it.each([
    [['블로그 이름', '올해의 발표 회고', '2023년 12월 현재, 나는 발표를 네 번 했다.', '끝.'], '블로그 이름'],
    [['My Notes', 'Talk log', '2022년 3월 기준으로 정리한 목록이다.'], 'My Notes'],
  ])('a sentence opening with a date is prose, not post metadata (%#)', (lines, title) => {
    expect(noteTitle(lines)).toBe(title);
  });

  it.each([
    [
      [
        "<div align='center'>",
        '<h1 align="center">Summer AI Camp</h1>',
        '### Table of Contents',
        '1. [About](#about)',
      ],
      'Summer AI Camp',
    ],
    [['## 목차', '- 소개', '## 검색 모델 스터디 기록', '본문'], '검색 모델 스터디 기록'],
  ])('takes an HTML heading, and never a table of contents heading (%#)', (lines, title) => {
    expect(noteTitle(lines)).toBe(title);
  });

  it.each([
    [
      ['"모델은 작게" 예시랩 대표가 말하는 창업 - 예시일보 - 예시일보', '본문.'],
      '"모델은 작게" 예시랩 대표가 말하는 창업',
    ],
    [['Why small models win | Sample Times | Sample Times', 'Body.'], 'Why small models win'],
  ])('drops a site name repeated at the end (%#)', (lines, title) => {
    expect(noteTitle(lines)).toBe(title);
  });

  it.each([
    [
      ['블로그 이름', '카테고리', '[특강 2] 추천 시스템 입문 본문', '[특강 1] 검색 입문', '느낀 점.'],
      '[특강 2] 추천 시스템 입문',
    ],
    [['Dev Story', 'Retrieval talk notes 본문', 'text'], 'Retrieval talk notes'],
  ])("reads Tistory's 본문 marker on the raw page (%#)", (lines, title) => {
    expect(markedPostTitle(lines)).toBe(title);
  });
});
