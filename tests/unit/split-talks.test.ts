import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityId, slug, talkId } from '../../graph/ids.ts';
import { detectLanguage, splitTalks } from '../../ingest/split-talks.ts';

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
