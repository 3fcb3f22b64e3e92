import { cleanPersonName } from '../text/person-name.ts';

const BYLINE =
  /^\s*(?:(?:written|posted)\s+by|by|글쓴이|작성자|필자|글|author)\s*[:：]?\s*(.+?)(?:\s+on\s+.*|\s*[|·,(].*)?$/i;
/** The name after "by" later in a post's dateline: "Posted on May 2, 2023 by Jane Doe". */
const LATE_BY = /^\s*(?:posted|published|written|updated)\b[^|·\n]{0,40}?\bby\s+(.+?)(?:\s*[|·,(].*)?$/i;

/**
 * The author a post names: a byline ("By Jane Doe", "Posted by Jane Doe on …", "Posted on May 2,
 * 2023 by Jane Doe", "글쓴이: 홍길동",
 * "글: 홍길동"), or the name field of the dateline under a title ("2023년 9월 3일 · 홍길동 · 읽는 데
 * 5분") — blog templates print the author there, between the date and the read time.
 */
export function authorFromByline(lines: string[]): string | null {
  for (const line of lines) {
    const match = BYLINE.exec(line) ?? LATE_BY.exec(line);
    const name = (match?.[1] ? cleanPersonName(match[1]) : null) ?? datelineAuthor(line);
    if (name) {
      return name;
    }
  }
  return null;
}

const DATELINE_START = /^\s*(?:(?:19|20)\d\d\s*[.\-/년]\s*\d{1,2}|[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d)/;

/** A bare name standing as one field of a line that opens with a date. */
function datelineAuthor(line: string): string | null {
  if (!DATELINE_START.test(line)) {
    return null;
  }
  const fields = line.split(/\s+[·|•]\s+/).slice(1);
  for (const field of fields) {
    const name = cleanPersonName(field.trim());
    if (name) {
      return name;
    }
  }
  return null;
}
