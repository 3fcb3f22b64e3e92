import { cleanPersonName } from './person-name.ts';

/**
 * The guest of a transcript: lines shaped "[00:01:23] 김OO: …" (or "김OO: …" without a time), where
 * the one who talks most — not counting the host, the interviewer or the audience — is the speaker.
 */

/** "[00:01:23] Name: text", "00:01 Name - text", "(1:02:03) Name: text", "Name: text". */
const TURN =
  /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–]?\s*)?(?:\*\*)?([^:：\]\n]{1,24}?)(?:\*\*)?\s*[:：]\s*\S/u;
const TIMESTAMP = /^\s*[[(]?\d{1,2}:\d{2}/;
/** Who asks rather than tells. */
const HOST =
  /^(?:진행자?|사회자?|mc|엠씨|호스트|인터뷰어|질문자?|청중|관객|기자|에디터|편집자|패널|q|a|host|moderator|interviewer|audience|reporter|editor|question|answer)\s*\d*$/iu;
/** Label-like words that are no one's turn ("일시: …", "Note: …"). */
const NOT_A_TURN =
  /^(?:일시|날짜|장소|시간|길이|정리|기록|출처|참고|주의|메모|방송일|date|time|place|source|note|notes|link|tags?)$/iu;

const MIN_TURNS = 3;

/**
 * The guest of a transcript, and any co-guest who says nearly as much; [] when the text is no
 * transcript. Amount is measured in characters: a named interviewer asks as often as the guest
 * answers, but says far less.
 */
export function transcriptSpeakers(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const said = new Map<string, { turns: number; chars: number }>();
  let timed = 0;
  let labelled = 0;
  for (const line of lines) {
    const match = TURN.exec(line);
    const label = match?.[1]?.trim();
    if (!match || !label || NOT_A_TURN.test(label)) {
      continue;
    }
    labelled += 1;
    timed += TIMESTAMP.test(line) ? 1 : 0;
    const name = HOST.test(label) ? null : cleanPersonName(label);
    if (name) {
      const known = said.get(name) ?? { turns: 0, chars: 0 };
      said.set(name, { turns: known.turns + 1, chars: known.chars + line.length - match[0].length });
    }
  }
  // Without time stamps, only a page of mostly labelled turns reads as a transcript.
  if (labelled < MIN_TURNS || (timed < MIN_TURNS && labelled < lines.length / 2)) {
    return [];
  }
  const top = Math.max(0, ...[...said.values()].map((s) => s.chars));
  return [...said]
    .filter(([, s]) => s.turns >= 2 && s.chars * 2 >= top)
    .sort((a, b) => b[1].chars - a[1].chars)
    .map(([name]) => name);
}
