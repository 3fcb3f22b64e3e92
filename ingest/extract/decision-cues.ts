/**
 * The cue table of the decision extractor: which words state which kind of career step, in
 * Korean and English, by priority. Data more than code: a new phrasing is a new row.
 */
import type { Cue, Tag } from './decision-types.ts';

/**
 * Korean verb endings that state that something happened or was decided (not wished, not asked),
 * or the bare noun closing a note-style line ("2019 카카오 입사", "퇴사 후 창업"). 해 is the written
 * connective of news style ("2015년 예시사에 입사해 …"), as 하여 is.
 */
const DID =
  '(?:(?=\\s*(?:[.,;)\\]|(·]|$|(?:후|뒤|이후)(?:[\\s,]|$)))|했|하였|하게|하기로|하고|하여|해(?=[\\s,.]|$)|해서|하며|하면서|한|함|하던|했었|하시|하셨|하신|하심|되었|됐|되|결정|확정|을\\s*하|를\\s*하|을\\s*결정|를\\s*결정|을\\s*선택)';

export function ko(source: string): RegExp {
  return new RegExp(source.replaceAll('DID', DID), 'i');
}

/** Notes wrap lines anywhere: a space in a cue matches any run of whitespace. */
export function spaced(cue: Cue): Cue {
  return { ...cue, pattern: new RegExp(cue.pattern.source.replaceAll(' ', '\\s+'), cue.pattern.flags) };
}

/** Cues by priority: when several match one clause, the first kind wins (a PhD abroad is study abroad). */
export const CUES: readonly Cue[] = (
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
    // Leaving the country dates a study abroad told next to it; alone it says too little (settled in merge).
    { kind: 'study_abroad', tag: 'depart', pattern: ko('출국(?:을|를)?\\s*DID') },
    {
      kind: 'moved_to_academia',
      tag: 'academia',
      // "교수 임용 제의를 받았다": an offer of a post is not the post.
      pattern: ko(
        '교수(?:로|가)?\\s*(?:임용|부임|되|됐|채용|오게|가게|옮기|옮겼)(?!\\s*(?:제안|제의|오퍼|기회))',
      ),
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
        /\b(?:became|become|joined\s+(?:\S+\s+){1,5}?as)\s+(?:an?\s+)?(?:assistant\s+|associate\s+|full\s+)?(?:professor|faculty member|lecturer)\b|\bjoined the faculty\b|\b(?:was|(?:spent|worked|served)\s+(?:\S+\s+){0,3}?as) (?:an?\s+)?(?:assistant\s+|associate\s+|full\s+)?professor (?:at|of)\b|\b(?:took|accepted) a (?:faculty|tenure-track) position\b|\bmoved (?:back )?to academia\b/i,
    },
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern: ko(
        '(?:대학원|석박사\\s*통합|석박\\s*통합|석박사|석박|석사|박사|PhD|Ph\\.D\\.?)(?:\\s*과정)?(?:을|를|에|으로|로)?\\s*(?:[가-힣A-Za-z]+(?:으로|로)\\s+)?(?:진학|병행|입학|합격|들어가|들어갔|들어왔|가게|가기로|갔|가서|다니게|다니기\\s*시작|밟기\\s*시작|밟았|밟게|시작|지원(?:했|하게|하기로|해서)|붙|생활을\\s*(?:하기\\s*)?시작)',
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
        /(?:석사|박사)\s*학위(?:를|을)?\s*(?:받|취득|땄)|대학원(?:\s*\d+\s*기)?\s*(?:졸업생|졸업(?:했|하였|한|하고|후))|대학원을\s*(?:졸업|마치|마쳤)|\b(?:got|received|earned|completed) (?:my|his|her|a) (?:PhD|Ph\.D\.|doctorate|master['’]?s)\b/i,
      ended: true,
    },
    // "went back to school" after work: a return to study is graduate study.
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern: /\b(?:go|went|going|gone|headed|head) back to (?:grad(?:uate)? )?school\b/i,
    },
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern:
        /\b(?:did|decided to (?:do|pursue|start)|chose to (?:do|pursue))\s+(?:a|an|my|his|her)\s+(?:PhD|Ph\.D\.|doctorate|master['’]?s)\b|\b(?:started|began|entered|enrolled in|went to|got into|was admitted to|admitted to|accepted into|accepted to|applied to|pursued|joined)\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+)?(?:PhD|Ph\.D\.|doctoral|master['’]?s|graduate|grad)\b|\b(?:moved|went|came|headed) to (?:\S+ ){1,3}?for (?:my |a |his |her )?(?:graduate|grad|doctoral|PhD|Ph\.D\.|master['’]?s)\b/i,
    },
    // "my Master's Degree at X", "holds a PhD from X": a degree named with its school is grad school there.
    {
      kind: 'grad_school',
      tag: 'grad',
      pattern:
        /\b(?:(?:my|his|her|their)\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:PhD|Ph\.D\.?|doctorate|master['’]?s)(?:\s+degree|\s+program(?:me)?)?\s+(?:in\s+(?:[A-Za-z]+\s+){1,3})?(?:at|from)|holds?\s+an?\s+(?:PhD|Ph\.D\.?|doctorate|master['’]?s(?:\s+degree)?)\s+(?:in\s+(?:[A-Za-z]+\s+){1,3})?from)\b/i,
      needsPlace: true,
      ended: true,
    },
    { kind: 'founded', tag: 'found', pattern: ko('(?:공동\\s*)?창업(?:을|를)?\\s*DID') },
    { kind: 'founded', tag: 'found', pattern: ko('(?:설립|창립)(?:을|를)?\\s*DID') },
    // "스튜디오OO를 차렸어요": the name of what was set up stands before the verb.
    {
      kind: 'founded',
      tag: 'found',
      pattern: /(?<!회사|스타트업|법인|사업)(?:을|를)\s*(?:차렸|차리게|차리고|차린)/,
      needsPlace: true,
    },
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
        /\b(?:co-?founded|founded|(?:started|set up|launched|opened) (?:a|his|her|my|our|their) (?:own )?(?:(?:small|tiny|new|little|two-person|one-person) )?(?:company|startup|consultancy|consulting firm|business|firm|agency|studio))\b/i,
    },
    { kind: 'left', tag: 'leave', pattern: ko('퇴사(?:를|을)?\\s*DID') },
    {
      kind: 'left',
      tag: 'leave',
      pattern:
        /(?:회사|직장)(?:을|를|에서)\s*(?:나와|나왔|나오게|나온|나가|나갔|떠나게|떠났|떠나기로|떠나서|그만)/,
    },
    // "예시랩을 떠나", "예시사에서 나와", "예시전자를 그만두고": a named place left outright.
    {
      kind: 'left',
      tag: 'leave',
      pattern: /(?:을|를)\s*(?:떠나|떠났|떠난|나와|나왔|나온|그만두|그만뒀|그만둔)|에서\s*(?:나와|나왔|나온)/,
      needsPlace: true,
    },
    {
      kind: 'left',
      tag: 'leave',
      pattern:
        /\b(?:left|quit)\s+(?:my|his|her|their)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:job|position|role|company|PhD|program)\b/i,
    },
    {
      kind: 'left',
      tag: 'leave',
      pattern: /\b(?:left|quit|resigned from)\b|\b(?:before|after|since) leaving\b/i,
      needsPlace: true,
    },
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
    // "worked for six months as an engineer": a post held, its place told elsewhere or not at all.
    {
      kind: 'joined',
      tag: 'join',
      pattern:
        /\bworked\s+(?:for\s+(?:\w+\s+){1,2}(?:months?|years?)\s+)?as\s+(?:an?\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:engineer|developer|scientist|researcher|analyst|consultant|intern|designer|manager|programmer)\b/i,
    },
    // "joined a start-up": an unnamed employer is still a job taken.
    {
      kind: 'joined',
      tag: 'join',
      pattern:
        /\b(?:joined|went to work for|started at)\s+(?:a|an)\s+(?:(?:small|young|tiny|new|early-stage|seed-stage|fast-growing|\w+-based)\s+)?(?:start-?up|company|firm|consultancy|scale-?up)\b/i,
    },
    // "2009년부터 몸담은 X", "X에 10년간 몸담았다": a place the person belonged to, joined when it began.
    {
      kind: 'joined',
      tag: 'join',
      pattern: /몸(?:을\s*)?담(?:은|았|고|던|게|아\s*온|아\s*왔)/,
      needsPlace: true,
    },
    // A postdoc is a fixed-term post, a job like an internship (tag intern: not a move to academia).
    {
      kind: 'joined',
      tag: 'intern',
      pattern:
        /\b(?:did|done|doing|held|took|started)\s+(?:a|an|my|his|her|some|two|three|several)\s+(?:post-?docs?|postdoctoral\s+(?:fellowships?|positions?|stints?))\b/i,
    },
    // "landed an internship", "helped me secure a full-time role": a post won, its place told elsewhere.
    {
      kind: 'joined',
      tag: 'intern',
      pattern:
        /\b(?:landed|secured|helped\s+(?:me|him|her|them)\s+(?:to\s+)?secure)\s+(?:an?|my|his|her)\s+(?:(?:first|full-time|part-time|paid|summer|research)\s+)?(?:internship|role|position|job)\b/i,
    },
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
        /\b(?:joined|(?:was|got) hired (?:at|by)|hired at|started (?:working\s+)?(?:at|with)|took a job at|went to work (?:at|for)|accepted (?:an|the|a job|their) offer)\b|\b(?:before|after|prior to|upon|since) joining\b/i,
      needsPlace: true,
    },
    {
      kind: 'joined',
      tag: 'move',
      pattern: /\b(?:left|leaving|quit)\b[^.;]{1,60}?\b(?:for|to join)\b/i,
      needsTo: true,
      placeRightAfter: true,
    },
    { kind: 'joined', tag: 'join', pattern: /\bto join\b/i, needsTo: true, placeRightAfter: true },
    { kind: 'joined', tag: 'move', pattern: /\bmoved to\b/i, needsPlace: true, placeRightAfter: true },
    {
      kind: 'major_change',
      tag: 'major',
      pattern: /\b(?:leave|left|leaving|quit)\b[^.;]{1,60}?\bfor\b/i,
      needsTo: true,
      placeRightAfter: true,
    },
    { kind: 'major_change', tag: 'major', pattern: ko('(?<![이예])전과(?:를|을)?\\s*DID') },
    {
      kind: 'major_change',
      tag: 'major',
      pattern:
        /전공을\s*(?:바꾸|바꿨|바꿔|바꾼|변경|전환|옮기|옮겼)|전공\s*(?:변경|전환)(?:을|를)?\s*(?:했|하|결정)|진로를\s*(?:전향|전환|바꾸|바꿨|바꿔|바꾼|틀었|틀어|튼)|(?:분야|쪽|공학|과학)(?:으로|로)\s*(?:진로를\s*)?(?:전향|전환)(?:했|하여|해서|하게|한)/,
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
        /\b(?:switched|changed|switching|changing)\s+(?:my\s+|his\s+|her\s+|their\s+)?(?:major|field of study)\b|\bdouble[- ]majored\b|\bswitched majors\b|\bchange of (?:major|field)\b|\b(?:did|took) a double major\b|\btransferred (?:to|into) (?:the )?\S+(?: \S+)? (?:department|major)\b/i,
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
export const PRIORITY = new Map<Tag, number>([
  ['plan', 0],
  ['abroad', 1],
  ['abroad-visit', 1],
  ['depart', 1],
  ['conference', CUES.length + 1],
  ['enter', CUES.findIndex((cue) => cue.kind === 'joined') + 1],
]);

/** Places outside Korea, for grad school abroad (미국에서 박사, 보스턴에서 대학원). */
export const FOREIGN =
  /미국|캐나다|영국|독일|프랑스|스위스|네덜란드|스웨덴|핀란드|일본|중국|홍콩|싱가포르|호주|유럽|해외|외국|시애틀|보스턴|피츠버그|뉴욕|실리콘\s*밸리|샌프란시스코|캘리포니아|토론토|몬트리올|밴쿠버|런던|파리|베를린|취리히|도쿄|\b(?:abroad|overseas|the US|the U\.S\.|United States|USA|America|Canada|Europe|UK|England|Germany|Japan|Seattle|Boston|Pittsburgh|Silicon Valley|Finland|Switzerland|France|Netherlands|Sweden|Australia|Singapore|China|Hong Kong|Israel)\b/i;
export const VISIT =
  /다녀오|다녀온|다녀왔|연수|가서\s*공부|건너가|건너갔|visiting|spent (?:a|one|two|the) (?:semester|year|summer)/i;
export const UNIVERSITY =
  /대학교|대학원|University|Institute of Technology|College|KAIST|카이스트|POSTECH|포스텍|UNIST|GIST|DGIST|\bMIT\b|\bCMU\b/i;

export const GRAD_WORDS = /대학원|석사|박사|연구실|\blab\b|PhD|master/i;
export const FACULTY_WORDS = /교수|연구원|포닥|박사후|faculty|professor|postdoc|researcher|lecturer/i;
