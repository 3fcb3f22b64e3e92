import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../ingest/sources/front-matter.ts';
import { type NoteDocument, splitTalks } from '../../ingest/split/split-talks.ts';
import { containsPersonalData } from '../../ingest/text/personal-data.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

function read(path: string, text: string): NoteDocument {
  const { meta, body } = parseFrontMatter(path, text);
  return splitTalks({ path, text, sha256: '0'.repeat(64) }, meta, body);
}

function seed(prefix: string): NoteDocument {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) {
    throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  }
  return read(`seeds/${name}`, readFileSync(join(SEEDS, name), 'utf8'));
}

describe('the five seed notes', () => {
  it('000: one masterclass talk by 서민준, its e-mail address gone', () => {
    const { talks } = seed('000');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({
      speakers: ['서민준'],
      narrator: 'speaker',
      authorUnnamed: false,
      language: 'ko',
    });
    expect(talks[0]?.title).toContain('서민준');
    expect(talks[0]?.date).toBeNull();
    expect(containsPersonalData(talks[0]?.text ?? '@')).toBe(false);
  });

  it('001: one Q&A talk by 주재걸; "(02.17)" without a stated year gives no date', () => {
    const { talks } = seed('001');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ speakers: ['주재걸'], narrator: 'speaker', date: null });
    expect(talks[0]?.text).not.toMatch(/hackmd\.io/);
  });

  it('002: one retrospective whose first-person author stays unnamed', () => {
    const { talks } = seed('002');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ speakers: [], narrator: 'author', authorUnnamed: true, date: null });
    expect(talks[0]?.title).toMatch(/\(2018-2020\)$/);
    expect(talks[0]?.headings).toEqual(expect.arrayContaining(['2018년', '2019년', '2020년']));
  });

  it('003: one talk per "<name> 님 특강" heading, in order, dated by the post', () => {
    const { talks } = seed('003');
    expect(talks.map((t) => t.speakers)).toEqual(
      ['이활석', '박은정', '김상훈', '이준엽', '박성준', '문지형', '구종만', '오혜연'].map((name) => [name]),
    );
    expect(talks.map((t) => t.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(talks.every((t) => t.title === `${t.speakers[0]} 님 특강`)).toBe(true);
    expect(new Set(talks.map((t) => t.id)).size).toBe(8);
    expect(new Set(talks.map((t) => t.date))).toEqual(new Set(['2021-03-02']));
    expect(talks[0]?.series).toBe('6주차 특강 리뷰');
    // A lecture's text holds its own notes only, not the next lecture's heading.
    expect(talks[0]?.text).not.toContain('박은정 님 특강');
  });

  it('004: one talk per post teaser of the blog index, each with its own title', () => {
    const { talks } = seed('004');
    expect(talks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(talks.map((t) => t.title)).size).toBe(talks.length);
    for (const talk of talks) {
      expect(talk.speakers).toEqual([]);
      expect(talk.narrator).toBe('author');
      expect(talk.title.length).toBeLessThanOrEqual(80);
      expect(talk.title).not.toMatch(/더보기|\.\.$/);
      expect(talk.text).not.toMatch(/더보기$/);
    }
    expect(talks.some((t) => t.title.startsWith('Transformer'))).toBe(true);
    expect(talks.find((t) => t.title.includes('Müller'))?.speakers).toEqual([]);
  });

  it('reading a seed twice gives the same talks (ids and positions are stable)', () => {
    expect(seed('003')).toEqual(seed('003'));
  });
});

describe('notes of other layouts', () => {
  it('an English note with a "Speaker:" label and a written-out date', () => {
    const note = [
      'Notes: from physics lab to a robotics startup',
      'Speaker: Jane Doe (Example Robotics)',
      'Date: March 3, 2022',
      '',
      'She trained as a physicist, then joined a robotics startup in 2019 as its first ML engineer.',
      'Her advice: learn to ship small things early.',
    ].join('\n');
    const [talk, ...rest] = read('notes/jane.txt', note).talks;
    expect(rest).toEqual([]);
    expect(talk).toMatchObject({
      title: 'Notes: from physics lab to a robotics startup',
      speakers: ['Jane Doe'],
      date: '2022-03-03',
      language: 'en',
      narrator: 'speaker',
    });
  });

  it('an interview written as Q: / A: lines stays one talk, the guest from the title', () => {
    const note = [
      '# An interview with Dr. Sarah Lim',
      'Recorded on 12 May 2023 for our reading group.',
      '',
      'Q: How did you get into NLP?',
      'A: I studied linguistics and took my first programming course in my third year.',
      'Q: Why did you leave academia?',
      'A: I wanted to see my models used by real people, so I joined a search team in 2020.',
    ].join('\n');
    const { talks } = read('notes/interview.md', note);
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ speakers: ['Sarah Lim'], date: '2023-05-12', narrator: 'speaker' });
    expect(talks[0]?.text).toContain('Q: Why did you leave academia?');
  });

  it('a bullet CV under a "강사 소개" block names the speaker and keeps every line', () => {
    const note = [
      '진로 특강 준비 메모',
      '',
      '강사 소개',
      '- 정다은 박사',
      '- 2012 컴퓨터공학 학사',
      '- 2018 기계학습 박사',
      '- 2018 검색 회사 연구원',
      '- 현재 의료 AI 스타트업 리서치 리드',
      '',
      '강연에서는 회사를 옮긴 이유를 중심으로 이야기할 예정.',
    ].join('\n');
    const { talks } = read('notes/cv.txt', note);
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ speakers: ['정다은'], narrator: 'speaker', date: null });
    expect(talks[0]?.text).toContain('- 2018 기계학습 박사');
    expect(talks[0]?.text).toContain('- 현재 의료 AI 스타트업 리서치 리드');
  });

  it('markdown headings naming two speakers split; one speaker named twice does not', () => {
    const two =
      '# 2022 가을 세미나\n\n## 김하나 교수님 강연\n내용 하나\n\n## Q&A\n질문\n\n## 최도윤 님 특강\n내용 둘';
    const split = read('notes/two.md', two).talks;
    expect(split.map((t) => [t.title, t.speakers[0], t.position])).toEqual([
      ['김하나 교수님 강연', '김하나', 0],
      ['최도윤 님 특강', '최도윤', 1],
    ]);
    expect(split[0]?.text).toContain('질문');
    // A year in a heading may be anything's year; alone it is no date unless a label says so.
    expect(split[0]?.date).toBeNull();
    expect(read('notes/label.md', `일시: 2022년\n${two}`).talks[1]?.date).toBe('2022');
    const headless = read('notes/headless.md', two.split('\n').slice(2).join('\n')).talks;
    expect(headless.map((t) => t.series)).toEqual([null, null]);
    const once = '[특강] 김하나 교수님\n\n김하나 교수님 특강\n\n대학원 이야기를 들었다.';
    expect(read('notes/once.txt', once).talks).toHaveLength(1);
  });

  it('an English event page with one "Talk by" heading per speaker', () => {
    const page = [
      '# Career night, autumn meetup',
      'Date: 2023-10-05',
      '## Talk by Jane Doe',
      'From a physics PhD to a speech team.',
      '## Talk by John Roe (Example Labs)',
      'Why he left a big lab to found a startup.',
    ].join('\n');
    const { talks } = read('notes/night.md', page);
    expect(talks.map((t) => [t.speakers, t.date, t.series])).toEqual([
      [['Jane Doe'], '2023-10-05', 'Career night, autumn meetup'],
      [['John Roe'], '2023-10-05', 'Career night, autumn meetup'],
    ]);
  });

  it('a blog index of title + date + excerpt posts: one talk per post, dated', () => {
    const index = [
      '어느 연구자의 블로그',
      '',
      '첫 직장을 떠나며',
      '2022.01.05',
      '삼 년을 일한 회사를 떠나 대학원으로 돌아가기로 했다.',
      '',
      '학회 발표 후기',
      'Feb 10, 2022',
      '처음으로 포스터 발표를 했다.',
    ].join('\n');
    const { talks } = read('notes/index.txt', index);
    expect(talks.map((t) => [t.title, t.date])).toEqual([
      ['첫 직장을 떠나며', '2022-01-05'],
      ['학회 발표 후기', '2022-02-10'],
    ]);
  });

  it('a first-person story: unnamed author unless a byline names one', () => {
    const story = '회고\n\n나는 전자공학을 전공했다. 내가 AI로 옮긴 건 2017년이다.';
    expect(read('notes/story.txt', story).talks[0]).toMatchObject({
      speakers: [],
      narrator: 'author',
      authorUnnamed: true,
    });
    const signed =
      'Leaving the lab\nBy Alex Morgan\n\nI left my PhD lab in 2021 and my first job was at a startup.';
    expect(read('notes/signed.txt', signed).talks[0]).toMatchObject({
      speakers: ['Alex Morgan'],
      narrator: 'author',
      authorUnnamed: false,
    });
  });

  it('completes a month-day heading only with a year the note states', () => {
    const withYear = '# 3주차 마스터클래스 - 한도윤 교수님(03.05)\n2022 부스트캠프 기록\n\n본문';
    const withoutYear = '# 3주차 마스터클래스 - 한도윤 교수님(03.05)\n\n본문';
    expect(read('notes/y.md', withYear).talks[0]?.date).toBe('2022-03-05');
    expect(read('notes/n.md', withoutYear).talks[0]?.date).toBeNull();
  });
});
