/**
 * Families the third held-out set (the seeds' genre) showed: interview and meetup titles, datelines
 * naming a post's author, the note-taker's asides, a title listing themes, roles read as places,
 * short year forms. Every example is written for this test (names and wording made up).
 */
import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../ingest/extract/extract-decisions.ts';
import { extractEntities } from '../../ingest/extract/extract-entities.ts';
import { inNoteTakersAside, NOTE_TAKER } from '../../ingest/extract/note-taker.ts';
import { authorFromByline } from '../../ingest/speakers/bylines.ts';
import { speakerFromTitle } from '../../ingest/speakers/find-speakers.ts';

interface Options {
  date?: string | null;
  speakers?: string[];
  narrator?: 'speaker' | 'author';
  title?: string;
}

function brief(text: string, options: Options = {}) {
  const { mentions } = extractEntities(text, { speakers: options.speakers ?? [] });
  const { decisions } = extractDecisions({
    text,
    date: options.date ?? null,
    mentions,
    speakers: options.speakers ?? [],
    narrator: options.narrator ?? 'speaker',
    ...(options.title ? { title: options.title } : {}),
  });
  return decisions.map((d) => ({ person: d.person, kind: d.kind, year: d.year, to: d.to?.name ?? null }));
}

describe('speakers named by interview and meetup titles', () => {
  it.each([
    ['[Tech 인터뷰] 추천 시스템을 만드는 사람, 노하은 님', '노하은'],
    ['[피플] 데이터로 병원을 바꾸는 일, 권도윤 님', '권도윤'],
    ['"Small Models, Big Wins" — Dr. Yuna Seo (Pusan National University)', 'Yuna Seo'],
    ['Why evaluation matters | Prof. Anders Berg', 'Anders Berg'],
  ])('%s → %s', (title, name) => {
    expect(speakerFromTitle(title)).toBe(name);
  });

  it.each([
    '[연구일지] 마르타 교수님 연구실 방문기',
    '[연구일지] Clara Voss 교수님 연구실 방문기',
    '정하람 교수님 논문 리뷰',
    'Notes — Deep Learning (Part 1)',
  ])('%s names no speaker', (title) => {
    expect(speakerFromTitle(title)).toBeNull();
  });
});

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

describe('a title that lists themes', () => {
  it('states no step when repeated as the first line', () => {
    const title = '[커리어 토크] 남궁 솔 님 - 이직, 대학원, 그리고 창업';
    const text = `${title}\n- 2016년에 회사를 나와 창업하셨다고 함`;
    const found = brief(text, { speakers: ['남궁솔'], title });
    expect(found.filter((d) => d.kind === 'founded').map((d) => d.year)).toEqual([2016]);
  });
});

describe('roles and units are not workplaces', () => {
  it('reads "초기 멤버로 합류" as a role and "리서치센터" as a unit of the firm before it', () => {
    const member = extractEntities('2019년에 업스테이지로 옮겼고 초기 멤버로 합류했다.', { speakers: [] });
    expect(member.entities.map((e) => e.name)).not.toContain('멤버');
    const unit = extractEntities('2020년에 미래에셋증권 리서치센터에 입사했다.', { speakers: [] });
    expect(unit.entities.map((e) => e.name)).not.toContain('리서치센터');
  });
});

describe('short year forms in a story', () => {
  it('resolves "16년에" and "18년도에" to this century', () => {
    const found = brief('16년에 삼성전자에 입사했다. 18년도에 네이버로 이직했다.', { narrator: 'author' });
    expect(found.map((d) => d.year)).toEqual([2016, 2018]);
  });
});

describe('neighbouring sentences with their own years', () => {
  it('keeps an internship and the job after it as two steps', () => {
    const text =
      '16년 여름에 카카오에서 인턴을 했어요. 인턴 끝나고 2017년 2월에 카카오에 정식으로 입사했어요.';
    const years = brief(text, { narrator: 'author' }).map((d) => d.year);
    expect(years).toContain(2016);
    expect(years).toContain(2017);
  });
});
