/**
 * Decision families the second held-out set showed: turns of others in transcripts and chats,
 * negations, counterfactuals and regrets, vague retellings, academic posts, third-person bios.
 * Every example is written for this test (names and wording made up).
 */
import { describe, expect, it } from 'vitest';
import { type DecisionOptions, decisionsOf } from '../support/decisions.ts';

function brief(text: string, options: DecisionOptions = {}) {
  return decisionsOf(text, options, 'speaker').map((d) => ({
    person: d.person,
    kind: d.kind,
    year: d.year,
    to: d.to?.name ?? null,
  }));
}

describe('turns of others', () => {
  it('keeps the guest’s own steps and not the host’s echo or a mentee’s', () => {
    const chat = [
      '[00:01:00] 진행자: 그러다 창업을 하셨잖아요.',
      '[00:01:05] 윤가람: 네, 2020년에 회사를 나와서 창업했어요.',
      '[00:02:00] 표서윤: 저는 작년에 카카오에 입사했어요.',
    ].join('\n');
    expect(brief(chat, { speakers: ['윤가람'] })).toEqual([
      { person: null, kind: 'left', year: 2020, to: null },
      { person: null, kind: 'founded', year: 2020, to: null },
    ]);
  });

  it('reads a KakaoTalk turn of the mentor with the year of the chat', () => {
    const chat =
      '[윤가람] [오후 9:03] 올해 3월에 쿠팡에 합류했습니다.\n[표서윤] [오후 9:04] 저도 쿠팡에 입사했어요!';
    expect(brief(chat, { speakers: ['윤가람'], date: '2023-11-02' })).toEqual([
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
    expect(brief(text)).toEqual([]);
  });

  it('keeps a step whose aside says the year was not told', () => {
    expect(brief('2학년을 마치고 통계학으로 전과 (몇 년도인지는 말씀 안 하심)').map((d) => d.kind)).toEqual([
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
    expect(brief(text)).toEqual([{ person: null, kind: 'joined', year: 2019, to: 'Coupang' }]);
  });
});
