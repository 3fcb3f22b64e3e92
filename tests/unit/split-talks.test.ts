import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityId, slug, talkId } from '../../graph/ids.ts';
import { detectLanguage, peelSourceLine, splitTalks } from '../../ingest/split/split-talks.ts';

const source = (text: string) => ({ path: 'notes/a.md', text, sha256: 'f'.repeat(64) });
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('splitTalks (one talk per note)', () => {
  it('takes the title from front matter first', () => {
    const doc = splitTalks(source('# Heading'), { title: 'Front' }, '# Heading\nbody');
    expect(doc.talks[0]?.title).toBe('Front');
  });

  it('takes the first markdown heading when there is no front-matter title', () => {
    const doc = splitTalks(source(''), {}, 'intro line\n\n## 두 번째 제목 ##\n# later');
    expect(doc.talks[0]?.title).toBe('두 번째 제목');
  });

  it('falls back to the first non-empty line', () => {
    const doc = splitTalks(source(''), {}, '\n\n  첫 줄 제목  \n본문');
    expect(doc.talks[0]?.title).toBe('첫 줄 제목');
  });

  it('gives a talk an id from its source and position, stable across runs', () => {
    const a = splitTalks(source(''), {}, 'x');
    const b = splitTalks(source('other text'), {}, 'y');
    expect(a.talks[0]?.id).toBe(b.talks[0]?.id);
    expect(a.talks[0]?.id).toBe(talkId('notes/a.md', 0));
    expect(talkId('notes/b.md', 0)).not.toBe(a.talks[0]?.id);
  });

  it('finds the speaker-bearing heading of a real seed note', () => {
    const text = readFileSync(join(SEEDS, '001_a604f05b84f07242.txt'), 'utf8');
    const doc = splitTalks(source(text), {}, text);
    expect(doc.talks[0]?.title).toContain('주재걸');
    expect(doc.talks[0]?.language).toBe('ko');
  });
});

describe('a first line giving the page address', () => {
  // Pattern: a saved page opens with "source: URL" (or URL:, 출처:); that is the note's URL, never its title.
  it.each([
    [
      'source: https://blog.example.com/posts/42\n\n추천 시스템 세미나 후기\n\n본문이다.',
      'https://blog.example.com/posts/42',
      '추천 시스템 세미나 후기',
    ],
    [
      '\n출처: https://example.org/a?b=1\n# Notes from a robotics meetup\ntext',
      'https://example.org/a?b=1',
      'Notes from a robotics meetup',
    ],
  ])('%#: url and title', (body, url, title) => {
    const doc = splitTalks(source(body), {}, body);
    expect(doc.talks[0]?.url).toBe(url);
    expect(doc.talks[0]?.title).toBe(title);
  });

  it('keeps a front-matter URL, and leaves a later reference line in the text', () => {
    const body = 'source: https://a.example/1\n\n제목 줄\n본문';
    expect(splitTalks(source(body), { url: 'https://b.example/2' }, body).talks[0]?.url).toBe(
      'https://b.example/2',
    );
    expect(peelSourceLine('제목\nsource: https://a.example/1').url).toBeNull();
  });
});

describe('splitTalks (several talks in one note)', () => {
  const talksOf = (body: string) => splitTalks(source(body), {}, body).talks;

  it('splits at "<name> 님 발표 — <title>" headings, each talk keeping its title', () => {
    const body = [
      '# 스터디 밋업 메모',
      '',
      '> 2022년 10월 8일, 온라인',
      '',
      '## 남궁하늘 님 발표 — 작은 팀의 MLOps',
      '- 2018년에 카카오에 입사',
      '',
      '## Maya Okafor 님 발표 — Evaluation first',
      '- joined Upstage in 2021',
    ].join('\n');
    const talks = talksOf(body);
    expect(talks.map((t) => t.speakers)).toEqual([['남궁하늘'], ['Maya Okafor']]);
    expect(talks[0]?.title).toBe('남궁하늘 님 발표 — 작은 팀의 MLOps');
    expect(talks.map((t) => t.date)).toEqual(['2022-10-08', '2022-10-08']);
    expect(talks[0]?.text).not.toContain('Evaluation first');
  });

  it('splits at section headings whose next line labels the speaker', () => {
    const body = [
      '# 세미나 정리',
      '## 세션 1: 데이터 계약',
      '발표자: 남궁하늘',
      '- 내용 하나',
      '## 세션 2: 모델 평가',
      '발표자: 도하윤',
      '- 내용 둘',
    ].join('\n');
    expect(talksOf(body).map((t) => t.speakers)).toEqual([['남궁하늘'], ['도하윤']]);
  });

  it('needs two different speakers: one named session is a single talk', () => {
    const body = ['# 세미나', '## 세션 1 (남궁하늘 님)', '- 내용', '## 세션 2 (남궁하늘 님)', '- 내용'].join(
      '\n',
    );
    expect(talksOf(body)).toHaveLength(1);
  });

  it('reads the talk date from a labelled bullet or a quoted line under the title', () => {
    const bullet = ['# 남궁하늘 님 특강', '- 일시: 2023년 4월 2일(일) 오후', '- 장소: 온라인'].join('\n');
    expect(talksOf(bullet)[0]?.date).toBe('2023-04-02');
    const quoted = ['# 남궁하늘 님 특강', '> 2023-04-02, 온라인'].join('\n');
    expect(talksOf(quoted)[0]?.date).toBe('2023-04-02');
  });
});

describe('ids and language', () => {
  it('slugs keep Hangul and drop punctuation', () => {
    expect(slug('  서민준 (KAIST) ')).toBe('서민준-kaist');
    expect(entityId('Model', 'GPT-3')).toBe('model:gpt-3');
    expect(entityId('Model', 'GPT-3.5')).not.toBe(entityId('Model', 'GPT-3'));
  });

  it('calls Korean notes with English terms Korean, and English notes English', () => {
    expect(detectLanguage('BERT와 GPT-3 이야기를 들었다. Transformer 구조가 중요하다고 했다.')).toBe('ko');
    expect(detectLanguage('He joined NAVER Clova in 2018 after his PhD.')).toBe('en');
  });
});
