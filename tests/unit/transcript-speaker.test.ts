/**
 * Chat exports and transcripts (speakers/transcript-speaker.ts, text/chat-turns.ts): each turn
 * read, and the speaker told from the host and mentees who ask. Names, organisations and wording
 * are made up for these tests, in shapes unseen notes use.
 */
import { describe, expect, it } from 'vitest';
import { transcriptSpeakers } from '../../ingest/speakers/transcript-speaker.ts';
import { isOthersTurn, parseTurn } from '../../ingest/text/chat-turns.ts';

describe('chat exports', () => {
  it.each([
    ['[윤가람] [오후 9:14] 저는 통계학과 나왔어요', '윤가람', '저는 통계학과 나왔어요'],
    ['[Mina Park] [9:14 PM] I studied physics', 'Mina Park', 'I studied physics'],
    ['2023. 11. 2. 오후 9:14, 윤가람 : 안녕하세요', '윤가람', '안녕하세요'],
    ['2023년 11월 2일 오전 10:05, 표서윤 : 네 맞아요', '표서윤', '네 맞아요'],
    ['[2023-11-02 21:14] Mina Park: sure', 'Mina Park', 'sure'],
  ])('reads the turn of %s', (line, label, said) => {
    expect(parseTurn(line)).toEqual(expect.objectContaining({ label, said, timed: true }));
  });

  it('gives a KakaoTalk export to the one who tells most, not the mentees who ask', () => {
    const chat = [
      '--------------- 2023년 11월 2일 목요일 ---------------',
      '[운영진] [오후 9:00] 오늘 멘토님 모셨습니다',
      '[윤가람] [오후 9:01] 안녕하세요 오늘은 제 이야기를 길게 해 볼게요',
      '[표서윤] [오후 9:01] 반갑습니다!',
      '[윤가람] [오후 9:03] 저는 2015년에 쿠팡에 데이터 분석가로 들어갔고 추천 모델을 오래 만들었어요',
      '[마준서] [오후 9:04] 오 추천 모델이요?',
      '[윤가람] [오후 9:05] 네 그러다 2019년에 퇴사하고 대학원에 갔습니다',
      '[표서윤] [오후 9:06] 대학원 어디로 가셨어요?',
    ].join('\n');
    expect(transcriptSpeakers(chat)).toEqual(['윤가람']);
  });

  it('reads a phone export the same way', () => {
    const chat = [
      '2023. 11. 2. 오후 9:01, 윤가람 : 안녕하세요 오늘은 제가 커리어 이야기를 해 볼게요',
      '2023. 11. 2. 오후 9:02, 표서윤 : 넵',
      '2023. 11. 2. 오후 9:03, 윤가람 : 저는 쿠팡에서 데이터 분석을 오래 했어요',
      '2023. 11. 2. 오후 9:04, 표서윤 : 와',
    ].join('\n');
    expect(transcriptSpeakers(chat)).toEqual(['윤가람']);
  });

  it('tells a turn of someone else (host, mentee) from the speaker’s own', () => {
    const isSpeaker = (name: string) => name === '윤가람';
    expect(isOthersTurn('[표서윤] [오후 9:30] 저는 이번에 인턴 지원했어요', isSpeaker)).toBe(true);
    expect(isOthersTurn('[00:03:40] 진행자: 그러다 창업을 하셨잖아요.', isSpeaker)).toBe(true);
    expect(isOthersTurn('[윤가람] [오후 9:31] 2019년에 창업했어요', isSpeaker)).toBe(false);
    expect(isOthersTurn('A: 2019년에 창업했어요', isSpeaker)).toBe(false);
    expect(isOthersTurn('1) 윤가람 멘토님: 쿠팡 → 대학원', isSpeaker)).toBe(false);
  });
});
