/**
 * Single lines that are page furniture, not note content: UI prompts, navigation, widgets,
 * reading-time and date labels, copyright footers, image leftovers. Shape rules only: they must
 * hold for blogs, HackMD and Notion pages the project has never seen.
 */

/** Prompts and UI labels that are junk when they stand alone on a line (compared normalised). */
const PROMPTS = new Set(
  [
    '댓글남기기|댓글 남기기|댓글 쓰기|댓글 달기|댓글|comments|comment|leave a comment|leave a reply|reply',
    '공유하기|공유|share|share this|share this post|tweet|좋아요|like|likes|구독하기|구독|subscribe|bookmark',
    'prev|next|previous|이전|다음|이전 글|다음 글|이전글|다음글|previous post|next post|older posts|newer posts',
    '목록|top|맨 위로|back to top|go to bottom|expand all|collapse all|select a repo|published on hackmd',
    'sign in|sign up|log in|login|로그인|회원가입|검색|search|menu|메뉴|home|홈|본문 바로가기|메뉴 바로가기',
    'skip to content|skip to main content|skip navigation|더보기|read more|continue reading|계속 읽기',
    'edit|수정|삭제|신고|print|인쇄|rss|태그|tags|카테고리|categories|category|분류 전체보기|전체 글|글쓰기',
    '관리|방명록|guestbook|get notion free|made with notion|try notion|duplicate|owned this note',
    'linked with github|hackmd|notion|image|이미지|사진|today|total|yesterday|오늘|어제|전체 방문자|방문자',
    '작성일|수정일|게시일|등록일|posted|published|updated|last updated|last edited|최종 수정',
    '목록 보기|목록보기|전체보기|post-thumbnail|thumbnail|advertisement|광고|sponsored',
  ]
    .join('|')
    .split('|'),
);

const RULES: RegExp[] = [
  // Reading time: "7 분 소요", "11 mins read", "읽는 데 3분".
  /^\d+\s*분\s*(?:소요|읽기)$|^\d+\s*min(?:ute)?s?\s*read$|^읽는\s*데\s*\d+\s*분/i,
  // Prev/next post links with their titles: "이전 글: …", "Next post » …".
  /^(?:이전\s?글|다음\s?글|previous(?:\s+post)?|next(?:\s+post)?|prev)\s*[:：»«>›‹]/i,
  // Tag and category lines: "Tags: a, b", "카테고리: …", "#딥러닝 #NLP".
  /^(?:tags?|태그|categories|category|카테고리|분류)\s*[:：]/i,
  /^(?:#[^\s#]+\s*){2,}$/u,
  // Copyright and platform footers.
  /©|\(c\)\s*(?:19|20)\d\d|^copyright\b|all rights reserved|^(?:powered|designed|theme|skin) by\b|무단\s*(?:전재|복제|배포)\s*금지/i,
  // HackMD / Notion page chrome.
  /^(?:\d[\d,]*\s*)?(?:views?|조회수?)\s*[\d,]*$|changed \d+ \w+ ago|^owned this note|^published on /i,
  // Blog counters: "Today 12", "Total 3,456".
  /^(?:today|total|yesterday|오늘|어제|전체)\s*[:：]?\s*[\d,]+$/i,
  // Image leftovers: a file name, or an identifier-like alt text ("diagram_01").
  /^[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp)$/i,
  /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/,
  // Layout markup left in a markdown page: a line of only div/p/img/span/a/br tags (table tags
  // stay, a programme table is read from them; a heading tag with text stays too).
  /^(?:<\/?(?:div|p|img|span|a|br|hr|center|picture|source|figure|figcaption|section|header|footer|nav)\b[^>]*\/?>\s*)+$/i,
  // An ad slot's size ("728x90"), a pager ("10/14"), a bare counter ("0", "12"), an empty bullet.
  /^\d{2,4}\s*[x×]\s*\d{2,4}$|^\d{1,3}\s*\/\s*\d{1,3}$|^\d{1,3}$|^[-–—]$/,
  // Month navigation of a blog calendar: "« 2021/02 »", "< 2021.02 >".
  /^[«‹<]\s*(?:19|20)\d\d\s*[./년-]\s*\d{1,2}\s*월?\s*[»›>]$/,
  // Related-post rows: "a title (0) | 2021.02.21 |".
  /^.{1,160}\(\d+\)\s*\|\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\.?\s*\|?\s*$/,
];

const MARKDOWN_LINK = /!?\[[^\]]*\]\([^)]*\)/g;
const BARE_URL = /\bhttps?:\/\/\S+/g;

function normalisePrompt(line: string): string {
  return line
    .replace(/[[\]()<>«»‹›|•·:：…!→←↑↓▲▼]/g, ' ')
    .replace(/\d+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A line made only of links (navigation, a table of contents, share buttons). */
export function isLinkOnly(line: string): boolean {
  const links = line.match(MARKDOWN_LINK)?.length ?? 0;
  const urls = line.match(BARE_URL)?.length ?? 0;
  if (links + urls === 0) {
    return false;
  }
  const rest = line.replace(MARKDOWN_LINK, '').replace(BARE_URL, '');
  return /^[\s\-*•|·/>,]*$/.test(rest);
}

/**
 * "Home | About | Blog | Contact": three or more short segments, none a sentence. A line of
 * labelled facts ("일시: 2023-10-21 / 장소: …") or with a date ("일시 2022-06-09 · 글 운영팀") is a
 * talk's metadata, not navigation.
 */
function isNavigationBar(line: string): boolean {
  if (line.startsWith('|') || /[:：]\s*\S/.test(line) || /(?:19|20)\d\d\s*[-./년]\s*\d{1,2}/.test(line)) {
    return false;
  }
  const segments = line.split(/\s+[|·/]\s+|\s*\|\s*/).filter((s) => s.trim().length > 0);
  return (
    segments.length >= 3 &&
    segments.every((s) => s.length <= 20 && s.trim().split(/\s+/).length <= 3 && !/[.?!다]$/.test(s.trim()))
  );
}

/** A calendar row: only day numbers (≤ 31) and table pipes. */
export function isDayNumberRow(line: string): boolean {
  if (!/^[\d\s|]+$/.test(line) || !/\d/.test(line)) {
    return false;
  }
  const numbers = line.match(/\d+/g)?.map(Number) ?? [];
  return numbers.every((n) => n >= 1 && n <= 31) && (line.includes('|') || numbers.length >= 3);
}

/** A weekday header: 일 월 화 수 목 금 토, Sun Mon …, S M T W T F S. */
export function isWeekdayRow(line: string): boolean {
  return WEEKDAY_ROW.test(line);
}

/** Five to seven day names and nothing else (one pass: this runs on every line of every note). */
const DAY = '(?:[일월화수목금토]|[日月火水木金土]|sun|mon|tue|wed|thu|fri|sat|[smtwf])';
const WEEKDAY_ROW = new RegExp(`^[\\s|,]*(?:${DAY}[\\s|,]+){4,6}${DAY}[\\s|,]*$`, 'i');

export function isJunkLine(raw: string): boolean {
  const line = raw.trim().replace(/^[-*•]\s+/, '');
  if (line.length === 0) {
    return false;
  }
  if (line.length <= 40 && PROMPTS.has(normalisePrompt(line))) {
    return true;
  }
  if (isLinkOnly(line) || isDayNumberRow(line) || isWeekdayRow(line)) {
    return true;
  }
  if (line.length <= 160 && RULES.some((rule) => rule.test(line))) {
    return true;
  }
  return line.length <= 80 && isNavigationBar(line);
}

/** Inline leftovers inside a kept line: images, link targets, reading-time tails, a "본문" marker. */
export function cleanInline(line: string): string {
  return line
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\s*[·•|]\s*\d+\s*(?:mins?|minutes?)\s+read\b/gi, '')
    .replace(/\s*[·•|]\s*\d+\s*분\s*소요/g, '')
    .replace(/^(.{4,150}?)\s+본문$/, '$1')
    .replace(/(\S)[ \t]{2,}(?=\S)/g, '$1 ');
}
