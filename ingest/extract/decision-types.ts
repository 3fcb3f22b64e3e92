/**
 * The working shapes of the decision extractor: cues, clauses, hits and candidate decisions, and
 * the per-talk context every step reads.
 */
import type { DecisionKind } from '../../graph/model.ts';
import type { Sentence } from './sentences.ts';
import type { TextLines } from './text-lines.ts';
import type { ExtractedDecision, Mention } from './types.ts';

export interface DecisionInput {
  text: string;
  /** The talk's date (ISO), for relative years (작년, 올해); null when unknown. */
  date: string | null;
  mentions: Mention[];
  /** Speakers' names: a sentence about a speaker is the narrator's own (person null). */
  speakers: string[];
  /**
   * Who tells the talk: 'speaker' when a note-taker reports someone's talk (their honorific verbs,
   * 하셨다, are about that speaker), 'author' when the writer tells their own story.
   * @default 'author'
   */
  narrator?: 'speaker' | 'author';
  /** The talk's title: a title naming the talk's themes ("유학, 빅테크, 그리고 창업") states no step. */
  title?: string;
}

export type Tag =
  | 'major'
  | 'double-major'
  | 'grad'
  | 'join'
  | 'enter'
  | 'move'
  | 'intern'
  | 'leave'
  | 'found'
  | 'academia'
  | 'military'
  | 'abroad'
  | 'abroad-visit'
  | 'depart'
  | 'competition'
  | 'program'
  | 'conference'
  | 'cv'
  /** A résumé line with no date: it says where, and leaves how (a move, a first job) to the story. */
  | 'cv-line'
  | 'plan';

export interface Cue {
  kind: DecisionKind;
  tag: Tag;
  pattern: RegExp;
  /** Dropped unless an institution is found (English verbs such as "joined", "left" are too vague alone). */
  needsPlace?: boolean;
  /** Dropped unless it names where the step went ("left X for Y": a job only when Y is an institution). */
  needsTo?: boolean;
  /** The institution must follow the verb at once ("moved to KAIST", not "moved to NLP | UW"). */
  placeRightAfter?: boolean;
  /** Tells the end of the step (학위를 받았다, got my PhD): the year written with it is not the step's. */
  ended?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  text: string;
}

export interface Hit extends Span {
  cue: Cue;
  clause: Clause;
}

export interface Candidate {
  decision: ExtractedDecision;
  tag: Tag;
  /** Where the cue starts in the text (of the first telling). */
  cueStart: number;
  /** Indices of the sentences folded into this decision. */
  sentences: number[];
  anchored: boolean;
  toKind: string | null;
  /** The role it was taken in, when the clause says ("연구원으로 입사", "교수로 임용", "as a professor"). */
  role: string | null;
  /** Words in its sentence tying military service to a job (전문연구요원, 같이, 병행…). */
  linked: boolean;
}

export interface Context {
  text: string;
  sentences: Sentence[];
  sections: Array<number | null>;
  talkYear: number | null;
  /** Non-overlapping, in text order. */
  mentions: Mention[];
  /** `mentions` by type (for `mentionsIn`). */
  mentionsByType: Map<Mention['type'], Mention[]>;
  lines: TextLines;
  speakers: string[];
  /** The speakers as named by the talk, for a panel whose sentences name which speaker moved. */
  speakerNames: string[];
  /** True when the talk reports a named speaker: honorific verbs then refer to them. */
  reported: boolean;
  /** The talk's title, normalised; '' when unknown. */
  title: string;
}
