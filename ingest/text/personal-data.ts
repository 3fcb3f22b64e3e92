/**
 * E-mail addresses and phone numbers are personal data: the graph never stores them and no
 * snippet shows them, so they are cut from a note's text before anything reads it.
 */

const EMAIL =
  /[\p{L}\p{N}._%+-]+(?:@|＠|\s*\[at\]\s*|\s*\(at\)\s*)[\p{L}\p{N}-]+(?:(?:\.|\s*\[dot\]\s*|\s*\(dot\)\s*)[\p{L}\p{N}-]+)+/giu;

const PHONES = [
  // Korean mobiles, with or without separators: 010-1234-5678, 01012345678, +82 10 1234 5678.
  /(?<![\d+])(?:\+82[-.\s]?0?|0)1[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)/g,
  // Korean landlines need separators, so that plain numbers are not taken: 02-123-4567, (031) 123-4567.
  /(?<![\d+])(?:\+82[-.\s]?\(?0?|\(?0)(?:2|[3-6][1-5])\)?[-.\s]\s?\d{3,4}[-.\s]\d{4}(?!\d)/g,
  // International with a country code: +1 415 555 0134, +44 20 7946 0958.
  /(?<!\d)\+\d{1,3}[-.\s]\(?\d{1,4}\)?[-.\s]\d{2,4}[-.\s]\d{3,4}(?:[-.\s]\d{2,4})?(?!\d)/g,
  // North American: (415) 555-0134, 415-555-0134, 415.555.0134.
  /(?<!\d)\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)/g,
  /(?<![\d-])\d{3}[-.]\d{3}[-.]\d{4}(?![\d-])/g,
];

/** A label left alone once its value is cut ("E-mail:", "연락처 :", "Tel."), not a sentence. */
function isOrphanLabel(text: string): boolean {
  return (
    /^[\p{L}\s.()/-]{0,20}[:：.]?$/u.test(text) && text.split(/\s+/).length <= 3 && !/[다요]\.?$/.test(text)
  );
}

/** The text without e-mail addresses or phone numbers; a line left holding only a label goes too. */
export function removePersonalData(text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const cleaned = removeFromLine(line);
    if (cleaned === line) {
      kept.push(line);
    } else if (cleaned.trim().length > 0 && !isOrphanLabel(cleaned.trim())) {
      kept.push(cleaned);
    }
  }
  return kept.join('\n');
}

function removeFromLine(line: string): string {
  // Cheap guards first: the patterns backtrack on long runs of letters or digits.
  let out = /@|＠|\(at\)|\[at\]/i.test(line) ? line.replace(EMAIL, '') : line;
  if (/\d{3}/.test(out)) {
    for (const phone of PHONES) {
      out = out.replace(phone, '');
    }
  }
  return out === line ? line : out.replace(/[ \t]{2,}/g, ' ').replace(/\(\s*\)|\[\s*\]/g, '');
}

/** True when the text still holds something shaped like an e-mail address or a phone number. */
export function containsPersonalData(text: string): boolean {
  return text.split('\n').some((line) => removeFromLine(line) !== line);
}
