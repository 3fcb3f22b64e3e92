import { cleanPersonName, splitNameList } from '../text/person-name.ts';

/**
 * A programme or lecturer table: one row per talk, with a column for its title and one for its
 * speaker ("| 강의 | 강사 | 경력 |", "<th>Title</th><th>Speaker</th>"). README files and event pages
 * keep their programme this way, as a markdown table or as an HTML table left inside the
 * markdown. Each row is a talk; the row's other cells (a CV column) belong to its speaker.
 */
export interface RosterRow {
  title: string;
  /** One speaker, or the members of a panel ("A, B, C" in one cell). */
  speakers: string[];
  /** The row's text, one line per cell line: title, speaker, then the other cells. */
  lines: string[];
}

export interface RosterTable {
  /** Line index where the table starts, and one past where it ends. */
  start: number;
  end: number;
  rows: RosterRow[];
}

/** A column that names who gives the talk. */
const SPEAKER_COLUMN =
  /^(?:강사|강사진|연사|발표자|강연자|멘토|speakers?|lecturers?|instructors?|presenters?)(?:\s*명)?$/i;
/** A column that holds the talk's title (구분 is the programme's own label for each lecture). */
const TITLE_COLUMN =
  /^(?:구분|제목|주제|강의|강의명|강연|강연명|세션|발표|발표\s*제목|title|topic|talk|session|lecture|course)$/i;

const MIN_ROWS = 2;

export function findRosterTable(lines: string[]): RosterTable | null {
  return htmlRoster(lines) ?? markdownRoster(lines);
}

function htmlRoster(lines: string[]): RosterTable | null {
  const start = lines.findIndex((l) => /<table\b/i.test(l));
  if (start < 0) {
    return null;
  }
  const close = lines.findIndex((l, i) => i >= start && /<\/table>/i.test(l));
  const end = close < 0 ? lines.length : close + 1;
  const html = lines.slice(start, end).join('\n');
  const rows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)(?:<\/tr>|(?=<tr\b)|$)/gi)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t([hd])\b[^>]*>([\s\S]*?)(?:<\/t[hd]>|(?=<t[hd]\b)|$)/gi)].map((cell) =>
      cellLines(cell[2] ?? ''),
    ),
  );
  return toRoster(start, end, rows);
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^[\s|:-]+$/;

function markdownRoster(lines: string[]): RosterTable | null {
  const start = lines.findIndex((l, i) => TABLE_ROW.test(l) && TABLE_RULE.test(lines[i + 1] ?? 'x'));
  if (start < 0) {
    return null;
  }
  let end = start;
  while (end < lines.length && TABLE_ROW.test(lines[end] ?? '')) {
    end += 1;
  }
  const rows = lines
    .slice(start, end)
    .filter((l) => !TABLE_RULE.test(l))
    .map((l) =>
      l
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cellLines(cell)),
    );
  return toRoster(start, end, rows);
}

function toRoster(start: number, end: number, cells: string[][][]): RosterTable | null {
  const [header, ...body] = cells;
  const labels = (header ?? []).map((c) => c.join(' ').trim());
  const speakerAt = labels.findIndex((l) => SPEAKER_COLUMN.test(l));
  const titleAt = labels.findIndex((l) => TITLE_COLUMN.test(l));
  if (speakerAt < 0 || titleAt < 0) {
    return null;
  }
  const rows: RosterRow[] = [];
  for (const row of body) {
    const speakers = speakersOfCell(row[speakerAt]?.[0] ?? '');
    const title = (row[titleAt] ?? []).join(' ').trim();
    if (speakers.length === 0 || title.length === 0) {
      continue;
    }
    const others = row.filter((_, i) => i !== speakerAt && i !== titleAt).flat();
    rows.push({ title, speakers, lines: [title, ...(row[speakerAt] ?? []), ...others] });
  }
  return rows.length >= MIN_ROWS ? { start, end, rows } : null;
}

/**
 * The people a speaker cell names: "이름", "이름 (소속 직함)" — the bracket is their CV, kept in
 * the row's lines — or a panel "A, B, C".
 */
function speakersOfCell(cell: string): string[] {
  const bare = cell.replace(/[(（][^)）]*[)）]/g, ' ').trim();
  const one = cleanPersonName(bare);
  return one ? [one] : splitNameList(bare);
}

/** A cell's text as lines: <br> breaks a line, other tags and entities go. */
function cellLines(html: string): string[] {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
}
