import { describe, expect, it } from 'vitest';
import { splitSentences, toEvidence } from '../../ingest/extract/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends note-style Korean sentences at ~음, ~함, ~됨 without any punctuation', () => {
    const text = '학부 전공은 화학이었음 2학년 때 수학과로 옮기게 됨\n\n그 뒤로 연구실 생활이 재밌었음';
    expect(texts(text)).toEqual([
      '학부 전공은 화학이었음',
      '2학년 때 수학과로 옮기게 됨',
      '그 뒤로 연구실 생활이 재밌었음',
    ]);
  });

  it('ends sentences at 다., ?, ! and at 습니다 / 어요 without a period', () => {
    const text = '회사를 옮겼다. 왜 옮겼을까? 재밌어 보였습니다 그래서 갔어요 정말!';
    expect(texts(text)).toEqual([
      '회사를 옮겼다.',
      '왜 옮겼을까?',
      '재밌어 보였습니다',
      '그래서 갔어요',
      '정말!',
    ]);
  });

  it('does not split nouns that look like endings, abbreviations or decimals', () => {
    const text =
      '게임 회사와 모임 포함 패러다임 변화가 있었음\n\nWe used e.g. BERT 2.0 in the U.S. lab. It worked.';
    expect(texts(text)).toEqual([
      '게임 회사와 모임 포함 패러다임 변화가 있었음',
      'We used e.g. BERT 2.0 in the U.S. lab.',
      'It worked.',
    ]);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text =
      '# 제목\n\n- 첫 문장임 둘째 문장임\n  이어지는 줄임\n\n| 2019 | 입사 | 회사 |\n|---|---|---|\n';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('strips bullet markers and joins a wrapped bullet with its indented continuation', () => {
    const text = '- 2015년에 연구소에 들어갔고 거기서\n  3년을 보냈다.\n* 다음 항목\n1. 번호 항목';
    expect(texts(text)).toEqual([
      '2015년에 연구소에 들어갔고 거기서\n  3년을 보냈다.',
      '다음 항목',
      '번호 항목',
    ]);
  });

  it('joins a paragraph wrapped at a fixed width, not short label lines', () => {
    const wrapped = `${'A long line of notes that keeps going on and on about the speaker and then'}\nends on the next line.`;
    expect(texts(wrapped)).toHaveLength(1);
    expect(texts('일시: 2021년 2월\n장소: 온라인')).toEqual(['일시: 2021년 2월', '장소: 온라인']);
  });

  it('marks Markdown headings, year lines and short titles before a long paragraph', () => {
    const long = '이 문단은 제목 아래에 오는 충분히 긴 본문이라서 앞줄을 제목으로 읽게 만드는 문장입니다.';
    const text = `## 2019년\n2018 회고\n${long}\n맺으면서.\n${long}\n짧은 줄\n짧은 줄임`;
    const headings = splitSentences(text).map((s) => [s.text, s.heading]);
    expect(headings).toContainEqual(['2019년', 2]);
    expect(headings).toContainEqual(['2018 회고', 7]);
    expect(headings).toContainEqual(['맺으면서.', 7]);
    expect(headings).toContainEqual(['짧은 줄', null]);
  });

  it('does not take a dated note line for a year title', () => {
    expect(splitSentences('2019년 카카오 입사.')[0]?.heading).toBeNull();
    expect(splitSentences('2021년 (계획)')[0]?.heading).toBe(7);
  });

  it('keeps each table row as one sentence and skips rule rows', () => {
    const text = '| when | step |\n|---|---|\n| 2017 | joined a lab |';
    expect(texts(text)).toEqual(['| when | step |', '| 2017 | joined a lab |']);
  });
});

describe('toEvidence', () => {
  it('collapses whitespace and removes e-mail addresses and phone numbers', () => {
    const evidence = toEvidence('연락은  someone@example.org 또는 010-1234-5678 로\n  주세요');
    expect(evidence).not.toMatch(/@|1234/);
    expect(evidence).not.toMatch(/\s{2}|\n/);
  });

  it('clips to 300 characters', () => {
    expect(toEvidence('가'.repeat(400))).toHaveLength(300);
  });
});
