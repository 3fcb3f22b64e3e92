/**
 * Career decisions (전과, 대학원, 입사, 창업, 군복무, 유학…) and affiliations, from sentence-level
 * rules over a talk's text and the entity mentions found in it. Deterministic and explainable:
 * every decision keeps the sentence it came from. Precision over recall: a question, a condition,
 * advice to students, a wish or someone else's step is not the narrator's decision.
 */
import type { DecisionKind } from '../../graph/model.ts';
import { explicitYears, type ResolvedYear, resolveYear, sectionYears, talkYearOf } from './resolve-year.ts';
import { type Sentence, splitSentences, toEvidence } from './sentences.ts';
import type { ExtractedAffiliation, ExtractedDecision, Mention, Place } from './types.ts';

export interface DecisionInput {
  text: string;
  /** The talk's date (ISO), for relative years (작년, 올해); null when unknown. */
  date: string | null;
  mentions: Mention[];
  /** Speakers' names: a sentence about a speaker is the narrator's own (person null). */
  speakers: string[];
}

export interface DecisionOutput {
  decisions: ExtractedDecision[];
  affiliations: ExtractedAffiliation[];
}

type Tag =
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
  | 'competition'
  | 'program'
  | 'conference'
  | 'cv'
  | 'plan';

interface Cue {
  kind: DecisionKind;
  tag: Tag;
  pattern: RegExp;
  /** Dropped unless an institution is found (English verbs such as "joined", "left" are too vague alone). */
  needsPlace?: boolean;
  /** The institution must follow the verb at once ("moved to KAIST", not "moved to NLP | UW"). */
  placeRightAfter?: boolean;
  /** Tells the end of the step (학위를 받았다, got my PhD): the year written with it is not the step's. */
  ended?: boolean;
}

interface Span {
  start: number;
  end: number;
}

interface Clause extends Span {
  text: string;
}

interface Hit extends Span {
  cue: Cue;
  clause: Clause;
}

interface Candidate {
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

interface Context {
  text: string;
  sentences: Sentence[];
  sections: Array<number | null>;
  talkYear: number | null;
  mentions: Mention[];
  speakers: string[];
}

/**
 * Korean verb endings that state that something happened or was decided (not wished, not asked),
 * or the bare noun closing a note-style line ("2019 카카오 입사", "퇴사 후 창업").
 */
const DID =
  '(?:(?=\\s*(?:[.,;)\\]|(·]|$|(?:후|뒤|이후)(?:[\\s,]|$)))|했|하였|하게|하기로|하고|하여|해서|하면서|한|함|하던|했었|하시|하셨|하신|하심|되었|됐|되|결정|확정|을\\s*하|를\\s*하|을\\s*결정|를\\s*결정|을\\s*선택)';

function ko(source: string): RegExp {
  return new RegExp(source.replaceAll('DID', DID), 'i');
}

/** Notes wrap lines anywhere: a space in a cue matches any run of whitespace. */
function spaced(cue: Cue): Cue {
  return { ...cue, pattern: new RegExp(cue.pattern.source.replaceAll(' ', '\\s+'), cue.pattern.flags) };
}

/** Cues by priority: when several match one clause, the first kind wins (a PhD abroad is study abroad). */
const CUES: readonly Cue[] = (
  [
    {
      kind: 'other',
      tag: 'plan',
      pattern:
        /(?:박사|석사|대학원|유학|창업|입사|이직|취업|진학|입학)[^,.]{0,15}?(?:목표|계획|예정|하려고|할\s*생각|준비\s*중|준비하고\s*있)|\b(?:plan(?:s|ning)?|going|intend(?:s|ing)?)\s+to\s+(?:start|apply|pursue|do|join|found)\b/i,
    },
    {
      kind: 'study_abroad',
      tag: 'abroad',
      pattern: ko('유학(?:을|를|길에|길을)?\\s*(?:가|갔|떠나|떠났|왔|DID|생활)'),
    },
    {
      kind: 'study_abroad',
      tag: 'abroad',
      pattern: ko('교환\\s*학생(?:으로|을)?\\s*(?:다녀|갔|가게|가서|파견|선발|DID)'),
    },
    {
      kind: 'study_abroad',
      tag: 'abroad',
      pattern:
        /\bstud(?:y|ied|ying) abroad\b|\bexchange student\b|\b(?:went|moved|headed) (?:abroad |to (?:the )?\S+(?: \S+)? )to (?:study|pursue)\b|\bmoved to (?:the\s+)?(?:US|U\.S\.|United States|States|UK|Canada|Europe|America|Germany|Japan)\b/i,
    },
    {
      kind: 'moved_to_academia',
      tag: 'academia',
      pattern: ko('교수(?:로|가)?\\s*(?:임용|부임|되|됐|채용|오게|가게|옮기|옮겼)'),
    },
    {
      kind: 'moved_to_academia',
      tag: 'academia',
      pattern: ko('(?:임용|부임)(?:이|을|를)?\\s*(?:되|됐|받|DID)'),
    },
    {
      kind: 'moved_to_academia',
      tag: 'move',
      pattern: ko('학교로\\s*(?:옮기|옮겼|옮겨|옮긴|가게|오게|돌아)'),
    },
    {
      kind: 'moved_to_academia',
      tag: 'academia',
      pattern:
        /\b(?:became|become|joined\s+(?:\S+\s+){1,5}?as)\s+(?:an?\s+)?(?:assistant\s+|associate\s+|full\s+)?(?:professor|faculty member|lecturer)\b|\bjoined the faculty\b|\b(?:took|accepted) a (?:faculty|tenure-track) position\b|\bmoved (?:back )?to academia\b/i,
    },
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern: ko(
        '(?:대학원|석박사\\s*통합|석박\\s*통합|석박사|석박|석사|박사|PhD|Ph\\.D\\.?)(?:\\s*과정)?(?:을|를|에|으로|로)?\\s*(?:진학|입학|합격|들어가|들어갔|들어왔|가게|가기로|갔|가서|다니게|다니기\\s*시작|밟기\\s*시작|밟았|밟게|시작|지원(?:했|하게|하기로|해서)|붙|생활을\\s*(?:하기\\s*)?시작)',
      ),
    },
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern: /(?:석박사|석사|박사)(?:\s*과정)?(?:을|를)\s*(?:했|하였|하게\s*되)/,
    },
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern:
        /(?:석사|박사)\s*학위(?:를|을)?\s*(?:받|취득|땄)|\b(?:got|received|earned|completed) (?:my|his|her|a) (?:PhD|Ph\.D\.|doctorate|master['’]?s)\b/i,
      ended: true,
    },
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern:
        /\b(?:did|decided to (?:do|pursue|start)|chose to (?:do|pursue))\s+(?:a|an|my|his|her)\s+(?:PhD|Ph\.D\.|doctorate|master['’]?s)\b|\b(?:started|began|entered|enrolled in|went to|got into|was admitted to|admitted to|accepted into|accepted to|applied to|pursued|joined)\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+)?(?:PhD|Ph\.D\.|doctoral|master['’]?s|graduate|grad)\b|\b(?:moved|went|came|headed) to (?:\S+ ){1,3}?for (?:my |a |his |her )?(?:graduate|grad|doctoral|PhD|Ph\.D\.|master['’]?s)\b/i,
    },
    { kind: 'founded', tag: 'found', pattern: ko('(?:공동\\s*)?창업(?:을|를)?\\s*DID') },
    { kind: 'founded', tag: 'found', pattern: ko('(?:설립|창립)(?:을|를)?\\s*DID') },
    {
      kind: 'founded',
      tag: 'found',
      pattern:
        /(?:회사|스타트업|법인|사업)(?:을|를)\s*(?:차렸|차리게|차리고|차린|세웠|세우게|세운|시작했|시작하게|만들었)/,
    },
    {
      kind: 'founded',
      tag: 'found',
      pattern: /(?:공동\s*)?창업자|\b(?:co-?)?founder (?:and [A-Za-z]+ )?of\b/i,
      needsPlace: true,
    },
    {
      kind: 'founded',
      tag: 'found',
      pattern:
        /\b(?:co-?founded|founded|(?:started|set up|launched) (?:a|his|her|my|our|their) (?:own )?(?:company|startup))\b/i,
    },
    { kind: 'left', tag: 'leave', pattern: ko('퇴사(?:를|을)?\\s*DID') },
    {
      kind: 'left',
      tag: 'leave',
      pattern:
        /(?:회사|직장)(?:을|를|에서)\s*(?:나와|나왔|나오게|나온|나가|나갔|떠나게|떠났|떠나기로|떠나서|그만)/,
    },
    {
      kind: 'left',
      tag: 'leave',
      pattern: /\b(?:left|quit)\s+(?:my|his|her|their)\s+(?:job|position|company|PhD|program)\b/i,
    },
    { kind: 'left', tag: 'leave', pattern: /\b(?:left|quit|resigned from)\b/i, needsPlace: true },
    {
      kind: 'military_service',
      tag: 'military',
      pattern:
        /군\s*복무|병역\s*(?:특례|의무를|을|를)|전문\s*연구\s*요원|산업\s*기능\s*요원|대체\s*복무|입대(?:를|을)?\s*(?:했|하|해|후)|전역(?:을|를)?\s*(?:했|하고|하여|후)|군대(?:에|를)?\s*(?:갔|가게|다녀|가서)|복무(?:를|을)?\s*(?:했|하였|하게|하며|하면서|마치|마쳤|시작)|(?:카투사|KATUSA|공군|육군|해군)(?:로|으로|에)?\s*(?:입대|복무|다녀|갔)|\bmilitary service\b|\benlisted\b|\bconscripted\b|\bserved in the (?:army|military|navy|air force)\b/i,
    },
    { kind: 'joined', tag: 'join', pattern: ko('(?:입사|합류)(?:를|을)?\\s*DID') },
    { kind: 'joined', tag: 'join', pattern: ko('(?:취업|취직)(?:을|이|를)?\\s*DID') },
    { kind: 'joined', tag: 'move', pattern: ko('이직(?:을|를)?\\s*DID') },
    { kind: 'joined', tag: 'intern', pattern: ko('인턴(?:십)?(?:을|를|으로|로)?\\s*(?:시작|근무|DID)') },
    {
      kind: 'joined',
      tag: 'intern',
      pattern: /\binterned (?:at|with)\b|\b(?:an|my|his|her) internship (?:at|with)\b/i,
      needsPlace: true,
    },
    { kind: 'joined', tag: 'join', pattern: /조인(?:했|하게|하였)/ },
    {
      kind: 'joined',
      tag: 'join',
      pattern:
        /(?:오퍼|제안)(?:을|를)\s*(?:수락|받아들)|채용(?:되|됐)|첫\s*(?:직장|회사)(?:은|는|이|으로|로)/,
    },
    {
      kind: 'joined',
      tag: 'join',
      pattern:
        /\b(?:got|landed|found|took) (?:a|my first|his first|her first) (?:job|position|role) (?:at|with)\b|\bstarted (?:my|his|her) career (?:at|with)\b|\b(?:have|has|had|'ve|'s) been (?:working )?(?:at|with)\b|\bworked (?:at|for)\b/i,
      needsPlace: true,
    },
    {
      kind: 'joined',
      tag: 'join',
      pattern: /\b(?:came|returned|went back) to\b/i,
      needsPlace: true,
      placeRightAfter: true,
    },
    { kind: 'joined', tag: 'join', pattern: /(?:근무|일|커리어|사회\s*생활|직장\s*생활)(?:을|를)?\s*시작/ },
    {
      kind: 'joined',
      tag: 'join',
      pattern: /(?:회사|스타트업|직장)(?:에|로|으로)\s*(?:들어가|들어갔|들어오게|들어왔|옮기|옮겼|옮겨)/,
    },
    {
      kind: 'joined',
      tag: 'join',
      pattern:
        /\b(?:joined|(?:was|got) hired (?:at|by)|hired at|started (?:working\s+)?(?:at|with)|took a job at|went to work (?:at|for)|accepted (?:an|the|a job|their) offer)\b/i,
      needsPlace: true,
    },
    { kind: 'joined', tag: 'move', pattern: /\bmoved to\b/i, needsPlace: true, placeRightAfter: true },
    { kind: 'major_change', tag: 'major', pattern: ko('(?<![이예])전과(?:를|을)?\\s*DID') },
    {
      kind: 'major_change',
      tag: 'major',
      pattern:
        /전공을\s*(?:바꾸|바꿨|바꿔|바꾼|변경|전환|옮기|옮겼)|전공\s*(?:변경|전환)(?:을|를)?\s*(?:했|하|결정)/,
    },
    {
      kind: 'major_change',
      tag: 'double-major',
      pattern: ko('(?:복수|이중)\\s*전공(?:을|를|으로|로)?\\s*(?:시작|DID)'),
    },
    {
      kind: 'major_change',
      tag: 'major',
      pattern: ko(
        '(?:을|를)\\s*전공하다가[^.]{0,30}?(?:으로|로)\\s*(?:넘어|옮|바꾸|바꿨|바꿔|전향|전환)|편입(?:을|를)?\\s*DID',
      ),
    },
    {
      kind: 'major_change',
      tag: 'major',
      pattern:
        /\b(?:switched|changed|switching|changing)\s+(?:my\s+|his\s+|her\s+|their\s+)?(?:major|field of study)\b|\bdouble[- ]majored\b|\bswitched majors\b|\b(?:did|took) a double major\b|\btransferred (?:to|into) (?:the )?\S+(?: \S+)? (?:department|major)\b/i,
    },
    {
      kind: 'other',
      tag: 'competition',
      pattern:
        /(?:리더보드|leaderboard|경진\s*대회|대회|챌린지|challenge|competition|kaggle|캐글|해커톤|hackathon)[^.]{0,40}?(?:1\s*등|1\s*위|일등|우승|first place|ranked first|top spot)|\bwon (?:the|a)\b[^.]{0,30}\b(?:competition|challenge|hackathon)\b/i,
    },
    {
      kind: 'other',
      tag: 'program',
      pattern:
        /(?:프로그램|펠로우십|레지던시|사업|트랙|fellowship|residency)[^.]{0,25}?(?:선발되|선발됐|합격했|합격하|참여했|참여하게|참가했)|\b(?:was selected for|admitted to)\b[^.]{0,30}\b(?:program|fellowship|residency)\b/i,
    },
  ] satisfies Cue[]
).map(spaced);

/** Plans first (a plan is never also a fact of its clause), then study abroad, then the table's order. */
const PRIORITY = new Map<Tag, number>([
  ['plan', 0],
  ['abroad', 1],
  ['abroad-visit', 1],
  ['conference', CUES.length + 1],
  ['enter', CUES.findIndex((cue) => cue.kind === 'joined') + 1],
]);

/** Places outside Korea, for grad school abroad (미국에서 박사, 시애틀에서 대학원). */
const FOREIGN =
  /미국|캐나다|영국|독일|프랑스|스위스|네덜란드|스웨덴|핀란드|일본|중국|홍콩|싱가포르|호주|유럽|해외|외국|시애틀|보스턴|피츠버그|뉴욕|실리콘\s*밸리|샌프란시스코|캘리포니아|토론토|몬트리올|밴쿠버|런던|파리|베를린|취리히|도쿄|\b(?:abroad|overseas|the US|the U\.S\.|United States|USA|America|Canada|Europe|UK|England|Germany|Japan|Seattle|Boston|Pittsburgh|Silicon Valley|Finland|Switzerland|France|Netherlands|Sweden|Australia|Singapore|China|Hong Kong|Israel)\b/i;
const VISIT =
  /다녀오|다녀온|다녀왔|연수|가서\s*공부|건너가|건너갔|visiting|spent (?:a|one|two|the) (?:semester|year|summer)/i;
const UNIVERSITY =
  /대학교|대학원|University|Institute of Technology|College|KAIST|카이스트|POSTECH|포스텍|UNIST|GIST|DGIST|\bMIT\b|\bCMU\b/i;

/** Wishes, advice, obligations, conditions, negation: a clause holding one of these is no decision. */
const NOT_A_FACT =
  /추천|권하|권장|권유|해야|가야|와야|돼야|되어야|야\s*(?:한|할|하|합|겠|됨|돼)|야겠|하세요|하시길|하십시오|좋겠|좋을|좋아요|좋습니다|좋은\s*(?:것|거|듯|방법)|나을|낫다|싶|할까|을까|볼까|갈까|할지|을지|갈지|는지|건지|려면|려고|라면|다면|기\s*위해|기\s*위한|포기|거절|고민|관심|준비\s*중|\bdeclined\b|\bturned down\b|\bshould\b|\brecommend|\bwould\b|\bcould\b|\bmight\b|\bwants?\s+to\b|\bwanted\s+to\b|\bhope|\bconsider|\bif\b|\bunless\b|\bnot\b|\bnever\b|n't\b/i;
/** The same, minus the plan markers a plan is made of. */
const NOT_A_PLAN =
  /추천|권하|권장|권유|할까|을까|할지|을지|는지|라면|다면|려면|\bshould\b|\bif\b|\brecommend/i;
const MODAL = /수\s*(?:있|없)|\bcan\b|\bcould\b/;
const REALIZED =
  /(?:었|았|였|했|됐|웠|렸|졌)(?:음|다|습니다|어요|고|는데|지만|으며)|되었|하게\s*됨|게\s*됨|\b(?:was|were|did|had|joined|left|became|started|moved)\b/;
/** Right after the cue: a topic marker (대학원 입학은…), a generic "people who…", a reported fact, a state, a negation, a condition. */
const AFTER_CUE_NOT_A_FACT = [
  /^(?:은|는)(?=\s|$)/,
  /^[가-힣]{0,3}\s*(?:사람|분들?|경우|친구|학생|사례|케이스|이들)(?:[이가은는도들]|\s|$)/,
  /^[가-힣]{0,3}다는\s*(?:점|것|게|거|이야기|얘기|말|사실)/,
  /^[가-힣]{0,3}\s*중(?:이|에|인|\s|$)/,
  /^[가-힣]{0,4}(?:지\s*않|지\s*못|지\s*말|진\s*않)/,
  /^[가-힣]{0,4}?(?:면|려면|라면|다면)(?=[\s,]|$)/,
];
/** Someone else is the subject: 친구가 입사했다, 두 분이 나가시고, people who joined. */
const OTHER_SUBJECT =
  /(?:^|\s)(?:(?:두|세|네|그|이|저|몇|여러|한)\s*)?분들?(?:이|은|는|도|께서)(?=\s)|(?:^|\s)(?:친구|선배|후배|동기|동료|지인|사람|학생|누군가|형|언니|누나|오빠|동생|아버지|어머니|부모님|아내|남편)들?(?:이|가|은|는|도)(?=\s)|\b(?:they|people|students|my friend|a friend)\b/i;
const HONORIFIC_VERB = /[하되가오기나왔갔](?:시[고며게는다지어니면]|셨|셔|신|심)/;
const TITLE_SUBJECT = /(?:^|\s)(?:교수님|마스터님?|연사님?|강연자|강사님|선생님)(?:은|는|이|께서|도)?(?=\s)/;
/** Korean nouns that end in 면 but are no condition. */
const NOT_A_CONDITION = /(?:반|측|방|전|이|화|표|국|지|평|장|내|외|당|대|직|라|보)면$/;

/** A table row ending in a full date is a list of dated links (related posts), not the story. */
const DATED_LINK_ROW = /\|\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\.?\s*\|?\s*$/;

const WINDOW = 6;
const ONCE = new Set<DecisionKind>(['military_service', 'major_change']);

/** Career decisions and affiliations stated in a talk's text. */
export function extractDecisions(input: DecisionInput): DecisionOutput {
  const ctx = makeContext(input);
  const candidates = ctx.sentences.flatMap((_, index) => sentenceCandidates(ctx, index));
  const finished = finishCandidates(ctx, candidates);
  return { decisions: finished.map((c) => c.decision), affiliations: extractAffiliations(ctx, finished) };
}

function makeContext(input: DecisionInput): Context {
  const sentences = splitSentences(input.text);
  return {
    text: input.text,
    sentences,
    sections: sectionYears(sentences),
    talkYear: talkYearOf(input.date),
    mentions: nonOverlapping(input.mentions),
    speakers: input.speakers.map(normalizeName).filter((name) => name.length > 0),
  };
}

/** Mentions in text order; of two overlapping ones the longer stays (네이버 클로바 over 네이버). */
function nonOverlapping(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) {
      kept.push(mention);
    } else if (mention.end - mention.start > last.end - last.start) {
      kept[kept.length - 1] = mention;
    }
  }
  return kept;
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(?:교수님|교수|마스터님|마스터|님|씨)$/u, '')
    .replace(/[\s.·-]/g, '');
}

// ——— one sentence ———

function sentenceCandidates(ctx: Context, index: number): Candidate[] {
  const sentence = ctx.sentences[index];
  if (
    !sentence ||
    sentence.heading !== null ||
    isQuestion(sentence.text) ||
    DATED_LINK_ROW.test(sentence.text)
  ) {
    return [];
  }
  const hits = splitClauses(sentence).flatMap((clause) => clauseHits(ctx, sentence, clause));
  if (hits.length === 0) {
    return cvCandidates(ctx, index);
  }
  return groupSteps(ctx, hits).flatMap((group) => buildCandidates(ctx, index, group));
}

/**
 * Hits of one sentence grouped into steps: one per kind, except that clauses naming different
 * places are different steps ("2016년 카카오 입사, 2019년 네이버로 이직"). A clause without a place
 * belongs to the step before it ("네이버로 와서 2018년에 일을 시작했음").
 */
function groupSteps(ctx: Context, hits: Hit[]): Hit[][] {
  const groups: Array<{ kind: DecisionKind; to: string | null; hits: Hit[] }> = [];
  for (const hit of hits) {
    const to = placesFor(ctx, hit).to?.name ?? null;
    const same = groups.filter((g) => g.kind === hit.cue.kind);
    const group = same.find((g) => to === null || g.to === null || g.to === to);
    if (group) {
      group.to = group.to ?? to;
      group.hits.push(hit);
    } else {
      groups.push({ kind: hit.cue.kind, to, hits: [hit] });
    }
  }
  return groups.map((g) => g.hits);
}

/**
 * A CV item with a period and a place ("2016 ~ 2020 네이버 클로바 연구원") is a step taken in its first
 * year: a degree is grad school, a post at a university academia, anything else a job. An
 * undergraduate period at a university is no career step.
 */
function cvCandidates(ctx: Context, index: number): Candidate[] {
  const sentence = ctx.sentences[index] as Sentence;
  const place = mentionsIn(ctx, sentence, 'Institution')[0];
  if (!place || !CV_PERIOD.test(sentence.text)) {
    return [];
  }
  const text = sentence.text;
  const degree = GRAD_WORDS.test(text) || /석박사|\bM\.?S\.?\b|\bPh\.?D\b/.test(text);
  const faculty = FACULTY_WORDS.test(text);
  const kind: DecisionKind | null = degree
    ? 'grad_school'
    : isUniversity(place)
      ? faculty
        ? 'moved_to_academia'
        : null
      : 'joined';
  if (kind === null) {
    return [];
  }
  const { since } = yearRange(text);
  const to = toPlace(place);
  const decision = {
    kind,
    person: null,
    year: since,
    from: null,
    to,
    evidence: toEvidence(text),
    offset: sentence.start,
  };
  const role = ROLE.exec(text)?.[0] ?? null;
  return [
    {
      decision,
      tag: 'cv',
      cueStart: place.start,
      sentences: [index],
      anchored: since !== null,
      toKind: place.kind,
      role,
      linked: false,
    },
  ];
}

function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/[?？]["')\]\s]*$/.test(trimmed)) {
    // "…이직을 왜 하게 되었냐면?" asks nothing: it announces the reason.
    return !/(?:냐면|냐하면|냐구요|냐고요)\s*[?？]/.test(trimmed);
  }
  return /궁금|어떻게\s*생각하|어떠신가요|여쭤|^\**\s*Q\s*[.:)\d]|(?:나요|까요|인가요|는지요)[.!\s]*$/.test(
    trimmed,
  );
}

const CLAUSE_BREAK =
  /[,;→⇒]\s*|\s+(?:->|=>)\s+|(?<=[가-힣](?:는데|은데|인데|지만|면서|으며|니까|어서|아서|해서|와서|여서|워서|고)|[\s가-힣](?:후|뒤))\s+(?![싶있계말나보버놓두주])|\s+(?:because|but|while|although|whereas|and then)\s+/g;

/** Clauses of a sentence (split at commas and Korean connective endings), absolute offsets. */
function splitClauses(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  // A comma inside brackets ("(Neurips, 뉴립스)") lists names; it does not end a clause.
  const cuts = [...sentence.text.matchAll(CLAUSE_BREAK)]
    .filter((m) => depthAt(sentence.text, m.index) === 0)
    .map((m) => [m.index, m.index + m[0].length] as const);
  for (const [cut, next] of [...cuts, [sentence.text.length, sentence.text.length] as const]) {
    const text = sentence.text.slice(from, cut);
    if (text.trim().length > 0) {
      clauses.push({ start: sentence.start + from, end: sentence.start + cut, text });
    }
    from = next;
  }
  return clauses;
}

function depthAt(text: string, at: number): number {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    depth = Math.max(0, depth + (char === '(' || char === '[' ? 1 : char === ')' || char === ']' ? -1 : 0));
  }
  return depth;
}

/**
 * The cues of a clause that survive the checks, one per kind, by priority. Some kinds hide others
 * in the same clause: "joined a PhD program" is grad school, not a job; a plan is nothing else.
 */
function clauseHits(ctx: Context, sentence: Sentence, clause: Clause): Hit[] {
  const hits = [
    ...cueHits(clause),
    ...movementHits(ctx, clause),
    ...visitHits(ctx, clause),
    ...conferenceHits(ctx, sentence, clause),
  ]
    .map(promoteAbroad)
    .filter((hit) => !rejected(ctx, sentence, clause, hit))
    .sort((a, b) => rank(a.cue) - rank(b.cue));
  if (hits[0]?.cue.tag === 'plan') {
    return hits.slice(0, 1);
  }
  const kinds = new Set(hits.map((hit) => hit.cue.kind));
  const seen = new Set<DecisionKind>();
  return hits.filter((hit) => {
    const hidden = (HIDDEN_BY[hit.cue.kind] ?? []).some((kind) => kinds.has(kind));
    const first = !seen.has(hit.cue.kind);
    seen.add(hit.cue.kind);
    return first && !hidden;
  });
}

const HIDDEN_BY: Partial<Record<DecisionKind, DecisionKind[]>> = {
  joined: ['grad_school', 'study_abroad', 'moved_to_academia', 'founded'],
  grad_school: ['study_abroad'],
  other: [
    'major_change',
    'grad_school',
    'joined',
    'left',
    'founded',
    'moved_to_academia',
    'military_service',
    'study_abroad',
  ],
};

function rank(cue: Cue): number {
  return PRIORITY.get(cue.tag) ?? CUES.indexOf(cue) + 1;
}

function cueHits(clause: Clause): Hit[] {
  const hits: Hit[] = [];
  for (const cue of CUES) {
    const match = cue.pattern.exec(clause.text);
    if (match) {
      const start = clause.start + match.index;
      hits.push({ cue, clause, start, end: start + match[0].length });
    }
  }
  return hits;
}

/** Entering a named place ("네이버로 오게 되었음"): a job, unless the place is a university (settled later). */
const ENTER: Cue = { kind: 'joined', tag: 'enter', pattern: /$^/ };
const WORK_AT = CUES.find((cue) => cue.tag === 'join' && cue.kind === 'joined') as Cue;
const MOVE = CUES.find((cue) => cue.tag === 'move' && cue.kind === 'joined') as Cue;
const LEAVE = CUES.find((cue) => cue.tag === 'leave') as Cue;
const FILLER = String.raw`[)\]」』"'’”]*\s*(?:(?:쪽|분야|계열|학과|과|전공|[^\s,.()]{0,12}(?:대학원|학부|학과|연구소|연구실|센터|팀|랩|본부))\s*)?`;
const MOVE_AFTER = new RegExp(
  `^${FILLER}(?:에|로|으로)\\s*(?:(?:다시|바로|자리를)\\s*)?(들어가|들어갔|들어와|들어오게|들어온|오게|왔|와서|온|가게|갔|가서|다니게|옮기|옮겼|옮겨|옮긴|옮김|이동)`,
);
const WORK_AFTER = new RegExp(
  `^${FILLER}에서\\s*(?:[^\\s,]{1,12}(?:으로|로)\\s*)?(?:일하게|근무하게|일을\\s*하게|일을\\s*시작|근무를\\s*시작|커리어를\\s*시작|일했|근무했|재직했)`,
);
const LEAVE_AFTER = new RegExp(
  `^${FILLER}(?:을|를|에서)\\s*(?:나와|나왔|나오게|나온|나가|나갔|떠나게|떠났|떠나서|그만)`,
);

/** "네이버로 오게 되었음", "카이스트로 자리를 옮겼다", "네이버를 나와서": a move needs a named place. */
function movementHits(ctx: Context, clause: Clause): Hit[] {
  const hits: Hit[] = [];
  for (const mention of mentionsIn(ctx, clause, 'Institution')) {
    const after = ctx.text.slice(mention.end, clause.end);
    const move = MOVE_AFTER.exec(after);
    const work = WORK_AFTER.exec(after);
    const leave = LEAVE_AFTER.exec(after);
    const found = move ?? work ?? leave;
    if (found) {
      const cue = move ? (/옮|이동/.test(found[1] ?? '') ? MOVE : ENTER) : work ? WORK_AT : LEAVE;
      hits.push({ cue, clause, start: mention.start, end: mention.end + found[0].length });
    }
  }
  return hits;
}

const ABROAD_GRAD: Cue = { kind: 'study_abroad', tag: 'abroad', pattern: /$^/ };
const ABROAD_VISIT: Cue = { kind: 'study_abroad', tag: 'abroad-visit', pattern: /$^/ };

const CONFERENCE_TRIP: Cue = { kind: 'other', tag: 'conference', pattern: /$^/ };
const ATTENDED = /다녀왔|다녀온|다녀오게|참석했|참석하게|참가했|참가하게|\battended\b|\bwent to\b/i;

/** Going to a conference oneself ("사비로 다녀왔었다" after "… 뉴립스가 열려서"): a step of its own. */
function conferenceHits(ctx: Context, sentence: Sentence, clause: Clause): Hit[] {
  const verb = ATTENDED.exec(clause.text);
  if (!verb) {
    return [];
  }
  const start = clause.start + verb.index;
  const named = mentionsIn(ctx, { start: sentence.start, end: clause.end }, 'Conference').length > 0;
  return named ? [{ cue: CONFERENCE_TRIP, clause, start, end: start + verb[0].length }] : [];
}

/** Grad school in a foreign place is study abroad (시애틀에서 대학원 생활, a PhD in the US). */
function promoteAbroad(hit: Hit): Hit {
  return hit.cue.kind === 'grad_school' && FOREIGN.test(hit.clause.text) ? { ...hit, cue: ABROAD_GRAD } : hit;
}

/** A study visit to a university abroad ("미국 카네기멜론 대학교에 다녀온", "visiting student at …"). */
function visitHits(ctx: Context, clause: Clause): Hit[] {
  const visit = VISIT.exec(clause.text);
  const university = mentionsIn(ctx, clause, 'Institution').find(isUniversity);
  if (!visit || !university || !FOREIGN.test(clause.text)) {
    return [];
  }
  const end = clause.start + visit.index + visit[0].length;
  return [{ cue: ABROAD_VISIT, clause, start: Math.min(university.start, end - visit[0].length), end }];
}

function rejected(ctx: Context, sentence: Sentence, clause: Clause, hit: Hit): boolean {
  const before = clause.text.slice(0, hit.start - clause.start);
  const after = clause.text.slice(hit.end - clause.start);
  if (conditionBefore(sentence, hit) || OTHER_SUBJECT.test(before)) {
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
  return MODAL.test(after) && !REALIZED.test(sentence.text);
}

const BARE_CUE_NOUN =
  /(?:입사|합류|취업|취직|이직|인턴|창업|설립|창립|퇴사|전과|입학|진학|임용|부임|입대|전역|복무|편입)\s*$/;

/**
 * A bare cue noun listed before a comma with neither a place nor a year ("원동력: 대학원 땐 취업, …")
 * names a motive or a topic; "2019년 카카오 입사, 2021년 …" is a list of steps and stays.
 */
function bareListItem(ctx: Context, sentence: Sentence, clause: Clause, hit: Hit): boolean {
  const bare = BARE_CUE_NOUN.test(sentence.text.slice(0, hit.end - sentence.start));
  const listed = /^\s*[,;·/]/.test(sentence.text.slice(hit.end - sentence.start));
  const placed = mentionsIn(ctx, clause, 'Institution').length > 0 || explicitYears(clause.text).length > 0;
  return bare && listed && !placed;
}

/** A condition before the cue in the sentence (…하면, …라면, if …) makes the rest hypothetical. */
function conditionBefore(sentence: Sentence, hit: Hit): boolean {
  const before = sentence.text.slice(0, hit.start - sentence.start);
  if (/\b(?:if|unless|whether)\b/i.test(before)) {
    return true;
  }
  for (const match of before.matchAll(/[가-힣]*면(?=[\s,]|$)/g)) {
    if (!NOT_A_CONDITION.test(match[0])) {
      return true;
    }
  }
  return false;
}

// ——— from hits to a decision ———

function buildCandidates(ctx: Context, index: number, hits: Hit[]): Candidate[] {
  const sentence = ctx.sentences[index] as Sentence;
  const first = hits[0] as Hit;
  const placed = hits.map((hit) => placesFor(ctx, hit)).find((p) => p.to !== null) ?? placesFor(ctx, first);
  if (first.cue.needsPlace && placed.to === null && placed.from === null) {
    return [];
  }
  const years = hits.map((hit) => yearFor(ctx, index, hit));
  const year = first.cue.ended
    ? UNDATED
    : first.cue.tag === 'plan'
      ? planYear(ctx, index)
      : (years.find((y) => y.anchored) ?? years[0]);
  return personsFor(ctx, sentence, first).map((person) => ({
    decision: {
      kind: first.cue.kind,
      person,
      year: year?.year ?? null,
      from: placed.from,
      to: placed.to,
      evidence: toEvidence(sentence.text),
      offset: sentence.start,
    },
    tag: first.cue.tag,
    cueStart: first.start,
    sentences: [index],
    anchored: year?.anchored ?? false,
    toKind: placed.toKind,
    role: roleOf(first.clause.text),
    linked: /전문\s*연구\s*요원|산업\s*기능\s*요원|같이|함께|병행|동시에|alongside|covered|counted as/i.test(
      sentence.text,
    ),
  }));
}

const UNDATED: ResolvedYear = { year: null, source: 'none', anchored: false };

/** A plan is dated by when it was told (its section, else the talk), not by the year it aims at. */
function planYear(ctx: Context, index: number): ResolvedYear {
  const year = ctx.sections[index] ?? ctx.talkYear;
  return { year, source: year === null ? 'none' : 'heading', anchored: false };
}

function yearFor(ctx: Context, index: number, hit: Hit): ResolvedYear {
  const sentence = ctx.sentences[index] as Sentence;
  const previous = ctx.sentences[index - 1];
  const hitText = ctx.text.slice(hit.start, hit.end);
  // "복수전공하던 통계학과": a background state (~던) is not dated by the section it is told in.
  const background = /던$/.test(hitText) || /^[가-힣]?던/.test(ctx.text.slice(hit.end, hit.clause.end));
  return resolveYear({
    sentence,
    clause: hit.clause,
    cue: hit,
    previous: previous && previous.heading === null ? previous : null,
    sectionYear: ctx.sections[index] ?? null,
    talkYear: ctx.talkYear,
    useSection: !background,
  });
}

function mentionsIn(ctx: Context, span: Span, type: Mention['type']): Mention[] {
  return ctx.mentions.filter((m) => m.type === type && m.start >= span.start && m.end <= span.end);
}

const PARTICLE = new RegExp(`^${FILLER}(에서|으로|로|에게|에|을|를|은|는|이|가|의|와|과|도)?`);

function particleOf(ctx: Context, mention: Mention): string {
  return PARTICLE.exec(ctx.text.slice(mention.end, mention.end + 30))?.[1] ?? '';
}

function isUniversity(mention: Mention): boolean {
  return mention.kind === 'university' || UNIVERSITY.test(mention.name) || UNIVERSITY.test(mention.surface);
}

function toPlace(mention: Mention | undefined): Place | null {
  return mention ? { type: mention.type === 'Topic' ? 'Topic' : 'Institution', name: mention.name } : null;
}

interface Placed {
  from: Place | null;
  to: Place | null;
  toKind: string | null;
}

/**
 * From and to, from the mentions of the clause: Korean marks the goal with 로/으로/에 and the source
 * with 에서 ("A에서 B로"); the place of a Korean verb comes before it, of an English one after it.
 */
function placesFor(ctx: Context, hit: Hit): Placed {
  const kind = hit.cue.kind;
  const type = kind === 'major_change' ? 'Topic' : 'Institution';
  const all = mentionsIn(ctx, hit.clause, type);
  const before = all.filter((m) => m.end <= hit.end).reverse();
  const after = all.filter(
    (m) =>
      m.start >= hit.end && (!hit.cue.placeRightAfter || RIGHT_AFTER.test(ctx.text.slice(hit.end, m.start))),
  );
  const goals = before.filter((m) => ['로', '으로', '에'].includes(particleOf(ctx, m)));
  let to: Mention | undefined;
  if (kind === 'major_change') {
    to =
      goals[0] ??
      (hit.cue.tag === 'double-major' ? nearest(before, after, hit) : undefined) ??
      afterTo(ctx, hit);
  } else if (kind !== 'left') {
    to = goals[0] ?? before.find((m) => !['와', '과', '도'].includes(particleOf(ctx, m))) ?? after[0];
  }
  const source = before.find((m) => m !== to && (kind === 'left' || isSource(ctx, m)));
  const leftFrom = kind === 'left' ? (source ?? after[0]) : undefined;
  // "A에서 B로": a source only counts against a 로/으로 goal ("IITP에서 열었던 … 대학교에" is no move).
  const towards = to && ['로', '으로'].includes(particleOf(ctx, to));
  const from =
    kind === 'left' ? leftFrom : towards && source && source.start < (to?.start ?? 0) ? source : undefined;
  return { from: toPlace(from ?? englishFrom(ctx, hit, type)), to: toPlace(to), toKind: to?.kind ?? null };
}

const RIGHT_AFTER = /^\s*(?:(?:the|a|an)\s+)?$/i;

/** "A에서 …", "A를 거쳐 …": where a move starts. */
function isSource(ctx: Context, mention: Mention): boolean {
  const after = ctx.text.slice(mention.end, mention.end + 12);
  return particleOf(ctx, mention) === '에서' || /^[)\]]*\s*(?:을|를)\s*거쳐/.test(after);
}

function nearest(before: Mention[], after: Mention[], hit: Hit): Mention | undefined {
  const close = [
    ...before.filter((m) => hit.start - m.end <= 10),
    ...after.filter((m) => m.start - hit.end <= 10),
  ];
  return close[0];
}

/** English "… to X": the first mention after the cue that is preceded by "to"/"into". */
function afterTo(ctx: Context, hit: Hit): Mention | undefined {
  return mentionsIn(ctx, hit.clause, 'Topic').find(
    (m) => m.start >= hit.end && /\b(?:to|into)\s+$/i.test(ctx.text.slice(hit.end, m.start)),
  );
}

function englishFrom(ctx: Context, hit: Hit, type: Mention['type']): Mention | undefined {
  return mentionsIn(ctx, hit.clause, type).find((m) =>
    /\bfrom\s+(?:the\s+)?$/i.test(ctx.text.slice(hit.start, m.start)),
  );
}

const MAJOR_CONTEXT =
  /전공|학과|과(?:를|에|로|였|이|에서|[\s.,)]|$)|졸업|학부|출신|\bmajor|\bdegree|\bstudied/i;
const LOOK_BACK = 10;

/** The field left behind by a major change, told a few sentences earlier ("전공이 토목공학이었음"). */
function previousMajor(ctx: Context, index: number, cueStart: number, to: Place | null): Place | null {
  for (let i = index; i >= Math.max(0, index - LOOK_BACK); i -= 1) {
    const sentence = ctx.sentences[i];
    if (!sentence || (sentence.heading !== null && i !== index)) {
      return null;
    }
    const end = i === index ? cueStart : sentence.end;
    const topics = mentionsIn(ctx, { start: sentence.start, end }, 'Topic')
      .filter((m) => m.name !== to?.name)
      .reverse();
    // The sentence of the change itself is about majors; an earlier one must say so.
    if (topics.length > 0 && (i === index || MAJOR_CONTEXT.test(ctx.text.slice(sentence.start, end)))) {
      const local = topics.find((m) => MAJOR_CONTEXT.test(ctx.text.slice(m.start, Math.min(end, m.end + 8))));
      return toPlace(local ?? topics[0]);
    }
  }
  return null;
}

const APPOSITION = /^\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?)?\s*\([^)]*$/;
const SUBJECT_AFTER =
  /^\s*(?:님|씨|교수님?|박사님?|마스터님?|대표님?|상무님?|선생님?|이사님?|팀장님?|CTO|CEO)?\s*(?:은|는|이|가|께서|도)(?=\s)|^\s*(?:,\s|\s(?:and|has|had|was|is|then|later|joined|left|co-?founded|founded|became|moved|started|went|got|decided)\b)/;

/**
 * Who decided: the named person the sentence is about (and those joined to them: "A and B co-founded"),
 * null for the narrator (first person, no subject, or a speaker). [] when the subject is someone
 * unnamed (an honorific verb with no named subject: "두 분이 나가시고").
 */
function personsFor(ctx: Context, sentence: Sentence, hit: Hit): Array<string | null> {
  const persons = mentionsIn(ctx, { start: sentence.start, end: hit.start }, 'Person');
  const subjects = persons.filter((m) => {
    // "주재걸 교수님(… 카이스트로 옮기심)": a parenthesis after a name describes that person.
    return (
      SUBJECT_AFTER.test(ctx.text.slice(m.end, m.end + 16)) ||
      APPOSITION.test(ctx.text.slice(m.end, hit.start))
    );
  });
  const subject = subjects.at(-1);
  if (subject) {
    const group = [subject];
    for (let i = persons.indexOf(subject) - 1; i >= 0; i -= 1) {
      const person = persons[i] as Mention;
      const gap = ctx.text.slice(person.end, (group[0] as Mention).start);
      if (!/^\s*(?:님|씨)?\s*(?:,|and|와|과|&)\s*$/.test(gap)) {
        break;
      }
      group.unshift(person);
    }
    return [...new Set(group.map((m) => (isSpeaker(ctx, m) ? null : m.name)))];
  }
  const verb = ctx.text.slice(hit.start, hit.clause.end).split(/\s+/).slice(0, 3).join(' ');
  const honorific = HONORIFIC_VERB.test(verb);
  return honorific && !TITLE_SUBJECT.test(ctx.text.slice(sentence.start, hit.start)) ? [] : [null];
}

function isSpeaker(ctx: Context, mention: Mention): boolean {
  const names = [normalizeName(mention.name), normalizeName(mention.surface)];
  return ctx.speakers.some((speaker) =>
    names.some(
      (name) => name.length > 1 && (speaker === name || speaker.includes(name) || name.includes(speaker)),
    ),
  );
}

// ——— across sentences ———

function finishCandidates(ctx: Context, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.decision.offset - b.decision.offset || a.cueStart - b.cueStart,
  );
  const settled = sorted.map(settleUniversity).filter((c): c is Candidate => c !== null);
  const merged = absorbGradIntoAbroad(mergeDuplicates(settled));
  linkMilitaryService(merged);
  chainMoves(merged);
  // After merging, so that a retelling of the change does not take the first telling's goal as its origin.
  return merged.map((c) => {
    if (c.decision.kind !== 'major_change' || c.decision.from !== null) {
      return c;
    }
    const from = previousMajor(ctx, c.sentences[0] ?? 0, c.cueStart, c.decision.to);
    return { ...c, decision: { ...c.decision, from } };
  });
}

const GRAD_WORDS = /대학원|석사|박사|연구실|\blab\b|PhD|master/i;
const FACULTY_WORDS = /교수|연구원|포닥|박사후|faculty|professor|postdoc|researcher|lecturer/i;

/**
 * A job at a university (이직, 옮기다, 입사) is moving to academia; an internship stays a job.
 * Merely entering a university ("카이스트에 들어갔다") is grad school when the sentence says so,
 * academia when it names a post, and too vague to keep otherwise (it may be an undergraduate).
 */
function settleUniversity(candidate: Candidate): Candidate | null {
  const { decision } = candidate;
  const university = candidate.toKind === 'university' || UNIVERSITY.test(decision.to?.name ?? '');
  if (
    decision.kind !== 'joined' ||
    decision.to?.type !== 'Institution' ||
    !university ||
    candidate.tag === 'intern'
  ) {
    return candidate;
  }
  if (candidate.tag !== 'enter' || FACULTY_WORDS.test(decision.evidence)) {
    return { ...candidate, decision: { ...decision, kind: 'moved_to_academia' } };
  }
  return GRAD_WORDS.test(decision.evidence)
    ? { ...candidate, decision: { ...decision, kind: 'grad_school' } }
    : null;
}

function samePlace(a: Place | null, b: Place | null): boolean {
  return a === null || b === null || (a.type === b.type && a.name === b.name);
}

function distance(a: Candidate, b: Candidate): number {
  return Math.min(...a.sentences.flatMap((i) => b.sentences.map((j) => Math.abs(i - j))));
}

/** Two tellings of one step: same kind, person and places, told close together or in the same year. */
function sameStep(a: Candidate, b: Candidate): boolean {
  const x = a.decision;
  const y = b.decision;
  if (x.kind !== y.kind || x.person !== y.person || (x.kind === 'other' && a.tag !== b.tag)) {
    return false;
  }
  if (!samePlace(x.to, y.to) || !samePlace(x.from, y.from)) {
    return false;
  }
  const gap = distance(a, b);
  if (gap <= 1) {
    return true;
  }
  const yearsAgree = x.year === null || y.year === null || x.year === y.year;
  const sameYear = x.year !== null && x.year === y.year;
  // Military service and a change of major come once in a life: two tellings are one step.
  return ONCE.has(x.kind) || (yearsAgree && (gap <= WINDOW || sameYear));
}

function strength(c: Candidate): number {
  return (c.anchored ? 4 : 0) + (c.decision.year !== null ? 2 : 0) + (c.decision.to ? 1 : 0);
}

/** Keeps the best-dated telling and fills what it lacks from the other. */
function combine(a: Candidate, b: Candidate): Candidate {
  const [best, other] = strength(b) > strength(a) ? [b, a] : [a, b];
  const decision: ExtractedDecision = {
    ...best.decision,
    year: best.decision.year ?? other.decision.year,
    from: best.decision.from ?? other.decision.from,
    to: best.decision.to ?? other.decision.to,
  };
  return {
    ...best,
    decision,
    toKind: best.toKind ?? other.toKind,
    role: best.role ?? other.role,
    sentences: [...a.sentences, ...b.sentences],
    anchored: best.anchored,
    linked: a.linked || b.linked,
  };
}

function mergeDuplicates(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const index = kept.findLastIndex((k) => sameStep(k, candidate));
    if (index >= 0) {
      kept[index] = combine(kept[index] as Candidate, candidate);
    } else {
      kept.push(candidate);
    }
  }
  return kept;
}

/** "대학원에 가게 되었음" then "시애틀에서 대학원 생활을 시작": one step, study abroad. */
function absorbGradIntoAbroad(candidates: Candidate[]): Candidate[] {
  const result = [...candidates];
  for (const abroad of candidates.filter((c) => c.decision.kind === 'study_abroad' && c.tag === 'abroad')) {
    const grad = result.find(
      (c) =>
        c.decision.kind === 'grad_school' &&
        c.decision.person === abroad.decision.person &&
        distance(c, abroad) <= WINDOW &&
        samePlace(c.decision.to, abroad.decision.to) &&
        (c.decision.year === null ||
          abroad.decision.year === null ||
          c.decision.year === abroad.decision.year),
    );
    if (grad) {
      const at = result.indexOf(abroad);
      const merged = combine(abroad, { ...grad, decision: { ...grad.decision, kind: 'study_abroad' } });
      result[at] = { ...merged, decision: { ...merged.decision, kind: 'study_abroad' } };
      result.splice(result.indexOf(grad), 1);
    }
  }
  return result;
}

/** 전문연구요원 and the like are served at an employer: the job told with it gives place and year. */
function linkMilitaryService(candidates: Candidate[]): void {
  for (const [i, service] of candidates.entries()) {
    if (service.decision.kind !== 'military_service' || service.decision.to !== null) {
      continue;
    }
    const job = candidates.find(
      (c) =>
        c.decision.kind === 'joined' &&
        c.decision.person === service.decision.person &&
        (service.sentences.some((s) => c.sentences.includes(s)) ||
          (service.linked && distance(c, service) <= 2)),
    );
    if (job) {
      // Served during the job: it starts when the job does, whatever year the offer was told with.
      const year = job.decision.year ?? service.decision.year;
      candidates[i] = { ...service, decision: { ...service.decision, to: job.decision.to, year } };
    }
  }
}

/** A move (이직, 옮기다) leaves the previous employer: that is its "from" when the sentence names none. */
function chainMoves(candidates: Candidate[]): void {
  for (const [i, move] of candidates.entries()) {
    if (move.tag !== 'move' || move.decision.from !== null || move.decision.to === null) {
      continue;
    }
    const previous = candidates
      .slice(0, i)
      .reverse()
      .map((c) => (c.decision.person === move.decision.person ? employer(c) : null))
      .find((place) => place !== null && place.name !== move.decision.to?.name);
    if (previous) {
      candidates[i] = { ...move, decision: { ...move.decision, from: previous } };
    }
  }
}

/** The institution a step leaves the narrator at (joined X) or takes them from (left X). */
function employer(candidate: Candidate): Place | null {
  const { kind, to, from } = candidate.decision;
  if (['joined', 'moved_to_academia', 'founded'].includes(kind) && to?.type === 'Institution') {
    return to;
  }
  return kind === 'left' && from?.type === 'Institution' ? from : null;
}

// ——— affiliations ———

const ROLE =
  /조교수|부교수|정교수|연구교수|교수|수석연구원|책임연구원|선임연구원|박사후연구원|연구원|연구위원|연구자|포닥|엔지니어|개발자|리서처|사이언티스트|팀장|리더|매니저|디렉터|CTO|CEO|CSO|CPO|공동창업자|창업자|대표|이사|상무|전무|부사장|사장|인턴|박사과정|석사과정|\b(?:assistant professor|associate professor|professor|research scientist|researcher|scientist|engineer|developer|intern|co-?founder|founder|director|manager|postdoc|PhD student)\b/i;
const CURRENT_OR_FORMER = /^\s*[([]?\s*(?:현|전|現|前)\s*[)\]]/;
/** A CV item that opens with a period: "2015 ~ 2019: …", "2019.03 - 현재 …". */
const CV_PERIOD =
  /^\s*(?:19|20)\d{2}(?:[./]\d{1,2})?\s*년?\s*[~\-–—]\s*(?:(?:19|20)\d{2}|현재|present|now)?/i;
const WORKS_AT = /^[)\]]*\s*에서\s*(?:(\S{1,12}?)(?:으로|로)\s*)?(?:근무|재직|일하|일했|일을\s*(?:하|했))/;
/** "네이버에서 일하는 사람들": people in general, not the narrator. */
const GENERIC_AFTER = /^[가-힣]{0,3}\s*(?:사람|분들?|친구|지인|동료|이들)/;
const MEMBER_OF = new RegExp(`^${FILLER}소속`);
const ROLE_AFTER = new RegExp(
  `^\\s*(?:[^\\s,()]{0,12}(?:학부|학과|연구소|대학원|팀|센터|랩)\\s*)?(${ROLE.source})(?:(?:으로|로)\\s*(?:재직|근무|일하|일했|있))?`,
  'i',
);
const ROLE_AT = new RegExp(
  `\\b(?:as|is|was|am|became|an?)\\s+(?:(?:an?|the)\\s+)?(?:senior\\s+|junior\\s+|lead\\s+|principal\\s+)?(${ROLE.source})\\s+(?:at|@)\\s*$`,
  'i',
);

const ROLE_TAKEN = new RegExp(
  `(${ROLE.source})\\s*(?:으로|로|가|이)\\s*(?:[^\\s,.]+\\s+){0,2}?[^\\s,.]*?(?:입사|합류|임용|부임|채용|일을|일하|일했|근무|재직|되|됐|옮|이직|시작)|\\b(?:as|became|become)\\s+(?:an?\\s+)?(${ROLE.source})`,
  'i',
);

function roleOf(clause: string): string | null {
  const match = ROLE_TAKEN.exec(clause);
  return match?.[1] ?? match?.[2] ?? null;
}

function extractAffiliations(ctx: Context, candidates: Candidate[]): ExtractedAffiliation[] {
  const found = [...affiliationsFromDecisions(candidates)];
  ctx.sentences.forEach((sentence) => {
    found.push(...statedAffiliations(ctx, sentence));
  });
  return mergeAffiliations(found);
}

/** Joining gives an affiliation since that year; a move or a departure ends the previous one. */
function affiliationsFromDecisions(candidates: Candidate[]): ExtractedAffiliation[] {
  const result: ExtractedAffiliation[] = [];
  for (const { decision, role } of candidates) {
    const { person, year, evidence } = decision;
    if (
      ['joined', 'moved_to_academia', 'founded'].includes(decision.kind) &&
      decision.to?.type === 'Institution'
    ) {
      result.push({ person, institution: decision.to.name, role, since: year, until: null, evidence });
    }
    const from = decision.from;
    if (from?.type === 'Institution' && (decision.kind === 'left' || year !== null)) {
      const previous = result.find((a) => a.person === person && a.institution === from.name);
      if (previous) {
        previous.until = previous.until ?? year;
      } else {
        result.push({ person, institution: from.name, role: null, since: null, until: year, evidence });
      }
    }
  }
  return result;
}

/** "현) KAIST 교수", "X 소속", "X에서 근무", "(업스테이지 CTO)", "a professor at X". */
function statedAffiliations(ctx: Context, sentence: Sentence): ExtractedAffiliation[] {
  if (isQuestion(sentence.text) || /라면|다면|려면|싶|추천|\bif\b/i.test(sentence.text)) {
    return [];
  }
  const listed = CURRENT_OR_FORMER.test(sentence.text) || CV_PERIOD.test(sentence.text);
  const result: ExtractedAffiliation[] = [];
  for (const mention of mentionsIn(ctx, sentence, 'Institution')) {
    const after = ctx.text.slice(mention.end, Math.min(sentence.end, mention.end + 40));
    const before = ctx.text.slice(sentence.start, mention.start);
    const inParens = /\([^)]*$/.test(before);
    const roleAfter = ROLE_AFTER.exec(after);
    const works = WORKS_AT.exec(after);
    if (works && GENERIC_AFTER.test(after.slice(works[0].length))) {
      continue;
    }
    const roleAt = ROLE_AT.exec(before);
    if (
      !(
        listed ||
        MEMBER_OF.test(after) ||
        works ||
        roleAt ||
        (roleAfter && (inParens || roleAfter[0] !== roleAfter[1]))
      )
    ) {
      continue;
    }
    const role = roleAfter?.[1] ?? roleAt?.[1] ?? (works?.[1] && ROLE.test(works[1]) ? works[1] : null);
    const person = inParens
      ? personBeforeParens(ctx, sentence, before)
      : affiliationPerson(ctx, sentence, mention);
    if (person !== undefined) {
      result.push({
        person,
        institution: mention.name,
        role,
        ...yearRange(sentence.text),
        evidence: toEvidence(sentence.text),
      });
    }
  }
  return result;
}

/** "연사: 이활석 (업스테이지 CTO)": the person named right before the parenthesis; else the narrator. */
function personBeforeParens(ctx: Context, sentence: Sentence, before: string): string | null {
  const open = sentence.start + before.lastIndexOf('(');
  const person = mentionsIn(ctx, { start: sentence.start, end: open }, 'Person').at(-1);
  if (!person || !/^\s*(?:님|씨|교수님?|마스터님?|대표님?)?\s*$/.test(ctx.text.slice(person.end, open))) {
    return null;
  }
  return isSpeaker(ctx, person) ? null : person.name;
}

function affiliationPerson(ctx: Context, sentence: Sentence, mention: Mention): string | null | undefined {
  const clause = { start: sentence.start, end: sentence.end, text: sentence.text };
  const persons = personsFor(ctx, sentence, { cue: LEAVE, clause, start: mention.start, end: mention.end });
  return persons.length === 0 ? undefined : (persons[0] ?? null);
}

function yearRange(text: string): { since: number | null; until: number | null } {
  const range = /((?:19|20)\d{2})(?:[./]\d{1,2})?\s*년?\s*[~\-–—]\s*((?:19|20)\d{2})?/.exec(text);
  if (range) {
    return { since: Number(range[1]), until: range[2] ? Number(range[2]) : null };
  }
  const since = /((?:19|20)\d{2})\s*년?\s*(?:부터|\bsince\b)|\bsince\s+((?:19|20)\d{2})/i.exec(text);
  const until = /((?:19|20)\d{2})\s*년?\s*까지|\buntil\s+((?:19|20)\d{2})/i.exec(text);
  return {
    since: since ? Number(since[1] ?? since[2]) : null,
    until: until ? Number(until[1] ?? until[2]) : null,
  };
}

function mergeAffiliations(list: ExtractedAffiliation[]): ExtractedAffiliation[] {
  const byKey = new Map<string, ExtractedAffiliation>();
  for (const item of list) {
    const key = `${item.person ?? ''}\u0000${item.institution}`;
    const known = byKey.get(key);
    if (known) {
      known.role = known.role ?? item.role;
      known.since = known.since ?? item.since;
      known.until = known.until ?? item.until;
    } else {
      byKey.set(key, { ...item });
    }
  }
  return [...byKey.values()];
}
