import { describe, expect, it } from 'vitest';
import { noteTitle } from '../../ingest/note-title.ts';

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
