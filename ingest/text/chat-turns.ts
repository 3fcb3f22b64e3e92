import { cleanPersonName } from './person-name.ts';

/**
 * One turn of a transcript or a chat export: who said it and what. The genre saves talks as
 * podcast transcripts ("[00:01:23] 김OO: …") and as group-chat exports (KakaoTalk on PC
 * "[김OO] [오후 8:08] …", on a phone "2024. 5. 14. 오후 8:08, 김OO : …", Slack or Discord copies
 * "[8:08 PM] Jane Doe: …"); they differ only in where the time and the name sit.
 */
export interface Turn {
  /** The label as written (a name, "진행자", "Q"). */
  label: string;
  /** What was said, without the label and the time. */
  said: string;
  /** Whether the line carries a time: a page of timed turns is a transcript even with prose around. */
  timed: boolean;
}

const CLOCK = String.raw`(?:(?:오전|오후|AM|PM|am|pm)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|am|pm))?`;
/** "2024. 5. 14.", "2024-05-14", "2024년 5월 14일" before a phone export's time. */
const DAY = String.raw`(?:\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*)`;

/** "[김OO] [오후 8:08] text": KakaoTalk on PC puts the name first, both in brackets. */
const NAME_THEN_CLOCK = new RegExp(String.raw`^\s*\[([^\]\n]{1,24})\]\s*\[${CLOCK}\]\s*(\S.*)$`, 'u');
/** "2024. 5. 14. 오후 8:08, 김OO : text": the phone export, a comma after the time. */
const CLOCK_COMMA_NAME = new RegExp(
  String.raw`^\s*${DAY}?${CLOCK}\s*,\s*([^:：\n]{1,24}?)\s*[:：]\s*(\S.*)$`,
  'u',
);
/** "[00:01:23] Name: text", "00:01 Name - text", "[2024-05-14 20:08] Name: text", "Name: text". */
const CLOCK_THEN_NAME = new RegExp(
  String.raw`^\s*(?:[[(]?${DAY}?${CLOCK}[\])]?\s*[-–]?\s*)?(?:\*\*)?([^:：\]\n]{1,24}?)(?:\*\*)?\s*[:：]\s*(\S.*)$`,
  'u',
);
const TIMESTAMP = new RegExp(
  String.raw`^\s*[[(]?(?:${DAY})?${CLOCK}|^\s*\[[^\]]{1,24}\]\s*\[${CLOCK}\]`,
  'u',
);

export function parseTurn(line: string): Turn | null {
  const match = NAME_THEN_CLOCK.exec(line) ?? CLOCK_COMMA_NAME.exec(line) ?? CLOCK_THEN_NAME.exec(line);
  const label = match?.[1]?.trim();
  if (!match || !label) {
    return null;
  }
  return { label, said: match[2] ?? '', timed: TIMESTAMP.test(line) };
}

/** Who asks or runs the room rather than tells: hosts, moderators, the organisers, the audience. */
export const HOST_LABEL =
  /^(?:진행자?|사회자?|mc|엠씨|호스트|인터뷰어|질문자?|청중|관객|기자|에디터|편집자|패널|운영진|운영자|운영팀|주최|매니저|모더레이터|방장|봇|q|a|host|moderator|mod|interviewer|audience|reporter|editor|question|answer|organi[sz]er|admin|bot)\s*\d*$/iu;

/** The person a turn's label names, or null for a role label or no name. */
export function turnPerson(turn: Turn): string | null {
  return HOST_LABEL.test(turn.label) ? null : cleanPersonName(turn.label);
}

/** Labels of those who ask: their turns may name the guest's steps, but only as questions. */
const ASKER_LABEL =
  /^(?:진행자?|사회자?|mc|엠씨|호스트|인터뷰어|질문자?|청중|관객|기자|에디터|패널|운영진|모더레이터|q|host|moderator|interviewer|audience|reporter|question)\s*\d*$/iu;

/**
 * Whether a line is a turn of someone other than the talk's speakers: a host's "창업을
 * 하셨잖아요" only echoes what the guest says in their own turn, and a mentee's "저는 인턴
 * 지원했는데" is the mentee's, not the mentor's. Without known speakers nothing is excluded.
 */
export function isOthersTurn(line: string, isSpeaker: (name: string) => boolean): boolean {
  const turn = parseTurn(line);
  if (!turn) {
    return false;
  }
  if (ASKER_LABEL.test(turn.label)) {
    return true;
  }
  const person = turnPerson(turn);
  return person !== null && !isSpeaker(person);
}
