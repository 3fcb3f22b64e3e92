import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../ingest/sources/collect-files.ts';
import { flattenDeepHtml, MAX_HTML_DEPTH } from '../../ingest/sources/flatten-deep-html.ts';
import { parseFrontMatter } from '../../ingest/sources/front-matter.ts';
import { htmlToPlainText, pageTitle } from '../../ingest/sources/html-to-text.ts';
import { readAnySource } from '../../ingest/sources/read-any-source.ts';
import { readSource } from '../../ingest/sources/read-file.ts';
import { splitTalks } from '../../ingest/split/split-talks.ts';
import { writeNotes } from '../support/notes.ts';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>공지</title>
<style>body { color: red }</style><script>console.log('tracking')</script></head>
<body>
  <header><div class="logo">어느 대학 AI 연구회</div>
    <nav><ul><li><a href="/">홈</a></li><li><a href="/notice">공지</a></li></ul></nav></header>
  <aside><h3>태그</h3><ul><li>딥러닝</li><li>진로</li></ul></aside>
  <article>
    <header><h1>윤서연 교수님 초청 강연</h1><p>2022년 11월 3일</p></header>
    <p>연구실 밖 진로를 고민하는 학생들을 위한 <strong>초청 강연</strong>입니다.
       자세한 소개는 <a href="https://example.org/bio">약력 페이지</a>를 보세요.</p>
    <img src="poster.png" alt="행사 포스터">
    <h2>강연 요약</h2>
    <ul><li>학부 전공은 화학</li><li>대학원에서 계산화학으로 옮김</li></ul>
    <form><input name="email" placeholder="메일 주소"><button>신청</button></form>
  </article>
  <footer><p>© 2022 AI 연구회</p></footer>
</body></html>`;

describe('HTML sources', () => {
  it('keeps the main content: headings as # lines, links as text, images and furniture dropped', () => {
    const text = htmlToPlainText(ANNOUNCEMENT);
    expect(text.split('\n')).toContain('# 윤서연 교수님 초청 강연');
    expect(text.split('\n')).toContain('## 강연 요약');
    expect(text).toContain('자세한 소개는 약력 페이지를 보세요.');
    expect(text).toContain('2022년 11월 3일');
    expect(text).toContain('- 학부 전공은 화학');
    expect(text).not.toMatch(/tracking|color|연구회|포스터|poster|example\.org|신청|홈|태그/);
  });

  it('reads .html files through readSource and splits them like any note', async () => {
    const dir = writeNotes({
      'talk.html': ANNOUNCEMENT,
      'empty.htm': '<html><body><nav>x</nav></body></html>',
    });
    const source = await readSource(join(dir, 'talk.html'));
    expect(source.text.startsWith('# 윤서연 교수님 초청 강연')).toBe(true);
    const { meta, body } = parseFrontMatter(source.path, source.text);
    const [talk] = splitTalks(source, meta, body).talks;
    expect(talk).toMatchObject({
      title: '윤서연 교수님 초청 강연',
      speakers: ['윤서연'],
      date: '2022-11-03',
    });
    await expect(readSource(join(dir, 'empty.htm'))).rejects.toThrow(
      /empty\.htm: is an HTML page without readable text/,
    );
  });

  it('reads a page saved under a .md or .txt name as HTML, and leaves markdown alone', async () => {
    const dir = writeNotes({ 'saved.md': ANNOUNCEMENT, 'plain.md': '# <b>굵게</b> 쓴 제목\n\n본문\n' });
    const saved = await readSource(join(dir, 'saved.md'));
    expect(saved.text.startsWith('# 윤서연 교수님 초청 강연')).toBe(true);
    expect(saved.text).not.toMatch(/<!DOCTYPE|console\.log/);
    expect((await readSource(join(dir, 'plain.md'))).text).toContain('<b>굵게</b>');
  });

  it('collects .html and .htm files, and passes URLs and - through untouched', async () => {
    const dir = writeNotes({ 'a.html': ANNOUNCEMENT, 'b.htm': ANNOUNCEMENT, 'c.pdf': 'x', 'd.md': '# d' });
    const { files, errors } = await collectFiles([
      dir,
      'https://example.org/talk',
      '-',
      'http://example.org/x',
    ]);
    expect(files.map((f) => f.split('/').at(-1))).toEqual(['a.html', 'b.htm', 'd.md', 'talk', '-', 'x']);
    expect(errors).toEqual([]);
    const { errors: refused } = await collectFiles([join(dir, 'c.pdf')]);
    expect(refused[0]?.message).toMatch(/c\.pdf: unsupported file type "\.pdf"/);
  });
});

describe('HTML talk pages', () => {
  const PAGE = `<html><head><title>도하윤 님 웨비나 — 검색 랭킹 8년 | 어느 커뮤니티</title></head>
<body><main><article>
  <p>2016년에 카카오에 입사했다고 한다.</p>
</article>
<section class="comments"><h3>댓글 1</h3><p>저도 대학원 진학을 추천해요.</p></section>
<div class="share-bar"><button>공유</button></div>
<div id="cookie-notice"><p>쿠키를 사용합니다.</p></div>
</main></body></html>`;

  it('names the talk from <title>, without the site name, when the content has no top heading', () => {
    const text = htmlToPlainText(PAGE);
    expect(text.split('\n')[0]).toBe('# 도하윤 님 웨비나 — 검색 랭킹 8년');
    expect(pageTitle(PAGE)).toBe('도하윤 님 웨비나 — 검색 랭킹 8년');
  });

  it('drops reader comments, share bars and cookie notices', () => {
    const text = htmlToPlainText(PAGE);
    expect(text).toContain('2016년에 카카오에 입사했다고 한다.');
    expect(text).not.toMatch(/추천해요|공유|쿠키/);
  });

  it('keeps the content heading when there is one', () => {
    const text = htmlToPlainText(ANNOUNCEMENT);
    expect(text.split('\n')[0]).toBe('# 윤서연 교수님 초청 강연');
  });
});

describe('standard input', () => {
  it('reads "-" as one note named by its hash, HTML sniffed', async () => {
    const note = await readAnySource('-', { stdin: Readable.from([Buffer.from('제목\r\n'), '본문\n']) });
    expect(note.text).toBe('제목\n본문\n');
    expect(note.path).toMatch(/^stdin:[0-9a-f]{12}$/);
    const page = await readAnySource('-', { stdin: Readable.from([ANNOUNCEMENT]) });
    expect(page.text.startsWith('# 윤서연 교수님 초청 강연')).toBe(true);
    expect(page.path).not.toBe(note.path);
  });

  it('names stdin, with the errno, when reading it fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    await expect(readAnySource('-', { stdin: failing })).rejects.toThrow(
      /^stdin: cannot be read \(input\/output error: EIO\)$/,
    );
  });

  it('refuses empty or oversized input by name', async () => {
    await expect(readAnySource('-', { stdin: Readable.from([' \n']) })).rejects.toThrow(/^stdin: is empty/);
    await expect(
      readAnySource('-', { stdin: Readable.from(['x'.repeat(2048)]), maxBytes: 1024 }),
    ).rejects.toThrow(/^stdin: is over the limit of 1024 bytes/);
  });
});

describe('deeply nested pages', () => {
  const nested = (depth: number, open: string, close: string, inner = '<p>바닥의 본문</p>') =>
    `<html><body><article><h1>제목</h1>${open.repeat(depth)}${inner}${close.repeat(depth)}<p>끝</p></article></body></html>`;

  it('reads 100,000 nested <div>s as their text instead of overflowing the stack', async () => {
    const dir = writeNotes({
      'deep.html': nested(100_000, '<div>', '</div>'),
      'open.html': nested(100_000, '<div/>', ''),
    });
    for (const name of ['deep.html', 'open.html']) {
      const { text } = await readSource(join(dir, name));
      expect(text.split('\n').filter(Boolean)).toEqual(['# 제목', '바닥의 본문', '끝']);
    }
  });

  it('keeps nested lists from multiplying the text', () => {
    const lines = '<p>줄</p>'.repeat(2000);
    const text = htmlToPlainText(nested(128, '<ul><li>', '</li></ul>', lines));
    expect(text.match(/줄/g)).toHaveLength(2000);
    // Each of 128 levels used to indent every line below it: 1.5 MB of text for 2,000 lines.
    expect(text.length).toBeLessThan(2000 * 100);
  });

  it('leaves pages within the cap untouched, byte for byte', () => {
    expect(flattenDeepHtml(ANNOUNCEMENT)).toBe(ANNOUNCEMENT);
    const within = nested(MAX_HTML_DEPTH - 4, '<div>', '</div>');
    expect(flattenDeepHtml(within)).toBe(within);
    // Paragraphs and items whose end tags are left out are siblings, not a deepening nest.
    const unclosed = `<body>${'<p>문단'.repeat(5000)}<ul>${'<li>항목'.repeat(5000)}</ul></body>`;
    expect(flattenDeepHtml(unclosed)).toBe(unclosed);
    // Markup in scripts, comments and quoted attributes is not markup.
    const quoted = `<body><script>${'"<div>"+'.repeat(5000)}1</script><!-- ${'<div>'.repeat(5000)} -->${'<a title="<div>">x</a>'.repeat(5000)}</body>`;
    expect(flattenDeepHtml(quoted)).toBe(quoted);
  });

  it('drops tags past the cap but keeps their text, and scripts past it with their content', () => {
    const page = `<body>${'<div>'.repeat(300)}<b>굵은</b> 글<script>alert(1)</script>${'</div>'.repeat(300)}</body>`;
    const flat = flattenDeepHtml(page);
    expect(flat.match(/<div>/g)).toHaveLength(MAX_HTML_DEPTH - 1);
    expect(flat).not.toMatch(/script|alert/);
    expect(htmlToPlainText(page)).toBe('굵은 글');
  });
});
