import { parseTurn, turnPerson } from '../text/chat-turns.ts';

/**
 * The guest of a transcript or a chat export: lines shaped "[00:01:23] 김OO: …", "[김OO] [오후 8:08] …"
 * (or "김OO: …" without a time), where the one who talks most — not counting the host, the
 * moderator, the organisers or the audience — is the speaker.
 */

/** Label-like words that are no one's turn ("일시: …", "Note: …"). */
const NOT_A_TURN =
  /^(?:일시|날짜|장소|시간|길이|정리|기록|출처|참고|주의|메모|방송일|녹음|공개|저장한 날짜|date|time|place|source|note|notes|link|tags?)$/iu;

const MIN_TURNS = 3;

/**
 * The guest of a transcript, and any co-guest who says nearly as much; [] when the text is no
 * transcript. Amount is measured in characters: a named interviewer asks as often as the guest
 * answers, but says far less; in a mentoring chat the mentees ask many short questions.
 */
export function transcriptSpeakers(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const said = new Map<string, { turns: number; chars: number }>();
  let timed = 0;
  let labelled = 0;
  for (const line of lines) {
    const turn = parseTurn(line);
    if (!turn || NOT_A_TURN.test(turn.label)) {
      continue;
    }
    labelled += 1;
    timed += turn.timed ? 1 : 0;
    const name = turnPerson(turn);
    if (name) {
      const known = said.get(name) ?? { turns: 0, chars: 0 };
      said.set(name, { turns: known.turns + 1, chars: known.chars + turn.said.length });
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
