/**
 * The note-taker's asides (extract/note-taker.ts): a step told in "(나: …)" or "내 생각:" is the
 * writer's, not the speaker's. Every example is written for this test (names and wording made up).
 */
import { describe, expect, it } from 'vitest';
import { inNoteTakersAside, NOTE_TAKER } from '../../ingest/extract/note-taker.ts';
import { type DecisionOptions, decisionsOf } from '../support/decisions.ts';

function brief(text: string, options: DecisionOptions = {}) {
  return decisionsOf(text, options, 'speaker').map((d) => ({
    person: d.person,
    kind: d.kind,
    year: d.year,
    to: d.to?.name ?? null,
  }));
}

describe("the note-taker's asides", () => {
  it('finds an open aside parenthesis and an aside line', () => {
    const text = '- 발표 내용\n(나: 나는 작년에 입대했다.)\n내 생각: 나도 대학원에 가고 싶다.\n- 다시 발표';
    expect(inNoteTakersAside(text, text.indexOf('나는'))).toBe(true);
    expect(inNoteTakersAside(text, text.indexOf('(나:'))).toBe(true);
    expect(inNoteTakersAside(text, text.indexOf('나도'))).toBe(true);
    expect(inNoteTakersAside(text, text.indexOf('다시'))).toBe(false);
  });

  it("gives a step told in an aside to the writer, the talk's steps to the speaker", () => {
    const text = [
      '- 2014년에 네이버에 입사하셨다고 함',
      '(나: 사실 나는 2021년에 공군으로 입대했다가 올해 전역했다.)',
    ].join('\n');
    const found = brief(text, { speakers: ['여태민'], date: '2023-05-01' });
    expect(found).toContainEqual({ person: null, kind: 'joined', year: 2014, to: 'Naver' });
    expect(found.filter((d) => d.kind === 'military_service').map((d) => d.person)).toEqual([NOTE_TAKER]);
  });

  it('leaves a story told by its own author alone', () => {
    const text = '(나: 2019년에 카카오에 입사했다.)';
    expect(brief(text, { narrator: 'author' }).map((d) => d.person)).toEqual([null]);
  });
});
