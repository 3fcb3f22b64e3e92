import { describe, expect, it } from 'vitest';
import { findRosterTable } from '../../ingest/split/roster-table.ts';
import { splitTalks } from '../../ingest/split/split-talks.ts';

// Pattern: a programme table with a title column and a speaker column is one talk per row, and
// the row's other cells (a CV column) are its speaker's. Invented tables only.
const source = (text: string) => ({ path: 'notes/programme.md', text, sha256: 'a'.repeat(64) });

const MARKDOWN = [
  '# 여름 AI 캠프 강의 안내',
  '',
  '| 강의 | 강사 | 경력 |',
  '|---|---|---|',
  '| 추천 시스템 입문 | 윤서연 교수 | 예시대학교 교수 |',
  '| 작은 모델 만들기 | 도하윤 | 현 알파랩 CTO |',
  '',
  '모든 강의는 온라인으로 열린다.',
].join('\n');

const HTML = [
  '## Programme',
  '<table>',
  '  <thead><tr><th>Title</th><th>Speaker</th><th>Bio</th></tr></thead>',
  '  <tbody>',
  '    <tr>',
  '      <td>Retrieval at scale</td>',
  '      <td>Priya Raman</td>',
  '      <td>Lead, Example Labs<br>formerly Nordvik University</td>',
  '    </tr>',
  '    <tr><td>Robots that read</td><td>Dr. Tomas Lindqvist</td><td>Sample Robotics</td></tr>',
  '  </tbody>',
  '</table>',
].join('\n');

describe('programme tables', () => {
  it('reads a markdown table: one talk per row, its speaker and its CV cell', () => {
    const doc = splitTalks(source(MARKDOWN), {}, MARKDOWN);
    expect(doc.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['추천 시스템 입문', ['윤서연']],
      ['작은 모델 만들기', ['도하윤']],
    ]);
    expect(doc.talks[1]?.text).toContain('현 알파랩 CTO');
    expect(doc.talks[0]?.preamble).toContain('모든 강의는 온라인으로 열린다.');
  });

  it('reads an HTML table left in a markdown page, <br> breaking cell lines', () => {
    const doc = splitTalks(source(HTML), {}, HTML);
    expect(doc.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Retrieval at scale', ['Priya Raman']],
      ['Robots that read', ['Tomas Lindqvist']],
    ]);
    expect(doc.talks[0]?.text.split('\n')).toContain('formerly Nordvik University');
  });

  it('is no programme without both a title and a speaker column, or with fewer than two talks', () => {
    expect(
      findRosterTable(['| 이름 | 소속 |', '|---|---|', '| 윤서연 | 예시대 |', '| 도하윤 | 알파랩 |']),
    ).toBeNull();
    expect(findRosterTable(['| 주제 | 날짜 |', '|---|---|', '| 추천 | 3월 |', '| 검색 | 4월 |'])).toBeNull();
    expect(findRosterTable(['| 주제 | 연사 |', '|---|---|', '| 추천 | 윤서연 |'])).toBeNull();
  });
});

describe('speaker cells (pattern: a name with its affiliation in brackets, or a panel of names)', () => {
  it('reads "이름 (소속 직함)" as the speaker, its bracket kept as the row’s CV', () => {
    const text = [
      '| 시간 | 세션 | 연사 |',
      '|---|---|---|',
      '| 10:00 | 작은 모델의 힘 | 한소율 (가나다랩 CTO) |',
      '| 11:00 | 추천의 미래 | Priya Raman (Example Labs) |',
    ].join('\n');
    const table = findRosterTable(text.split('\n'));
    expect(table?.rows.map((r) => r.speakers)).toEqual([['한소율'], ['Priya Raman']]);
    expect(table?.rows[0]?.lines).toContain('한소율 (가나다랩 CTO)');
  });

  it('reads a panel row: every name of the cell speaks', () => {
    const text = [
      '| 세션 | 발표자 |',
      '|---|---|',
      '| 기조연설 | 도하윤 |',
      '| 패널 토론 | 도하윤, 여진우, 표세진 |',
    ].join('\n');
    const doc = splitTalks(source(text), {}, text);
    expect(doc.talks.map((t) => t.speakers)).toEqual([['도하윤'], ['도하윤', '여진우', '표세진']]);
  });
});
