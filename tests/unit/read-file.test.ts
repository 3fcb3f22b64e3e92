import { existsSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../ingest/sources/front-matter.ts';
import { readSource } from '../../ingest/sources/read-file.ts';
import { makeFifo, unlessHung } from '../support/fifo.ts';
import { writeNotes } from '../support/notes.ts';

describe('readSource refuses bad input by name', () => {
  const dir = writeNotes({
    'empty.md': ' \n\t\n',
    'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('제목\r\n본문\r\n')]),
    'big.txt': 'x'.repeat(2048),
  });

  it.each([
    ['empty.md', /empty\.md: is empty/],
    ['binary.txt', /binary\.txt: looks binary/],
    ['latin1.txt', /latin1\.txt: is not valid UTF-8/],
    ['missing.txt', /missing\.txt: cannot be read/],
  ])('%s', async (name, message) => {
    await expect(readSource(join(dir, name))).rejects.toThrow(message);
  });

  it('refuses a file over the size limit, naming the sizes', async () => {
    await expect(readSource(join(dir, 'big.txt'), 1024)).rejects.toThrow(
      /big\.txt: is 2048 bytes, over the limit of 1024/,
    );
  });

  it('drops a byte-order mark and normalises line ends', async () => {
    const source = await readSource(join(dir, 'bom.txt'));
    expect(source.text).toBe('제목\n본문\n');
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readSource reads only regular files', () => {
  const dir = writeNotes({ 'note.md': '# 제목\n본문\n' });

  it('refuses a FIFO by name instead of waiting for a writer', async () => {
    const fifo = makeFifo(dir, 'pipe.md');
    await expect(unlessHung(readSource(fifo), [fifo])).rejects.toThrow(
      /pipe\.md: is a FIFO, not a regular file/,
    );
  });

  it('refuses a symlink to /dev/zero as a device, before reading any of it', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    await expect(readSource(join(dir, 'zero.md'))).rejects.toThrow(
      /zero\.md: is a character device, not a regular file/,
    );
  });

  it('refuses a socket and a folder by name', async () => {
    const socket = join(dir, 'socket.md');
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      await expect(readSource(socket)).rejects.toThrow(/socket\.md: is a socket, not a regular file/);
    } finally {
      server.close();
    }
    await expect(readSource(dir)).rejects.toThrow(/: is a folder, not a regular file/);
  });

  // /proc files are regular files whose fstat size is 0: only a limit kept while reading holds.
  it.runIf(existsSync('/proc/self/status'))(
    'keeps the size limit while reading, not from fstat',
    async () => {
      await expect(readSource('/proc/self/status', 64)).rejects.toThrow(
        /^\/proc\/self\/status: is over the limit of 64 bytes/,
      );
      expect((await readSource('/proc/self/status')).text).toMatch(/^Name:/);
    },
  );

  // Reading /proc/self/mem at offset 0 (never mapped) fails with a real EIO.
  it.runIf(existsSync('/proc/self/mem'))('names the file and the errno when a read fails', async () => {
    await expect(readSource('/proc/self/mem')).rejects.toThrow(
      /^\/proc\/self\/mem: cannot be read \(input\/output error: EIO\)/,
    );
  });

  it('still reads a note through a symlink', async () => {
    symlinkSync(join(dir, 'note.md'), join(dir, 'link.md'));
    expect((await readSource(join(dir, 'link.md'))).text).toBe('# 제목\n본문\n');
  });
});

describe('parseFrontMatter', () => {
  it('reads title, speakers, date and series', () => {
    const { meta, body } = parseFrontMatter(
      'a.md',
      '---\ntitle: 특강\nspeakers: [홍길동, Jane Doe]\ndate: 2021-02-17\nseries: 부스트캠프\n---\n본문\n',
    );
    expect(meta).toEqual({
      title: '특강',
      speakers: ['홍길동', 'Jane Doe'],
      date: '2021-02-17',
      series: '부스트캠프',
    });
    expect(body.trim()).toBe('본문');
  });

  it('accepts speakers written as one comma-separated string', () => {
    expect(parseFrontMatter('a.md', '---\nspeakers: 홍길동, 김철수\n---\nx').meta.speakers).toEqual([
      '홍길동',
      '김철수',
    ]);
  });

  it('names the file when the YAML is malformed', () => {
    expect(() => parseFrontMatter('broken.md', '---\ntitle: [unclosed\n---\nbody')).toThrow(
      /broken\.md: malformed front matter/,
    );
  });

  it('names the field when a field has the wrong shape', () => {
    expect(() => parseFrontMatter('odd.md', '---\nspeakers: {a: 1}\n---\nbody')).toThrow(
      /odd\.md: .*"speakers"/,
    );
    expect(() => parseFrontMatter('odd.md', '---\ntitle: [a, b]\n---\nbody')).toThrow(/odd\.md: .*"title"/);
  });

  it('leaves text without front matter untouched', () => {
    expect(parseFrontMatter('p.txt', '제목\n본문')).toEqual({ meta: {}, body: '제목\n본문' });
  });
});
