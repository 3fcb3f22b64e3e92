import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../ingest/run/process-note.ts';
import { parseFrontMatter } from '../../ingest/sources/front-matter.ts';
import { writeNotes } from '../support/notes.ts';

const scope = globalThis as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'talkgraph-fm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Code that, if evaluated, sets a global and writes a file, both named for the one test. */
function hostile(name: string) {
  const global = `__talkgraph_${name.replace(/\W/g, '_')}`;
  const marker = join(dir, global);
  const code = `{ title: (globalThis.${global} = 'yes',
  require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'pwned') }`;
  const ran = () => scope[global] !== undefined || existsSync(marker);
  return { code, ran };
}

describe('front matter is data, never code', () => {
  it.each([
    ['---js', 'js'],
    ['---javascript', 'javascript'],
    ['--- js', 'js'],
    ['---JS  ', 'JS'],
    ['---coffee', 'coffee'],
    ['---toml', 'toml'],
    ['---json', 'json'],
  ])('refuses %j front matter by name, without running it', (opening, engine) => {
    const { code, ran } = hostile(opening);
    expect(() => parseFrontMatter('evil.md', `${opening}\n${code}\n---\n본문\n`)).toThrow(
      new RegExp(`^evil\\.md: front matter in "${engine}" is refused: only YAML`),
    );
    expect(ran()).toBe(false);
  });

  it.each([
    ['!!js/function', 'title: !!js/function "function () { return 1 }"'],
    ['!!js/undefined', 'title: !!js/undefined ""'],
    ['!!python/object/apply', 'title: !!python/object/apply:os.system ["id"]'],
    ['a verbatim tag', 'title: !<tag:yaml.org,2002:js/regexp> /x/'],
    ['a local tag', 'title: !shell "id"'],
  ])('refuses YAML with %s', (_name, yaml) => {
    expect(() => parseFrontMatter('tag.md', `---\n${yaml}\n---\nbody`)).toThrow(
      /^tag\.md: malformed front matter: .*tag/i,
    );
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(() => parseFrontMatter('bomb.md', `---\n${levels.join('\n')}\n---\nbody`)).toThrow(
      /^bomb\.md: malformed front matter: .*alias/i,
    );
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const { meta } = parseFrontMatter('proto.md', '---\n__proto__: {polluted: yes}\ntitle: x\n---\nbody');
    expect(meta).toEqual({ title: 'x' });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('ordinary YAML front matter', () => {
  it('still reads title, speakers and date, under --- , ---yaml and ---yml', () => {
    for (const opening of ['---', '---yaml', '---yml', '--- YAML']) {
      const { meta, body } = parseFrontMatter(
        'a.md',
        `${opening}\ntitle: 특강\nspeakers:\n  - 홍길동\n  - Jane Doe\ndate: 2021-02-17\n---\n본문\n`,
      );
      expect(meta).toEqual({ title: '특강', speakers: ['홍길동', 'Jane Doe'], date: '2021-02-17' });
      expect(body).toBe('본문\n');
    }
  });

  it('reads empty or comment-only front matter as no fields', () => {
    expect(parseFrontMatter('e.md', '---\n---\nbody')).toEqual({ meta: {}, body: 'body' });
    expect(parseFrontMatter('c.md', '---\n# nothing yet\n---\nbody')).toEqual({ meta: {}, body: 'body' });
  });

  it('takes a year written as a number as the date', () => {
    expect(parseFrontMatter('y.md', '---\ndate: 2019\n---\nbody').meta.date).toBe('2019');
  });

  it('keeps a body whose first line is a rule or a dashed heading, not front matter', () => {
    for (const text of ['----\n제목\n본문', '--- 메모 ---\n본문']) {
      expect(parseFrontMatter('r.md', text)).toEqual({ meta: {}, body: text });
    }
  });

  it('names the file when the block is never closed or is not a set of fields', () => {
    expect(() => parseFrontMatter('open.md', '---\ntitle: x\n본문')).toThrow(
      /^open\.md: malformed front matter: the opening --- has no closing/,
    );
    expect(() => parseFrontMatter('list.md', '---\n- a\n- b\n---\nbody')).toThrow(
      /^list\.md: malformed front matter: expected fields/,
    );
  });
});

describe('a note read from disk', () => {
  it('is refused by name when its front matter is code, and the code never runs', async () => {
    const { code, ran } = hostile('from-disk');
    const notes = writeNotes({ 'evil.md': `---js\n${code}\n---\n# 제목\n본문\n` });
    await expect(readDocument(join(notes, 'evil.md'))).rejects.toThrow(
      /evil\.md: front matter in "js" is refused/,
    );
    expect(ran()).toBe(false);
  });
});
