import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnySource } from '../../ingest/sources/read-any-source.ts';
import { readUrl } from '../../ingest/sources/read-url.ts';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>세미나</title></head><body>
<header><a href="/">연구실 홈</a></header>
<nav><a href="/a">소개</a> <a href="/b">세미나</a></nav>
<main><h1>한별 교수님 특강</h1><p>일시: 2023년 4월 11일</p>
<p>박사 후 연구원을 거쳐 <a href="https://example.org">학교</a>로 옮긴 이야기.</p></main>
<footer>© 2023 어느 연구실</footer></body></html>`;

// "한국어" in EUC-KR, a charset older Korean sites still declare.
const EUC_KR = Buffer.from([0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee]);

/** A real HTTP server on loopback: every route is one way a download can go. */
function route(path: string, res: ServerResponse, pending: ServerResponse[]): void {
  if (path === '/page') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  } else if (path === '/note.md') {
    res.writeHead(200, { 'content-type': 'text/markdown' }).end('---\ntitle: 메모\n---\n본문\n');
  } else if (path === '/euc-kr') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=euc-kr' }).end(EUC_KR);
  } else if (path === '/slow') {
    pending.push(res); // never answered: the client must give up by itself
  } else if (path === '/big') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = 'x'.repeat(1024);
    let sent = 0;
    const pump = () => {
      while (sent < 64 && res.write(chunk)) {
        sent += 1;
      }
      if (sent < 64) {
        res.once('drain', pump);
      } else {
        res.end();
      }
    };
    pump();
  } else if (path === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) });
    res.write('x');
    pending.push(res);
  } else if (path === '/image') {
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]));
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  }
}

describe('readUrl against a local HTTP server', () => {
  let server: Server;
  let base: string;
  const pending: ServerResponse[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => route(req.url ?? '/', res, pending));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const res of pending) {
      res.destroy();
    }
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads an HTML page as its main text, headings as # lines, furniture gone', async () => {
    const source = await readUrl(`${base}/page`);
    expect(source.path).toBe(`${base}/page`);
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.text).toContain('# 한별 교수님 특강');
    expect(source.text).toContain('거쳐 학교로 옮긴 이야기.');
    expect(source.text).not.toMatch(/연구실 홈|©|example\.org|<\w/);
  });

  it('reads Markdown as it is, front matter included, and honours a declared charset', async () => {
    expect((await readUrl(`${base}/note.md`)).text).toBe('---\ntitle: 메모\n---\n본문\n');
    expect((await readUrl(`${base}/euc-kr`)).text).toBe('한국어');
  });

  it('names the URL and the status on an HTTP error', async () => {
    await expect(readUrl(`${base}/missing`)).rejects.toThrow(`${base}/missing: HTTP 404 Not Found`);
  });

  it('gives up on a server that does not answer in time', async () => {
    await expect(readUrl(`${base}/slow`, { timeoutMs: 200 })).rejects.toThrow(
      `${base}/slow: timed out after 200 ms`,
    );
  });

  it('stops a download over the size limit, declared or not', async () => {
    await expect(readUrl(`${base}/big`, { maxBytes: 4096 })).rejects.toThrow(
      `${base}/big: is over the limit of 4096 bytes`,
    );
    await expect(readUrl(`${base}/big-declared`, { maxBytes: 4096 })).rejects.toThrow(
      /big-declared: is 10485760 bytes, over the limit of 4096/,
    );
  });

  it('refuses a binary content type', async () => {
    await expect(readUrl(`${base}/image`)).rejects.toThrow(/image: has content type "image\/png"/);
  });

  it('names an unreachable server', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(readUrl(`http://127.0.0.1:${port}/x`)).rejects.toThrow(
      new RegExp(`127\\.0\\.0\\.1:${port}/x: cannot be reached \\(.*ECONNREFUSED`),
    );
  });

  it('is what readAnySource uses for http(s) specs', async () => {
    expect((await readAnySource(`${base}/page`)).text).toContain('# 한별 교수님 특강');
  });
});
