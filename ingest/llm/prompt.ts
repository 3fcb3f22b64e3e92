/**
 * What the model is asked: the facts the rules extract, with their definitions, for notes in
 * Korean, English or both. Bump PROMPT_VERSION whenever the words change: it is part of the
 * cache key, so changed instructions are asked again rather than answered from the cache.
 */
import type { ChatMessage } from './chat-client.ts';

export const PROMPT_VERSION = 1;

const SYSTEM = `You extract facts from notes about talks, lectures and interviews in which people in AI tell their careers.
Notes may be in Korean, English, or both mixed; read either language and answer in JSON only.

Copy every name and every evidence span exactly as it is written in the text (same script, same spelling,
Korean particles removed from names: "네이버에서" → "네이버"). Never translate, romanise or correct a name.
Evidence is one sentence or line copied word for word from the text; do not shorten, join or rephrase it.
Leave out anything the text does not state. Dates are never entities: a year goes in a decision's "year".

speakers: the people who give this talk or are interviewed in it (not hosts of the event series, not
people only mentioned), with the line that shows it.

entities: every named thing of these types, with a sentence that names it:
- Person: a named individual (no honorifics or titles in the name: "김철수 교수님" → "김철수").
- Institution: a named organisation: company, university, research lab, school, public body, community,
  programme. kind is one of company, university, lab, programme, community, school, other; else null.
- Model: a named machine-learning model or architecture (BERT, GPT-4, Transformer, ResNet), not a tool or library.
- Conference: a named academic conference or workshop (NeurIPS, ACL, CVPR).
- Dataset: a named dataset or benchmark (ImageNet, SQuAD, KLUE, MMLU).
- Topic: a field or research area (natural language processing, 컴퓨터 비전, reinforcement learning).

decisions: career steps a person took, as the text tells them. person is null for the speaker of the
talk or the first-person narrator ("I", "저", "제가"); else the person's name as written. kind is one of:
- joined: started working at an organisation (a job, an internship, a move to another company).
- left: left an organisation (quit, resigned, 퇴사); "to"/"from" is the place left.
- founded: started a company or organisation (창업, co-founded).
- grad_school: entered or took a graduate programme (master's, PhD, 대학원 진학, 박사과정).
- major_change: changed field of study or of work (전과, 복수전공, switched from physics to ML).
- moved_to_academia: became a professor or academic researcher at a university.
- military_service: served in the military or an alternative service (군복무, 전문연구요원).
- study_abroad: went to study in another country (유학).
- other: another career step stated plainly.
Not decisions: plans, wishes, advice, questions, offers declined or rejected, applications without an
answer, attending an event, someone else's step when the person is not named.
year: only when the evidence states it or a relative word in it (작년, last year) fixes it; else null.
to: where the step led (for left: the place left); from: where it came from; each with type Institution or
Topic (a field); null when the text names none.

Answer with one JSON object: {"speakers": [{"name", "evidence"}], "entities": [{"type", "name", "kind",
"evidence"}], "decisions": [{"person", "kind", "year", "from", "to", "evidence"}]}. Empty lists when nothing fits.`;

export interface PromptInput {
  title: string;
  /** ISO date of the talk, or null. */
  date: string | null;
  /** The talk text, or one part of it. */
  text: string;
  /** 1-based part number and count, when the talk is cut into parts. */
  part?: { index: number; count: number };
}

/**
 * The request for one talk (or part). Only the note's own words go in, not what the rules made of
 * them, so the cache key stays the same while the rules change.
 */
export function promptMessages(input: PromptInput): ChatMessage[] {
  const header = [
    `Title: ${input.title}`,
    `Date: ${input.date ?? 'unknown'}`,
    ...(input.part ? [`Part ${input.part.index} of ${input.part.count} of the talk`] : []),
  ];
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `${header.join('\n')}\n\nText:\n"""\n${input.text}\n"""` },
  ];
}
