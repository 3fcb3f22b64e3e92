/**
 * Corpora for the reliability suite, written to a temp folder: the sample corpus plus short
 * generated notes (enough of them for several ingest batches), and a folder of hostile notes.
 * Plain Node, no vitest: bench/chaos uses these too.
 */
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { mulberry32, pick } from '../../bench/synthetic/random.ts';
import { sourceId } from '../../graph/ids.ts';
import { NOTE_EXTENSIONS } from '../../ingest/sources/collect-files.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'corpus');

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'];
const GIVEN = [
  '민준',
  '서연',
  '도윤',
  '하은',
  '지호',
  '수아',
  '예준',
  '지우',
  '현우',
  '채원',
  '건우',
  '유진',
];
const COMPANIES = [
  '네이버',
  '카카오',
  '삼성전자',
  'LG AI연구원',
  'Naver Clova',
  'Kakao Brain',
  'Google',
  'Meta',
];
const SCHOOLS = ['KAIST', '서울대학교', '포스텍', '연세대학교', '고려대학교', 'Stanford'];
const MODELS = ['BERT', 'GPT-3', 'T5', 'ELECTRA', 'RoBERTa', 'LLaMA', 'Whisper'];
const TOPICS = ['자연어처리', '음성인식', '컴퓨터비전', '강화학습', '추천 시스템'];
const CONFERENCES = ['ACL', 'EMNLP', 'NeurIPS', 'ICML', 'Interspeech'];

/** A short career note in the shape of the real ones: a speaker, decisions with years, entities. */
export function generatedNote(index: number, seed = 11): string {
  const random = mulberry32(seed * 100_003 + index);
  const name = `${pick(random, SURNAMES)}${pick(random, GIVEN)}`;
  const year = 2008 + Math.floor(random() * 14);
  const [school, company, model, topic, conference] = [
    pick(random, SCHOOLS),
    pick(random, COMPANIES),
    pick(random, MODELS),
    pick(random, TOPICS),
    pick(random, CONFERENCES),
  ];
  return [
    `# ${name} 님 특강 ${index}`,
    '',
    `${name} 님은 ${year}년에 ${school} 대학원에 진학해 ${topic}를 공부했다.`,
    `${year + 3}년에 ${company}에 입사해 ${model} 기반 모델을 만들었고, ${conference}에 논문을 냈다.`,
    `${model}와 ${topic} 이야기가 많았다. 특강 번호 ${index}.`,
    '',
  ].join('\n');
}

/**
 * The sample corpus (sorted first: `0-` prefix) and `generated` short notes, in `dir`.
 * Returns the note paths in the order the ingest walks them.
 */
export function writeCrashCorpus(dir: string, generated: number, seed = 11): string[] {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(SAMPLE)) {
    if (NOTE_EXTENSIONS.has(extname(file).toLowerCase()) && !/^readme\b/i.test(file)) {
      copyFileSync(join(SAMPLE, file), join(dir, `0-${file}`));
    }
  }
  for (let i = 1; i <= generated; i += 1) {
    writeFileSync(join(dir, `g-${String(i).padStart(5, '0')}.md`), generatedNote(i, seed));
  }
  return notePaths(dir);
}

/** Notes of a flat folder in the ingest's order (collect-files sorts entries with localeCompare). */
export function notePaths(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => NOTE_EXTENSIONS.has(extname(f).toLowerCase()) && !f.startsWith('.'))
    .sort((a, b) => a.localeCompare(b))
    .map((f) => join(dir, f));
}

/** The id the ingest gives a note's Source when the CLI runs in ROOT (it stores paths relative to its cwd). */
export function storedSourceId(file: string): string {
  return sourceId(relative(ROOT, file).split(sep).join('/'));
}

export interface HostileCase {
  /** File name in the hostile folder. */
  file: string;
  what: string;
  /** True when the note must be refused with an error; false when loading it (or not) is fine. */
  mustFail: boolean;
}

/** One note that must load beside the hostile ones. */
export const GOOD_NEIGHBOUR = 'zz-good-neighbour.md';

/**
 * Writes the hostile notes into `dir` and returns what each is. `marker` is a path the `---js`
 * note's code would create if an engine evaluated it.
 */
export function writeHostileNotes(dir: string, marker: string, fifo: (path: string) => void): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const add = (file: string, what: string, mustFail: boolean, content?: string | Uint8Array) => {
    if (content !== undefined) {
      writeFileSync(join(dir, file), content);
    }
    cases.push({ file, what, mustFail });
  };
  add('empty.md', 'empty file', true, '');
  add(
    'binary.md',
    'binary (NUL bytes)',
    true,
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 0, 0, 0x89]),
  );
  add(
    'invalid-utf8.txt',
    'invalid UTF-8',
    true,
    Buffer.concat([
      Buffer.from('# 제목\n\n카카오에 '),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]),
      Buffer.from(' 입사\n'),
    ]),
  );
  // "# 제목 / 카카오에 입사했다. 네이버에서 일했다." in EUC-KR (iconv), no charset declared anywhere.
  const eucKr =
    '2320c1a6b8f10a0ac4abc4abbfc0bfa120c0d4bbe7c7dfb4d92e20b3d7c0ccb9f6bfa1bcad20c0cfc7dfb4d92e0a';
  add('euc-kr.txt', 'EUC-KR without a declaration', true, Buffer.from(eucKr, 'hex'));
  const huge = `# 큰 노트\n\n${'카카오에 입사했다. '.repeat(Math.ceil((5 * 1024 * 1024 + 4096) / 26))}\n`;
  add('huge.md', 'over 5 MB', true, huge);
  add(
    'malformed-front-matter.md',
    'malformed YAML front matter',
    true,
    '---\ntitle: [unclosed\n  - : :\n---\n본문\n',
  );
  add(
    'front-matter-js.md',
    '---js front matter with a side effect',
    true,
    `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'pwned') }\n---\n# 본문\n\n카카오에 입사했다.\n`,
  );
  fifo(join(dir, 'fifo.md'));
  cases.push({ file: 'fifo.md', what: 'a FIFO', mustFail: true });
  symlinkSync('/dev/zero', join(dir, 'dev-zero.md'));
  cases.push({ file: 'dev-zero.md', what: 'symlink to /dev/zero', mustFail: true });
  symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
  symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
  cases.push({ file: 'loop-a.md', what: 'symlink loop (a→b)', mustFail: true });
  cases.push({ file: 'loop-b.md', what: 'symlink loop (b→a)', mustFail: true });
  // Deep enough to overflow a recursive walk of the DOM (the parser itself nests fine).
  const depth = 100_000;
  add(
    'nested.html',
    'deeply nested HTML',
    false,
    `<html><body>${'<div>'.repeat(depth)}카카오${'</div>'.repeat(depth)}</body></html>`,
  );
  add(GOOD_NEIGHBOUR, 'a good note beside them', false, generatedNote(999_001));
  return cases;
}
