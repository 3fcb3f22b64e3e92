/**
 * The note-taker's own asides in notes of someone else's talk: "(나: 나는 작년에 입대했다…)",
 * "내 생각: …", "개인적으로 …" at the start of a line. What is said there is the writer's story,
 * not the speaker's, so a step told in it belongs to the (usually unnamed) note-taker.
 */

/** Stands for the note's writer as the person of a decision; graph-rows maps it to the author. */
export const NOTE_TAKER = '\u0000note-taker';

const ASIDE_OPEN = /\(\s*(?:나|내\s?생각|사견|개인적(?:인\s?생각|으로)?|me|my take)\s*[:：]/giu;
const ASIDE_LINE =
  /^\s*(?:[-*•>]\s*)?(?:\*\*)?(?:나|내\s?생각|사견|개인적인\s?생각|느낀\s?점|my take)(?:\*\*)?\s*[:：]/iu;

/** Whether `offset` of `text` sits in a note-taker's aside (an open aside parenthesis, or an aside line). */
export function inNoteTakersAside(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // A sentence may open with the aside's own parenthesis: look a little past its start.
  const head = text.slice(lineStart, offset + 12);
  if (ASIDE_LINE.test(head)) {
    return true;
  }
  let open = -1;
  for (const match of head.matchAll(ASIDE_OPEN)) {
    if (match.index <= offset - lineStart) {
      open = match.index;
    }
  }
  return open >= 0 && !text.slice(lineStart + open, offset).includes(')');
}
