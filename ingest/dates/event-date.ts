import { asLabelLine } from '../speakers/speaker-labels.ts';
import { parseDateText } from './resolve-talk-date.ts';

/**
 * The date a note labels as its event's — "일시: 2024.03.09 (토)", "- 녹음: 2022년 8월 30일 / 공개: …",
 * a Notion property row "| 날짜 | 2023년 11월 22일 |", "Recorded: March 3, 2021". A blog puts its
 * post date by the title and the event's date in a labelled line further down; the label says
 * which is which, so it beats the post date wherever it sits near the top.
 */
const EVENT_LABEL =
  /^(?:[-*•>]\s*)*(?:\*\*)?(?:일시|날짜|일자|행사일|행사\s*일시|강연일|방송일|녹음일?|녹화일?|촬영일?|진행일|date|when|recorded|held(?:\s+on)?)(?:\*\*)?\s*[:：]\s*(.+)$/i;
/** What follows another field on the same line: "녹음: … / 공개: …" keeps only the first. */
const NEXT_FIELD = /\s+[/|·]\s+\S+\s*[:：]/;

const SCAN_LINES = 40;

export function labelledEventDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, SCAN_LINES)) {
    const value = EVENT_LABEL.exec(asLabelLine(line).trim())?.[1];
    const first = value?.split(NEXT_FIELD)[0];
    const date = first ? parseDateText(first) : null;
    // A day is the event's; a bare month ("2023년 10월호") is as likely an issue or a period.
    if (date && date.length === 10) {
      return date;
    }
  }
  return null;
}
