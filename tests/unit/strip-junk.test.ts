import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDayNumberRow, isWeekdayRow } from '../../ingest/clean/junk-lines.ts';
import { stripJunk } from '../../ingest/clean/strip-junk.ts';
import { containsPersonalData, removePersonalData } from '../../ingest/text/personal-data.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seed = (prefix: string) => {
  const name = [
    '000_7d03c4c1ebbcd596',
    '001_a604f05b84f07242',
    '002_6a0e1108f1c824b1',
    '004_47202fcda41b3bb6',
  ]
    .map((n) => `${n}.txt`)
    .find((n) => n.startsWith(prefix));
  return readFileSync(join(SEEDS, name ?? 'missing'), 'utf8');
};
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('stripJunk on page furniture of our own', () => {
  it('drops a month calendar, weekday header and all', () => {
    const page = [
      'Sun Mon Tue Wed Thu Fri Sat',
      '|  |  | 1 | 2 | 3 | 4 |',
      '5 6 7 8 9 10 11',
      '« 2022/03 »',
      '연구실 첫 학기 회고',
      '올해 봄에 석사 과정을 시작했다.',
    ].join('\n');
    expect(stripJunk(page)).toBe('연구실 첫 학기 회고\n올해 봄에 석사 과정을 시작했다.');
  });

  it('drops a tag cloud before the post and a labelled category list, keeps a CV list', () => {
    const page = [
      '- 강화학습',
      '- PyTorch',
      '- 논문 리뷰',
      '- 대학원',
      '- 일상',
      '박사 과정 첫 해를 돌아보는 글을 적어 본다. 많은 일이 있었다.',
      '- 2015 학부 입학 (산업공학)',
      '- 2019 석사 입학',
      '- 2021 박사 과정 진학',
      '- 2022 인턴십',
      '- 2023 첫 논문 게재',
      '태그',
      '- 회고',
      '- 박사과정',
      '- 연구',
      '- 기록',
      '- 생각',
    ].join('\n');
    const out = lines(stripJunk(page));
    expect(out).not.toContain('- PyTorch');
    expect(out).not.toContain('- 박사과정');
    expect(out).toContain('- 2019 석사 입학');
    expect(out).toContain('- 2023 첫 논문 게재');
  });

  it('drops prompts, navigation, reading time, copyright and platform chrome', () => {
    const junk = [
      '본문 바로가기',
      'Home | About | Archive | Contact',
      '작성일',
      '3 분 소요',
      '12 mins read',
      '공유하기',
      'Share',
      '2 Comments',
      '댓글 남기기',
      '< Prev',
      'Next >',
      '이전 글: 학회 준비 체크리스트',
      'Tags: nlp, career',
      '#대학원 #회고 #연구',
      '© 2023 어느 연구자의 블로그. All rights reserved.',
      'Powered by Jekyll',
      'Expand all',
      'Select a repo',
      'Published on HackMD',
      'Made with Notion',
      'Today 17',
      'Total 12,345',
      'diagram_overview',
      'architecture.png',
      '[Home](/) · [Tags](/tags) · [RSS](/feed.xml)',
      '![사진](./photo.jpg)',
    ];
    const story = '그는 2019년에 스타트업으로 옮겼다.';
    expect(stripJunk([...junk, story].join('\n'))).toBe(story);
  });

  it('keeps link text inside prose, drops image syntax and reading-time tails', () => {
    const text =
      'Posted on 2022-05-01 · 4 mins read\n[논문](https://example.org/p)을 읽고 ![그림](a.png) 정리했다.';
    expect(stripJunk(text)).toBe('Posted on 2022-05-01\n논문을 읽고 정리했다.');
  });

  it('drops a related-posts list with its dated rows', () => {
    const text = [
      '본문의 마지막 문장이다.',
      "'일상' 카테고리의 다른 글",
      '봄 학회 참가기 (2) | 2022.04.02 |',
      '---|---|',
      '여름 인턴 회고 (0) | 2022.08.30 |',
    ].join('\n');
    expect(stripJunk(text)).toBe('본문의 마지막 문장이다.');
  });

  it('drops a table of contents that repeats the headings', () => {
    const text = '# 세미나 노트\n## 질의응답\n내용이다.\n\n- 세미나 노트\n  - [질의응답](#질의응답)';
    expect(stripJunk(text)).toBe('# 세미나 노트\n## 질의응답\n내용이다.');
  });

  it('keeps real content that looks a little like junk', () => {
    const text = [
      '| year | step |',
      '|---|---|',
      '| 2016 | joined a lab |',
      'She shared her code on GitHub and discussed copyright of training data.',
      '- NLP',
      '- CV',
    ].join('\n');
    expect(stripJunk(text)).toBe(text);
  });
});

describe('stripJunk on page chrome of real blogs and READMEs', () => {
  it('drops layout-only HTML lines and badges, keeps a heading tag with text and table tags', () => {
    const text = [
      '<div align="center">',
      '  <img src="banner.png" width="100%">',
      '</div>',
      '<h1 align="center">Example Study Group</h1>',
      '<p align="center"><img src="https://img.shields.io/badge/topic-nlp-blue" /></p>',
      '<table><tr><td>본문 셀</td></tr></table>',
      '<span class="x"></span>',
    ].join('\n');
    expect(lines(stripJunk(text))).toEqual([
      '<h1 align="center">Example Study Group</h1>',
      '<table><tr><td>본문 셀</td></tr></table>',
    ]);
  });

  it('drops ad-slot sizes, pagers, bare counters, empty bullets and list/thumbnail prompts', () => {
    const text = [
      '제목 줄',
      '0',
      '목록 보기',
      '3/12',
      'post-thumbnail',
      '300x250',
      '•  -',
      '본문 문장이다.',
    ].join('\n');
    expect(lines(stripJunk(text))).toEqual(['제목 줄', '본문 문장이다.']);
    const other = ['Title line', '12', '970 x 90', '광고', '- —', 'Body sentence.'].join('\n');
    expect(lines(stripJunk(other))).toEqual(['Title line', 'Body sentence.']);
  });

  it('drops a numbered table of contents that repeats the headings, keeps a year line', () => {
    const text = [
      '1. 소개',
      '2. Instructors',
      '',
      '## 소개',
      '본문.',
      '## Instructors',
      '2021',
      '- 윤서연',
    ].join('\n');
    expect(lines(stripJunk(text))).toEqual(['## 소개', '본문.', '## Instructors', '2021', '- 윤서연']);
  });
});

describe('stripJunk on reader threads and metadata lines', () => {
  it('drops a reader thread after its header in the second half of the page', () => {
    const page = [
      '# 세미나 후기',
      '본문 첫 줄.',
      '본문 둘째 줄.',
      '본문 셋째 줄.',
      '댓글 2',
      '저도 유학을 추천해요!',
      '좋은 글 감사합니다.',
    ];
    const text = stripJunk(page.join('\n'));
    expect(text).toContain('본문 셋째 줄.');
    expect(text).not.toMatch(/유학|감사합니다/);
  });

  it('keeps a "댓글" word early in a note, and keeps labelled metadata lines', () => {
    const note = ['## Comments (3)', '세미나에서 받은 질문 정리', '질문 하나', '질문 둘'].join('\n');
    expect(stripJunk(note)).toContain('질문 둘');
    const meta = '일시: 2023-10-21 / 장소: 회의실 2 / 기록: 총무';
    expect(stripJunk(meta)).toBe(meta);
    expect(stripJunk('행사일 2022-06-09 · 글 운영진 · 조회 88')).toContain('2022-06-09');
    expect(stripJunk('홈 | 세미나 | 채용 | 로그인')).toBe('');
  });
});

describe('personal data', () => {
  it('removes e-mail addresses and phone numbers, and labels left empty', () => {
    const text = [
      '문의: someone.real@example.ac.kr',
      '연락처 010-1234-5678',
      'Call +1 415 555 0134 or (415) 555-0134 after 6pm.',
      '사무실 02-880-1234 로 연락 주세요.',
      'write to jane [at] example [dot] org',
      '2021-02-17 에 열린 강연, 2018-2020 회고, GPT-3.5',
    ].join('\n');
    const out = removePersonalData(text);
    expect(out).not.toMatch(/@|\[at\]|1234-5678|555|880-1234/);
    expect(out).toContain('Call or after 6pm.');
    expect(out).toContain('2021-02-17 에 열린 강연, 2018-2020 회고, GPT-3.5');
    expect(out).toContain('사무실 로 연락 주세요.');
    expect(out.split('\n')).toHaveLength(3);
    expect(containsPersonalData(out)).toBe(false);
    expect(containsPersonalData(text)).toBe(true);
  });
});

describe('stripJunk on the seed pages', () => {
  it('leaves no e-mail address in seed 000 and drops its blog prompts', () => {
    const clean = stripJunk(seed('000'));
    expect(clean).not.toMatch(/@/);
    expect(containsPersonalData(clean)).toBe(false);
    expect(lines(clean)).not.toContain('댓글남기기');
    expect(clean).not.toMatch(/^\d+ 분 소요$/m);
    expect(lines(clean)).not.toContain('작성일');
    expect(clean.length).toBeGreaterThan(seed('000').length * 0.9);
  });

  it('drops the HackMD navigation of seed 001 but keeps every question', () => {
    const raw = seed('001');
    const clean = stripJunk(raw);
    expect(clean).not.toMatch(/hackmd\.io|Expand all|Back to top|Select a repo/);
    const questions = (text: string) => text.split('\n').filter((l) => /^- .+\?/.test(l)).length;
    expect(questions(clean)).toBe(questions(raw));
  });

  it("drops seed 002's calendar, tag list and related posts, keeping the yearly story", () => {
    const raw = seed('002');
    const clean = stripJunk(raw);
    const cleanLines = clean.split('\n');
    expect(cleanLines.some((l) => isWeekdayRow(l) || isDayNumberRow(l) || /^[-|\s]+$/.test(l))).toBe(false);
    const firstStoryLine = cleanLines.findIndex((l) => l.length > 40);
    expect(cleanLines.slice(0, firstStoryLine).some((l) => l.startsWith('- '))).toBe(false);
    expect(clean).not.toMatch(/카테고리의 다른 글|\(\d+\) \|/);
    expect(clean).not.toMatch(/^(Today|Total)$/m);
    for (const year of ['2018년', '2019년', '2020년', '2021년']) {
      expect(cleanLines).toContain(year);
    }
  });

  it('drops the skip link of seed 004 and keeps every teaser', () => {
    const raw = seed('004');
    const clean = stripJunk(raw);
    expect(lines(clean)).not.toContain('본문 바로가기');
    const teasers = (text: string) => text.split('\n').filter((l) => l.endsWith('더보기')).length;
    expect(teasers(clean)).toBe(teasers(raw));
  });
});
