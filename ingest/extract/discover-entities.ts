/**
 * Discovery beyond the ontology: rules on the shape of names, so that notes about people,
 * companies and models the ontology has never heard of still yield entities. Precision first:
 * every rule needs a strong cue (an honorific, a suffix such as 대학교, a version number, a
 * "현)" résumé line, a verb of joining) and rejects common nouns and page junk.
 */

import { CV_HEADINGS, DEGREE_WORDS } from '../lexicon/cv-words.ts';
import {
  ENGLISH_JOB_TITLES,
  HEAD_TITLES,
  KOREAN_JOB_TITLES,
  TITLE_MODIFIERS,
} from '../lexicon/job-titles.ts';
import { SCHOOL_FIELD_WORDS } from '../lexicon/org-words.ts';
import { checkDeadline } from './deadline.ts';
import { discoverConferences } from './discover-conferences.ts';
import { modelsByShape, namesByKindWord } from './discover-models.ts';
import { type DiscoveredMention, mention, words } from './discovered.ts';
import type { Ontology } from './load-ontology.ts';
import { PARTICLE_CHAIN_SOURCE, PERSON_HONORIFICS, particleChainEnd } from './particles.ts';
import { quotedPeople } from './quoted-people.ts';
import { peopleFromTurns } from './turn-people.ts';

export type { DiscoveredMention } from './discovered.ts';

const SURNAMES = words(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 ' +
    '우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 ' +
    '맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 라 승',
);
const COMPOUND_SURNAMES = words('남궁 선우 제갈 황보 독고 사공 서문 동방');

/** Words that sit where a name would, before an honorific, and start like a surname. */
const NOT_NAMES = words(
  '여러분 작성자 유명한 유능한 한국인 한국의 고마운 고생한 정다운 정확한 강력한 조용한 신기한 신임 신입 ' +
    '전임 전직 현직 명예 초빙 객원 겸임 정년 석좌 원로 지도 담당 우리 저희 모든 이번 오늘 이분 그분 저분 ' +
    '선배 후배 동기 고객 회원 부모 학부모 선생 사장 회장 하나 주인 조상 임금 공주 왕자 형수 사모 장모 ' +
    '강사 조교 멘토 학생 연사 교수 박사 대표 상무 이사 팀장 마스터',
);

/** A name that ends with one of these is a title (김교수님, 박사장님, 이선생님), not a name. */
const TITLE_ENDINGS = [
  ...words(
    '교수 박사 대표 상무 전무 이사 팀장 부장 과장 차장 실장 사장 회장 원장 소장 학장 총장 국장 처장 반장 ' +
      '선생 강사 교사 목사 선교사 전도사 변호사 간호사 의사 기사 판사 검사 약사 회계사 작가 기자 의원 장관 ' +
      '위원 학생 조교 멘토 코치 감독 매니저 리더 연구원 선배 후배 동기 친구 마스터',
  ),
];

const HONORIFIC_SOURCE = PERSON_HONORIFICS.join('|');
const END = `(?=${PARTICLE_CHAIN_SOURCE}(?![가-힣]))`;
const KOREAN_PERSON = new RegExp(`(?<![가-힣])([가-힣]{2,4}?)\\s?(?:${HONORIFIC_SOURCE})${END}`, 'gu');
const LATIN_WORD = "\\p{Lu}[\\p{Ll}'’]+";
/** A capitalised word of an organisation; inner dots only (Amazon.com): a final period ends the name. */
/** Latin letters only: a Korean particle glued to a name ("Edinburgh에서", "LG전자") is no part of it. */
const CAP_WORD = "\\p{Lu}[\\p{Script=Latin}\\p{N}&'-]*(?:\\.[\\p{Script=Latin}\\p{N}]+)*";
const LATIN_BEFORE_HONORIFIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(${LATIN_WORD}(?:[ \\t-]${LATIN_WORD}){0,3})[ \\t]?(?:교수님|박사님|님)${END}`,
  'gu',
);
const LATIN_TITLED = new RegExp(
  `(?<![\\p{L}])(?:Dr|Prof|Professor)\\.?[ \\t]+(${LATIN_WORD}(?:[ \\t-]${LATIN_WORD}){1,2})`,
  'gu',
);
const NOT_LATIN_NAMES = words(
  'The This That These Week Day Talk Lecture Seminar Session Part Notes Note Speaker Guest Masterclass ' +
    'With And About From Our My Your Research Deep Machine Learning Open Data Science University Institute ' +
    'Lab Team Dear Hello Thanks Thank Special Keynote Chapter Section Figure Table',
);

/** Every discovered candidate, in no particular order; overlaps are settled by the caller. */
export function discoverEntities(text: string, options: { ontology?: Ontology } = {}): DiscoveredMention[] {
  const finders: Array<(text: string) => DiscoveredMention[]> = [
    koreanPeople,
    rosterPeople,
    rosterAffiliations,
    latinPeople,
    (t) => quotedPeople(t).map((p) => mention('Person', p.name, p.start, p.name)),
    peopleFromTurns,
    (t) => modelsByShape(t, options.ontology),
    (t) => discoverConferences(t, options.ontology),
    namesByKindWord,
    institutionsBySuffix,
    latinInstitutions,
    institutionsFromResumeLines,
    institutionsAfterAt,
    institutionsBeforeJoinVerbs,
    institutionsFounded,
    institutionsNamedAsOrgs,
    institutionsOfLatinSteps,
    institutionsBetweenNameAndHead,
    institutionsOfCareerList,
    institutionsCalledLatin,
  ];
  const found = finders.flatMap((find) => {
    checkDeadline();
    return find(text);
  });
  return found.filter((mention) => !isJunk(mention.name));
}

function koreanPeople(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(KOREAN_PERSON)) {
    const name = match[1] ?? '';
    const start = match.index;
    if (!plausibleName(name)) {
      continue;
    }
    if (isKoreanFullName(name)) {
      out.push(mention('Person', name, start, name));
    } else if (name.length === 2) {
      out.push({ ...mention('Person', name, start, name), partial: 'given' });
    }
  }
  return out;
}

/** A list item opening with a name and its affiliation in brackets: "- 홍길동 (예시대 컴퓨터학과)". */
const ROSTER_ITEM = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+([가-힣]{2,5})[ \t]*[(（]/gmu;
/** A roster is a list: one such line alone may be anything ("- 참고 (링크)"). */
const ROSTER_MIN = 3;

/** The items of a roster, found once per text (people and their affiliations both need them). */
let lastRoster: { text: string; items: RegExpExecArray[] } | undefined;
function rosterItems(text: string): RegExpExecArray[] {
  if (lastRoster?.text !== text) {
    const items: RegExpExecArray[] =
      text.includes('(') || text.includes('（') ? [...text.matchAll(ROSTER_ITEM)] : [];
    lastRoster = { text, items: items.filter((m) => isKoreanFullName(m[1] ?? '')) };
  }
  return lastRoster.items;
}

/**
 * People of a roster: a list whose items each open with a full Korean name followed by their
 * affiliation or CV in brackets (instructors, panels, committees). Names must look like full names.
 */
function rosterPeople(text: string): DiscoveredMention[] {
  const items = rosterItems(text);
  if (items.length < ROSTER_MIN) {
    return [];
  }
  return items.map((m) => {
    const name = m[1] ?? '';
    return mention('Person', name, m.index + m[0].indexOf(name), name);
  });
}

/** The bracket after a roster name: its first part, up to a comma or the closing bracket. */
const ROSTER_BRACKET = /^[ \t]*([^(),\n]{2,40}?)[ \t]*[,)）]/u;
/** Words that make a bracket a role, a unit or a remark, not an organisation's name. */
const NOT_AFFILIATION = new RegExp(
  `\\d|^(?:전|현|前|現|ex|former)(?![\\p{L}])|(?:학과|학부|전공|대학원|과|팀|부|센터|연구실)$|(?<![\\p{L}])(?:${[
    ...KOREAN_JOB_TITLES,
    ...ENGLISH_JOB_TITLES,
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * The affiliation of a roster item when its bracket holds only a name: "- 홍길동 (누리웍스)", "- 김민서
 * (Acme AI, 리서치 엔지니어)". One or two words, no figure, not a role, a unit or a 전/현 résumé line
 * (those have finders of their own).
 */
function rosterAffiliations(text: string): DiscoveredMention[] {
  const items = rosterItems(text);
  if (items.length < ROSTER_MIN) {
    return [];
  }
  const out: DiscoveredMention[] = [];
  for (const item of items) {
    const from = item.index + item[0].length;
    const bracket = ROSTER_BRACKET.exec(text.slice(from, from + 64));
    const name = bracket?.[1]?.trim() ?? '';
    if (
      name === '' ||
      name.split(/\s+/).length > 2 ||
      NOT_AFFILIATION.test(name) ||
      GENERIC_PLACES.has(name)
    ) {
      continue;
    }
    // The bracket is a strong cue: the name wins over a field inside it (Acme AI around AI).
    out.push({
      ...mention('Institution', name, from + (bracket?.[0].indexOf(name) ?? 0), name),
      specific: true,
    });
  }
  return out;
}

/**
 * Not a stop word, not a title (김교수, 박사장), and not a word ending in a particle (오늘의 강사님,
 * 인연으로 교수님, 경험이 교수 생활): Korean given names rarely end in 의/에/를/을/는/이/가/로/와/과.
 */
function plausibleName(name: string): boolean {
  if (NOT_NAMES.has(name) || /[의에를을는이가로와과께게]$/u.test(name)) {
    return false;
  }
  return !TITLE_ENDINGS.some((title) => name.endsWith(title));
}

export function isKoreanFullName(name: string): boolean {
  if (!/^[가-힣]{2,4}$/u.test(name) || NOT_NAMES.has(name)) {
    return false;
  }
  if (COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length >= 3) {
    return true;
  }
  // Two-syllable full names exist (김석) but look exactly like given names (민준님): not guessed.
  return name.length === 3 && SURNAMES.has(name.charAt(0));
}

function latinPeople(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  const patterns = /Dr|Prof/.test(text) ? [LATIN_BEFORE_HONORIFIC, LATIN_TITLED] : [LATIN_BEFORE_HONORIFIC];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const surface = match[1] ?? '';
      const name = surface.replace(/\s+/g, ' ');
      const tokens = name.split(/[\s-]/);
      if (tokens.some((token) => NOT_LATIN_NAMES.has(token))) {
        continue;
      }
      const found = mention('Person', name, match.index + match[0].indexOf(surface), surface);
      out.push(tokens.length === 1 ? { ...found, partial: 'surname' } : found);
    }
  }
  return out;
}

// --- institutions -------------------------------------------------------------------------

const SUFFIX_KINDS: readonly [string, string][] = [
  ['대학교', 'university'],
  ['대학원', 'university'],
  ['연구소', 'lab'],
  ['연구원', 'lab'],
  ['재단', 'foundation'],
  ['전자', 'company'],
  ['랩스', 'lab'],
  ['랩', 'lab'],
  // A company's Korean branch is written glued: 예시컴코리아, 샘플소프트코리아.
  ['코리아', 'company'],
];
/** Prefixes that make a generic phrase, not a name: 선임연구원 is a job title, 일반대학원 a kind of school. */
const GENERIC_PREFIXES = words(
  '선임 책임 수석 전임 주임 박사후 인턴 학생 객원 방문 위촉 전문 정규 계약직 신입 초빙 상임 외부 연구 ' +
    '일반 특수 온라인 해외 국내 미국 한국 외국 출신 우리 저희 명문 지방 탑 좋은 모든 각 다른 같은 해당 ' +
    '인공지능 AI 부설 기업부설 사내 기업 교내 학교 회사 대학 국립 사립 석사 박사 석박사 여자 경영 ' +
    '전기 정보 컴퓨터 반도체 디지털 소프트웨어 광 양 오버 스크 스트 드 힙합 딥러닝 머신러닝 비전 NLP 타임',
);

const SUFFIX_HIT = /대학교|대학원|연구소|연구원|재단|전자|랩|코리아/gu;
const WORD_CHAR = /[가-힣A-Za-z&]/u;

function institutionsBySuffix(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  let lastStart = -1;
  for (const hit of text.matchAll(SUFFIX_HIT)) {
    // Suffixes are rare in a note: find them, then take the whole word around each one.
    let start = hit.index;
    while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) {
      start -= 1;
    }
    let end = hit.index;
    while (end < text.length && WORD_CHAR.test(text[end] ?? '')) {
      end += 1;
    }
    if (start !== lastStart) {
      lastStart = start;
      const found = institutionInWord(text.slice(start, end), start);
      if (found !== null) {
        out.push(found);
      }
    }
  }
  return out;
}

/**
 * "예시공대AI대학원", "SAMPLEU인공지능대학원": a unit glued to its school's name; the school is the
 * organisation. Only when what comes first reads as a school (an acronym, a name ending in 대 or
 * 대학교): a unit named after a donor (홍길동AI대학원) keeps its whole name.
 */
function schoolOfUnit(prefix: string): string | null {
  const field = SCHOOL_FIELD_WORDS.find((f) => prefix.endsWith(f));
  const school = field === undefined ? '' : prefix.slice(0, prefix.length - field.length);
  return /^\p{Lu}{2,}$|^[가-힣]+대(?:학교)?$/u.test(school) ? school : null;
}

function institutionInWord(token: string, start: number): DiscoveredMention | null {
  for (const [suffix, kind] of SUFFIX_KINDS) {
    const at = token.indexOf(suffix, 1);
    if (at < 0 || particleChainEnd(token, at + suffix.length) !== token.length) {
      continue;
    }
    const prefix = token.slice(0, at);
    const name = token.slice(0, at + suffix.length);
    const school = suffix === '대학원' ? schoolOfUnit(prefix) : null;
    if (school !== null) {
      return mention('Institution', school, start, school, 'university');
    }
    if (prefix.length >= 2 && !GENERIC_PREFIXES.has(prefix) && !/^[A-Za-z]{1,3}$/.test(prefix)) {
      return mention('Institution', name, start, name, kind);
    }
    return null;
  }
  return null;
}

const LATIN_ORG = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${CAP_WORD}[ \\t]+){1,3}(?:Labs?|Laboratory|University|Institute(?: of Technology)?|Research))(?![\\p{Script=Latin}\\p{N}])`,
  'gu',
);
const UNIVERSITY_OF =
  /(?<![\p{L}\p{N}])(University of \p{Lu}\p{Script=Latin}+(?:[ \t]+\p{Lu}\p{Script=Latin}+){0,2})/gu;
const GENERIC_LATIN = words(
  'The Our My This That A An AI ML NLP Deep Machine Learning Data Vision Language Speech Applied Open Research ' +
    'Lab Labs University Institute Computer Science Senior Junior Visiting Staff Principal Lead',
);

const TITLE_AFTER_RESEARCH = new RegExp(`^[ \\t]+(?:${ENGLISH_JOB_TITLES.join('|')})\\b`, 'u');

/** "Example Co Research Scientist": Research starts the job title, it does not end the organisation's name. */
function researchTitleFollows(name: string, text: string, end: number): boolean {
  return name.endsWith(' Research') && TITLE_AFTER_RESEARCH.test(text.slice(end, end + 40));
}

function latinInstitutions(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  // Both patterns need one of these words; most Korean notes have none.
  if (!/Lab|University|Institute|Research/.test(text)) {
    return out;
  }
  for (const pattern of [LATIN_ORG, UNIVERSITY_OF]) {
    for (const match of text.matchAll(pattern)) {
      const name = (match[1] ?? '').replace(/\s+/g, ' ');
      const tokens = name.split(' ');
      const generic = GENERIC_LATIN.has(tokens[0] ?? '') || tokens.every((t) => GENERIC_LATIN.has(t));
      if (
        pattern === LATIN_ORG &&
        (generic || researchTitleFollows(name, text, match.index + match[0].length))
      ) {
        continue;
      }
      const kind = /University|Institute of Technology/.test(name) ? 'university' : 'lab';
      out.push({
        ...mention('Institution', name, match.index, match[1] ?? name, kind),
        specific: true,
      });
    }
  }
  return out;
}

/** Résumé lines of a speaker introduction: "현) 업스테이지 CTO", "전) 네이버 클로바 리더". */
const RESUME_LINE = /^[ \t>*•·-]*[현전]\s*[)）]\s*(.+)$/gmu;
const ROLE_WORDS = words(
  'CTO CEO CSO CPO COO CFO VP 대표 대표이사 교수 부교수 조교수 연구교수 연구원 리더 엔지니어 팀장 이사 상무 ' +
    '전무 부사장 사장 책임 수석 선임 박사 박사과정 석사 석사과정 학사 졸업 재학 인턴 매니저 PM 개발자 ' +
    '디렉터 창업자 공동창업자 Research Scientist Engineer Researcher Director Manager Lead Head Professor ' +
    'Intern Founder Co-founder ' +
    // what comes between a workplace and a role: 리서치 엔지니어, 산업공학과 교수, AI팀 리더
    '리서치 연구 시니어 주니어 데이터 머신러닝 딥러닝 AI ML 소프트웨어 백엔드 프론트엔드 풀스택 개발 기술 전문 ' +
    'Senior Junior Staff Principal Applied Machine Software Data',
);
const UNIT_ENDINGS = ['학과', '학부', '팀', '본부', '연구실', '랩실', '센터', '그룹'];

/**
 * The same lines with a bare prefix ("현 업스테이지 CTO", "전 예시컴퍼니 AI팀 책임"). 전 and 현
 * are also words of prose (전 = "I" in speech), so these need a role or a unit word after the name.
 */
const RESUME_LINE_SPACED = /^[ \t>*•·-]*[현전現前][ \t]+(.+)$/gmu;
/** A session line's speaker part after a spaced dash: "제목 - 소속 팀 직함 이름". */
const SESSION_SPEAKER = /^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*[^\s\-–—*•][^\n]*?[ \t][-–—][ \t]+([^\n]+)$/gmu;
/** "누리웍스라는 스타트업", "X라는 회사": an organisation named as what it is. */
const NAMED_AS_ORG =
  /(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}?)(?:이)?라는\s+(?:스타트업|회사|기업|연구소|법인)/gu;

function institutionsFromResumeLines(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  const lines = [
    ...[...text.matchAll(RESUME_LINE)].map((m) => ({ match: m, needsRole: false })),
    ...[...text.matchAll(RESUME_LINE_SPACED)].map((m) => ({ match: m, needsRole: true })),
    ...[...text.matchAll(SESSION_SPEAKER)].map((m) => ({ match: m, needsRole: true })),
  ];
  for (const { match, needsRole } of lines) {
    const content = match[1] ?? '';
    const segment = content.split(/[,/|·(<]/)[0] ?? '';
    const tokens = segment.trim().split(/\s+/);
    const role = tokens.findIndex(
      (t, i) => ROLE_WORDS.has(t) || (i > 0 && UNIT_ENDINGS.some((unit) => t.endsWith(unit))),
    );
    const taken = tokens.slice(0, role < 0 ? tokens.length : role);
    if (taken.length === 0 || taken.length > 3 || (role < 0 && (needsRole || tokens.length > 3))) {
      continue;
    }
    // A word with a particle glued on is prose ("전 네이버에서 일했어요").
    if (needsRole && taken.some((t) => /[가-힣](?:은|는|을|를|에|에서|의|으로|와|과)$/u.test(t))) {
      continue;
    }
    const name = taken.join(' ');
    // "Meeting Professor …", "Visiting Researcher …": a lone gerund before a role is a verb or a
    // modifier of the role, never the organisation.
    if (/^[A-Z][a-z]+ing$/.test(name)) {
      continue;
    }
    // "제목 - 홍길동 팀장": a person before their title is no organisation (unless the line
    // names the person after it: "예시랩 개발팀 팀장 홍길동").
    if (needsRole && isKoreanFullName(name) && !tokens.slice(role + 1).some(isKoreanFullName)) {
      continue;
    }
    const start = match.index + match[0].length - content.length + content.indexOf(name);
    if (text.slice(start, start + name.length) === name && !/^\d/.test(name)) {
      out.push(mention('Institution', name, start, name));
    }
  }
  return out;
}

/** A name never runs over a line end ("… at Naver" then the next line's "Experience"). */
const AT_ORG = new RegExp(`(?<![\\p{L}])at[ \\t]+(${CAP_WORD}(?:[ \\t]+(?:${CAP_WORD}|of|for|and))*)`, 'gu');
const NOT_AFTER_AT = words(
  'The This That All Least First Last Home Work Night Once Times Risk Scale Large Best Most Some Any ' +
    'January February March April May June July August September October November December ' +
    'Seattle Seoul Pittsburgh Boston Vancouver Toronto Montreal London Paris Berlin Tokyo Beijing',
);

function institutionsAfterAt(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  if (!/\bat\s/.test(text)) {
    return out;
  }
  for (const match of text.matchAll(AT_ORG)) {
    const name = (match[1] ?? '').replace(/(?:\s+(?:of|for|and))+$/, '').replace(/[.']+$/, '');
    const tokens = name.split(/\s+/);
    if (tokens.length > 5 || NOT_AFTER_AT.has(tokens[0] ?? '') || name.length < 2) {
      continue;
    }
    const found = mention('Institution', name, match.index + match[0].indexOf(name), name);
    out.push({ ...found, specific: true });
  }
  return out;
}

/**
 * "카카오브레인에 입사", "OO에서 근무": the word before a verb of joining names a workplace, also
 * when the note glosses it in brackets first ("OO(Oo Labs)에 입사").
 */
const BEFORE_JOIN =
  /(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z&]{2,20}?)(?:[(（][^()（）\n]{1,40}[)）])?(?:에서|에|으로|로)\s?(?:입사|근무|이직|합류|취업|재직)/gu;
export const GENERIC_PLACES = words(
  '회사 기업 대기업 중소기업 중견기업 공기업 외국계 스타트업 학교 대학 대학원 연구소 연구실 랩 팀 부서 본사 ' +
    '지사 법인 현업 업계 산업계 학계 현장 곳 그곳 이곳 저곳 거기 여기 해외 국내 현지 한국 미국 중국 일본 ' +
    '유럽 캐나다 영국 독일 프랑스 싱가포르 서울 판교 강남 실리콘밸리 재택 원격 병원 은행 기관 공공기관 ' +
    '정부 군대 부대 지금 당시 그때 다시 바로 처음 결국 나중 이후 이전 신입 경력 정규직 계약직 인턴 ' +
    // manners of joining ("정식으로 입사", "공채로 입사"), which sit where a workplace would
    '정식 공식 정규 특채 공채 수시 전환 최종 본격 직접 새로 함께 같이 혼자 무작정 우연히',
);
const GENERIC_TAILS = [
  '회사',
  '기업',
  '학교',
  '팀',
  '부서',
  '연구실',
  '스타트업',
  '업계',
  '분야',
  '쪽',
  '곳',
  // a unit of an organisation named just before ("LG전자 CTO부문에 입사"): the organisation is the place
  '부문',
  '사업부',
  '본부',
  '센터',
];

/** "데이터 분석가로 입사", "연구원으로 근무": a role taken, not a workplace (with 로/으로 only). */
const ROLE_TAILS = words(
  '분석가 전문가 개발자 기획자 엔지니어 연구원 연구자 디자이너 매니저 리서처 사이언티스트 인턴 직원 사원 ' +
    '담당자 요원 리더 팀장 교수 포닥 대표 이사 창업자 신입 경력직 멤버 구성원 일원',
);

function isRoleTaken(word: string, particle: string): boolean {
  return (particle === '로' || particle === '으로') && [...ROLE_TAILS].some((role) => word.endsWith(role));
}

/** Capitalised words right before a Latin name: "Samsung Research " before "America에 입사". */
const LATIN_LEAD = new RegExp(`(?:${CAP_WORD}[ \\t]){1,3}$`, 'u');

function institutionsBeforeJoinVerbs(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(BEFORE_JOIN)) {
    const word = match[1] ?? '';
    const particle = match[0].slice(word.length).match(/^(?:에서|에|으로|로)/)?.[0] ?? '';
    if (
      GENERIC_PLACES.has(word) ||
      GENERIC_TAILS.some((tail) => word.endsWith(tail)) ||
      isRoleTaken(word, particle)
    ) {
      continue;
    }
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const lead = /^\p{Lu}/u.test(word) ? (before.match(LATIN_LEAD)?.[0] ?? '') : '';
    const found = mention('Institution', `${lead}${word}`, match.index - lead.length, `${lead}${word}`);
    out.push(lead === '' ? found : { ...found, specific: true });
  }
  return out;
}

/**
 * "스튜디오OO를 차렸어요", "OO에이아이를 창업", "OO 공동창업자": what a person founded is an
 * organisation, whatever its name looks like — a new startup is in no ontology.
 */
const FOUNDED =
  /(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z&]{2,20}?)(?:(?:을|를)\s?(?:창업|차렸|차리|차린|설립|세웠|공동\s?창업)|\s(?:공동\s?)?창업자)/gu;

/** "cofounder of Black in AI", "founder and CEO of Example Labs": what was founded, by its capitals. */
const FOUNDER_OF = new RegExp(
  `\\b(?:[Cc]o-?)?[Ff]ounder\\s+(?:and\\s+[A-Za-z]+\\s+)?of\\s+(?:the\\s+)?(${CAP_WORD}(?:[ \\t]+(?:${CAP_WORD}|in|of|for|and))*)`,
  'gu',
);

/** "joined Example Labs as …", "left Acme in 2020", "co-founded Widgetly": the organisation a step names. */
const STEP_OBJECT = new RegExp(
  `\\b(?:joined|left|co-?founded|founded|resigned from|interned at)\\s+(${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,3})(?![ \\t]*['’]s\\b)(?=[ \\t]*(?:$|[.,;:)]|as\\b|in\\b|on\\b|after\\b|before\\b|and\\b|to\\b|where\\b|when\\b|for\\b|with\\b))`,
  'gmu',
);

function institutionsOfLatinSteps(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(STEP_OBJECT)) {
    const name = match[1] ?? '';
    // A person joined ("joined Jane Doe") has two capitalised name words and no organisation word;
    // it is left to the person rules, which know names.
    if (name.length > 1 && !NOT_LATIN_NAMES.has(name) && !looksLikeLatinPerson(name)) {
      out.push(mention('Institution', name, match.index + match[0].lastIndexOf(name), name, 'company'));
    }
  }
  for (const match of text.matchAll(FOUNDER_OF)) {
    // A name does not end in a joining word ("Example in", "Example Labs and").
    const name = (match[1] ?? '').replace(/(?:[ \t]+(?:in|of|for|and))+$/u, '');
    if (name.length > 1 && !NOT_LATIN_NAMES.has(name)) {
      out.push(
        mention('Institution', name, match.index + match[0].lastIndexOf(match[1] ?? ''), name, 'company'),
      );
    }
  }
  return out;
}

const NAME_ORG_HEAD = new RegExp(
  `(?<![가-힣A-Za-z0-9])([가-힣]{2,4})[ \\t]+([가-힣A-Za-z0-9][가-힣A-Za-z0-9&.-]{1,20})[ \\t]+(?:${HEAD_TITLES.join('|')})(?![A-Za-z0-9])`,
  'gu',
);
const NOT_ORG_BEFORE_HEAD = new Set<string>([...TITLE_MODIFIERS, ...GENERIC_PLACES]);

/** "김OO 예시랩 대표", "이OO Acmebot CEO": a person, their organisation, then the title of its head. */
function institutionsBetweenNameAndHead(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(NAME_ORG_HEAD)) {
    const person = match[1] ?? '';
    const org = match[2] ?? '';
    if (isKoreanFullName(person) && !NOT_ORG_BEFORE_HEAD.has(org) && !isKoreanFullName(org)) {
      const at = match.index + match[0].indexOf(org, person.length);
      out.push(mention('Institution', org, at, org, 'company'));
    }
  }
  return out;
}

const CV_HEADING = new RegExp(
  `^[ \\t#>*]*(?:\\d+[.)][ \\t]*)?(?:${CV_HEADINGS.join('|')})[ \\t]*:?[ \\t]*$`,
  'iu',
);
const BULLET = /^[ \t]*[•·*-][ \t]+(.+)$/u;
const DEGREE_TOKEN = new RegExp(`^(?:${DEGREE_WORDS.join('|')})$`, 'iu');

/**
 * The bullets of a career list under its heading: "• Example Vision / CCTV 분석", "• Acmebot CTO".
 * Only under such a heading, since "• PyTorch / JAX" elsewhere names tools, not places.
 */
function institutionsOfCareerList(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  let offset = 0;
  let inList = false;
  for (const line of text.split('\n')) {
    const bullet = BULLET.exec(line);
    if (CV_HEADING.test(line)) {
      inList = true;
    } else if (bullet !== null && inList) {
      const found = placeOfCareerBullet(bullet[1] ?? '');
      if (found !== null) {
        const at = offset + line.indexOf(found, line.length - (bullet[1] ?? '').length);
        out.push(mention('Institution', found, at, found));
      }
    } else if (line.trim() !== '') {
      inList = false;
    }
    offset += line.length + 1;
  }
  return out;
}

function placeOfCareerBullet(content: string): string | null {
  const slash = content.indexOf(' / ');
  const tokens = (slash >= 0 ? content.slice(0, slash) : content).trim().split(/\s+/);
  const role = tokens.findIndex((t) => ROLE_WORDS.has(t) || DEGREE_TOKEN.test(t));
  if (slash < 0 && role <= 0) {
    return null;
  }
  const taken = tokens.slice(0, role < 0 ? tokens.length : role);
  const name = taken.join(' ');
  const prose = taken.some((t) => /[가-힣](?:은|는|을|를|에|에서|의|으로|와|과)$/u.test(t));
  return taken.length === 0 || taken.length > 3 || prose || /^\d/.test(name) || GENERIC_PLACES.has(name)
    ? null
    : name;
}

const CALLED_ORG = new RegExp(
  `\\b(?:company|startup|start-up|firm|lab|laboratory|nonprofit|organi[sz]ation)[ \\t]+(?:called|named)[ \\t]+(${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,3})`,
  'gu',
);

/** "a company called Example Dynamics", "a startup named Acmebot": the English "X라는 회사". */
function institutionsCalledLatin(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(CALLED_ORG)) {
    const name = (match[1] ?? '').replace(/\s+/g, ' ');
    if (!GENERIC_LATIN.has(name.split(' ')[0] ?? '')) {
      out.push(
        mention(
          'Institution',
          name,
          match.index + match[0].length - (match[1] ?? '').length,
          name,
          'company',
        ),
      );
    }
  }
  return out;
}

function institutionsNamedAsOrgs(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.includes('라는') ? text.matchAll(NAMED_AS_ORG) : []) {
    const word = match[1] ?? '';
    if (!GENERIC_PLACES.has(word) && !FOUNDED_GENERIC.has(word)) {
      out.push(mention('Institution', word, match.index, word, 'company'));
    }
  }
  return out;
}

function institutionsFounded(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(FOUNDED)) {
    const word = match[1] ?? '';
    if (
      !GENERIC_PLACES.has(word) &&
      !GENERIC_TAILS.some((tail) => word.endsWith(tail)) &&
      !FOUNDED_GENERIC.has(word)
    ) {
      out.push(mention('Institution', word, match.index, word, 'company'));
    }
  }
  return out;
}

/** What one founds without naming it: 회사를 창업, 사업을 차렸다, 법인을 설립. */
const FOUNDED_GENERIC = words(
  '사업 법인 가게 스튜디오 학원 연구실 동아리 모임 커뮤니티 재단 단체 서비스 앱 제품 솔루션 플랫폼 브랜드 사업체 스타트업',
);

// --- junk ---------------------------------------------------------------------------------

const JUNK = words(
  '댓글 댓글남기기 카테고리 태그 공유하기 공유 구독 구독하기 좋아요 본문 바로가기 더보기 목록 이전글 다음글 ' +
    '검색 로그인 로그아웃 메뉴 블로그 게시글 글쓰기 관련글 인기글 최근글 방문자 전체 홈 Today Total Expand ' +
    'Back Top Share Tags Tag Category Categories Comments Comment Posted Select Menu Home Login Search',
);

/** Page words, numbers and dates are never names. */
export function isJunk(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2 || /^[\d\s.,:/-]+$/.test(trimmed) || /\d{4}[.-]\d{1,2}/.test(trimmed)) {
    return true;
  }
  return trimmed.split(/\s+/).some((token) => JUNK.has(token));
}

const ORG_WORD_IN_NAME =
  /\b(?:Labs?|AI|Inc|Corp|Research|Brain|Technologies|Systems|Group|Institute|University|College|Capital|Ventures|Studio|Cloud|Health|Robotics|Vision|Bank|Foundation)\b/;

/** Two or three plain capitalised words with no organisation word: shaped like "Jane Doe". */
function looksLikeLatinPerson(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    !ORG_WORD_IN_NAME.test(name)
  );
}
