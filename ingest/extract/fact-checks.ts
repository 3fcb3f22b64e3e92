/**
 * What makes a cue no decision: a question, a condition, advice, a wish, a negation, someone else
 * as the subject, a bare noun in a list of motives. Precision over recall.
 */

import { mentionsIn } from './decision-context.ts';
import type { Clause, Context, Hit } from './decision-types.ts';
import { explicitYears } from './resolve-year.ts';
import type { Sentence } from './sentences.ts';

/**
 * Wishes, advice, obligations, conditions, negation: a clause holding one of these is no decision.
 * 추천 counts only as a verb (추천해요, 추천드립니다): as a noun it is a field of this genre (추천팀).
 */
const NOT_A_FACT =
  /추천(?:하|해|합|할|함|드리|드립|드려)|권하|권장|권유|해야|가야|와야|돼야|되어야|야\s*(?:한|할|하|합|겠|됨|돼)|야겠|하세요|하시길|하십시오|좋겠|좋을|좋아요|좋습니다|좋은\s*(?:것|거|듯|방법)|나을|낫다|싶|할까|을까|볼까|갈까|할지|을지|갈지|는지|건지|려면|려고|라면|다면|기\s*위해|기\s*위한|포기|거절|고민|관심|준비\s*중|\bdeclined\b|\bturned down\b|\bshould\b|\brecommend|\bwould\b|\bcould\b|\bmight\b|\bwants?\s+to\b|\bwanted\s+to\b|\bhope|\bconsider|\bif\b|\bunless\b|\bnot\b|\bnever\b|n't\b/i;
/** The same, minus the plan markers a plan is made of. */
const NOT_A_PLAN =
  /추천(?:하|해|합|할|함|드리|드립|드려)|권하|권장|권유|할까|을까|할지|을지|는지|라면|다면|려면|\bshould\b|\bif\b|\brecommend/i;
const MODAL = /수\s*(?:있|없)|\bcan\b|\bcould\b/;
const REALIZED =
  /(?:었|았|였|했|됐|웠|렸|졌)(?:음|다|습니다|어요|고|는데|지만|으며)|되었|하게\s*됨|게\s*됨|\b(?:was|were|did|had|joined|left|became|started|moved)\b/;
/** Right after the cue: a topic marker (대학원 진학은…), a generic "people who…", a reported fact, a state, a negation, a condition. */
const AFTER_CUE_NOT_A_FACT = [
  /^(?:은|는)(?=\s|$)/,
  /^[가-힣]{0,3}\s*(?:사람|분들?|경우|친구|학생|사례|케이스|이들)(?:[이가은는도들]|\s|$)/,
  /^[가-힣]{0,3}다는\s*(?:점|것|게|거|이야기|얘기|말|사실)/,
  /^[가-힣]{0,3}\s*중(?:이|에|인|\s|$)/,
  /^[가-힣]{0,4}(?:지\s*않|지\s*못|지\s*말|진\s*않)/,
  /^[가-힣]{0,4}?(?:면|려면|라면|다면)(?=[\s,]|$)/,
];
/**
 * Someone else is the subject: 친구가 입사했다, 두 분이 나가시고, 지도교수님이 옮기셨다, people who joined.
 * In a reported talk honorific verbs are the speaker's, so these honoured others must be told apart.
 */
const OTHER_SUBJECT =
  /(?:^|\s)(?:(?:두|세|네|그|이|저|몇|여러|한)\s*)?분들?(?:이|은|는|도|께서)(?=\s)|(?:^|\s)(?:친구|선배|후배|동기|동료|지인|사람|학생|누군가|형|언니|누나|오빠|동생|아버지|어머니|부모님|아내|남편|지도\s?교수|사수|상사|팀장|아버|어머)(?:님)?들?(?:이|가|은|는|도|께서)(?=\s)|\b(?:they|people|students|my friend|a friend)\b/i;
/** The narrator taking over as subject: "they were hiring and I joined", "친구는 … 저는 입사". */
const FIRST_PERSON = /\b(?:I|we)\b|(?:^|\s)(?:나는|저는|제가|내가|나도|저도|우리는)(?=\s)/g;

/** The text after its last first-person subject: someone else named before it is no longer the subject. */
function afterLastFirstPerson(text: string): string {
  let end = 0;
  for (const match of text.matchAll(FIRST_PERSON)) {
    end = match.index + match[0].length;
  }
  return text.slice(end);
}
export const HONORIFIC_VERB = /[하되가오기나왔갔](?:시[고며게는다지어니면]|셨|셔|신|심)/;
export const TITLE_SUBJECT =
  /(?:^|\s)(?:교수님|마스터님?|연사님?|강연자|강사님|선생님)(?:은|는|이|께서|도)?(?=\s)/;
/** Korean nouns that end in 면 but are no condition. */
const NOT_A_CONDITION = /(?:반|측|방|전|이|화|표|국|지|평|장|내|외|당|대|직|라|보)면$/;

/** A table row ending in a full date is a list of dated links (related posts), not the story. */
export const DATED_LINK_ROW = /\|\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\.?\s*\|?\s*$/;

export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/[?？]["')\]\s]*$/.test(trimmed)) {
    // "…회사를 왜 옮겼냐면?" asks nothing: it announces the reason.
    return !/(?:냐면|냐하면|냐구요|냐고요)\s*[?？]/.test(trimmed);
  }
  return /궁금|어떻게\s*생각하|어떠신가요|여쭤|^\**\s*Q\s*[.:)\d]|(?:나요|까요|인가요|는지요)[.!\s]*$/.test(
    trimmed,
  );
}

/**
 * A step not taken, in the clipped style of notes: "박사는 안 함", "안 갔음", "계획 없음", "생각이 없었다".
 * 안 as a word of its own before a verb; 안에/안의 (inside) are no negation.
 */
const NOT_TAKEN =
  /(?<![가-힣])안\s+(?:함|했|하|해|갔|가|감|됨|됐|갈|할)|(?:계획|생각|의향|마음)(?:은|이|도)?\s*(?:전혀\s*)?없/;
/** What would have been: "복수전공 했을 것", "갔더라면", "했을 텐데" — a regret, not a step. */
const COUNTERFACTUAL = /(?:었|았|였|했|갔|랐)을\s*(?:것|거|텐데|듯)|(?:었|았|였|했|갔)더라면/;

export function rejected(ctx: Context, sentence: Sentence, clause: Clause, hit: Hit): boolean {
  const before = clause.text.slice(0, hit.start - clause.start);
  const after = clause.text.slice(hit.end - clause.start);
  if (conditionBefore(sentence, hit) || OTHER_SUBJECT.test(afterLastFirstPerson(before))) {
    return true;
  }
  // An aside is about the telling ("(몇 년도인지는 말씀 안 하심)"), not about the step.
  const said = clause.text.replace(/\([^)]*\)?/g, ' ');
  if (NOT_TAKEN.test(said) || onSentence(sentence).counterfactual) {
    return true;
  }
  if (hit.cue.tag === 'plan') {
    return NOT_A_PLAN.test(clause.text);
  }
  if (bareListItem(ctx, sentence, clause, hit)) {
    return true;
  }
  if (NOT_A_FACT.test(clause.text) || AFTER_CUE_NOT_A_FACT.some((pattern) => pattern.test(after))) {
    return true;
  }
  return MODAL.test(after) && !onSentence(sentence).realized;
}

const BARE_CUE_NOUN =
  /(?:입사|합류|취업|취직|이직|인턴|창업|설립|창립|퇴사|전과|입학|진학|임용|부임|입대|전역|복무|편입|유학|출국)\s*$/;

/**
 * A bare cue noun listed before a comma with neither a place nor a year ("원동력: 대학원 땐 취업, …")
 * names a motive or a topic; "2019년 카카오 입사, 2021년 …" is a list of steps and stays.
 */
function bareListItem(ctx: Context, sentence: Sentence, clause: Clause, hit: Hit): boolean {
  // The cue noun ends the text before the hit's end, spaces aside: read there, not from the
  // sentence start (every noun it lists is two syllables).
  let end = hit.end - sentence.start;
  while (end > 0 && /\s/.test(sentence.text[end - 1] as string)) {
    end -= 1;
  }
  const bare = BARE_CUE_NOUN.test(sentence.text.slice(Math.max(0, end - 2), hit.end - sentence.start));
  const listed = /^\s*[,;·/]/.test(sentence.text.slice(hit.end - sentence.start));
  return (
    bare &&
    listed &&
    !(mentionsIn(ctx, clause, 'Institution').length > 0 || explicitYears(clause.text).length > 0)
  );
}

/**
 * A condition before the cue in the sentence (…하면, …라면, if …) makes the rest hypothetical: in
 * `before`, the sentence up to the cue, "if" as a word, or a word ending in 면 before a space, a
 * comma or the end of `before` that is no noun (NOT_A_CONDITION).
 */
export function conditionBefore(sentence: Sentence, hit: Hit): boolean {
  const length = hit.start - sentence.start;
  const { ifEnd, ifEnds, conditionEnd } = onSentence(sentence);
  // What ends where `before` ends counts even when the sentence goes on: "if" then a letter,
  // a word in 면 then one more syllable or a period.
  return (
    ifEnd <= length || ifEnds.has(length) || conditionEnd < length || endsInCondition(sentence.text, length)
  );
}

/**
 * Where the first Hangul word ending in a conditional 면 before a space or a comma ends (what
 * `/[가-힣]*면(?=[\s,])/g` finds, NOT_A_CONDITION aside), Infinity when none. Read word by word:
 * that expression starts again at every syllable of a long run of Hangul with no space in it.
 */
function firstCondition(text: string): number {
  for (let end = text.indexOf('면'); end >= 0; end = text.indexOf('면', end + 1)) {
    const next = text[end + 1];
    if (next !== undefined && (next === ',' || /\s/.test(next)) && endsInCondition(text, end + 1)) {
      return end + 1;
    }
  }
  return Number.POSITIVE_INFINITY;
}

function endsInCondition(text: string, length: number): boolean {
  return text[length - 1] === '면' && !(length >= 2 && NOT_A_CONDITION.test(text.slice(length - 2, length)));
}

interface SentenceFacts {
  counterfactual: boolean;
  realized: boolean;
  /** Where the first "if" ending a word ends; Infinity when none. */
  ifEnd: number;
  /** Where each "if" starting a word ends, whatever follows. */
  ifEnds: Set<number>;
  /** Where the first Hangul word ending in a conditional 면 before a space or comma ends; Infinity when none. */
  conditionEnd: number;
}

/**
 * What the checks read in a whole sentence, once: a cue asked them of the sentence (or of the
 * sentence up to it) every time, and a note with no sentence breaks is one sentence of thousands of cues.
 */
const factsBySentence = new WeakMap<Sentence, SentenceFacts>();

function onSentence(sentence: Sentence): SentenceFacts {
  let facts = factsBySentence.get(sentence);
  if (!facts) {
    const text = sentence.text;
    const ifWord = /\b(?:if|unless|whether)\b/i.exec(text);
    facts = {
      counterfactual: COUNTERFACTUAL.test(text),
      realized: REALIZED.test(text),
      ifEnd: ifWord ? ifWord.index + ifWord[0].length : Number.POSITIVE_INFINITY,
      ifEnds: new Set([...text.matchAll(/\b(?:if|unless|whether)/gi)].map((m) => m.index + m[0].length)),
      conditionEnd: firstCondition(text),
    };
    factsBySentence.set(sentence, facts);
  }
  return facts;
}
