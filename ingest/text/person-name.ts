import { HONORIFIC_SOURCE } from '../lexicon/honorifics.ts';

/**
 * What a person's name looks like in these notes: 2–4 Hangul syllables starting with a Korean
 * surname, or a Latin full name (two or three capitalised words). Shape rules, so that headings
 * of unseen notes yield speakers too, and common nouns in front of an honorific (지도 교수님,
 * 담당 교수님) do not.
 */

/** Single-syllable surnames, the most common few hundred bearers' worth; rarer ones fail closed. */
const SURNAMES = new Set(
  [
    '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌',
  ]
    .join('')
    .split(''),
);
const COMPOUND_SURNAMES = new Set(['남궁', '선우', '제갈', '황보', '독고', '사공', '서문', '동방']);

/** Words that sit where a name would (before 교수님, 님, 마스터) but are roles or determiners. */
const NOT_NAMES = new Set([
  '지도',
  '담당',
  '우리',
  '저희',
  '모든',
  '많은',
  '여러',
  '다른',
  '어떤',
  '어느',
  '이런',
  '그런',
  '저런',
  '한분',
  '두분',
  '선배',
  '후배',
  '팀장',
  '대표',
  '주임',
  '명예',
  '초빙',
  '겸임',
  '조교수',
  '부교수',
  '정교수',
  '강사',
  '연사',
  '마스터',
  '교수',
  '박사',
  '멘토',
  '조교',
  '사수',
  '원장',
  '소장',
  '학생',
  '이번',
  '오늘',
  '유명',
  '존경',
  '기술',
  '고민',
  '강의',
  '특강',
  '수업',
  '연구',
  '문의',
  '신청',
  '장소',
  '일시',
  '주제',
  '소개',
  '이분',
  '그분',
  '저분',
  '성함',
  // Layout words that start like a surname: titles such as "이야기 — 정리" or "공지 | 안내".
  '이야기',
  '정리',
  '공지',
  '안내',
  '진행',
  '진행자',
  '진로',
  '정보',
  '모집',
  '기록',
  '노트',
  '전체',
  '공유',
  '배경',
  '경력',
  '경험',
  '이력',
  '약력',
  '채용',
  '후기',
  '요약',
  '목차',
  '개요',
  '구독',
  '방송',
  '게스트',
  '발표자',
  '강연자',
  // Words a self-introduction uses in place of a name ("안녕하세요, 주니어입니다").
  '주니어',
  '신입',
  '신입생',
  '백수',
  '문과생',
  '이과생',
  '공대생',
  '전공자',
  '석사생',
  '박사생',
  '연구자',
  '유학생',
  '직장인',
]);

const LATIN_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$/u;
const LATIN_PARTICLE = /^(?:van|von|de|der|da|di|du|la|le|bin|al)$/;
const NOT_LATIN_NAMES = new Set([
  'The',
  'This',
  'That',
  'Week',
  'Day',
  'Talk',
  'Lecture',
  'Seminar',
  'Keynote',
  'Interview',
  'Speaker',
  'Speakers',
  'Guest',
  'Masterclass',
  'Session',
  'Part',
  'Notes',
  'Note',
  'With',
  'And',
  'About',
  'From',
  'Our',
  'Q',
  'Research',
  'Deep',
  'Machine',
  'Learning',
  'Open',
  'Data',
  'Science',
  'University',
  'Institute',
  'Lab',
  'Google',
  'Meta',
  'Naver',
  'Kakao',
  'Samsung',
  // Words of talk and session titles that are capitalised like names ("Session 2 — Live Demo").
  'Live',
  'Demo',
  'Final',
  'Closing',
  'Opening',
  'Panel',
  'Discussion',
  'Lightning',
  'Hands',
  'Remarks',
  'Thoughts',
  'Lessons',
  'Learned',
  'Intro',
  'Introduction',
  'Summary',
  'Recap',
  'Break',
  'Lunch',
  'Coffee',
  'Networking',
  'Wrap',
  'Future',
  'Work',
  'Best',
  'Practices',
  'Case',
  'Study',
  'Getting',
  'Started',
  'Building',
  'Beyond',
  'Why',
  'How',
  'What',
  'When',
  'Where',
  'Who',
  'Notes',
  'Slides',
  // Words of organisation names, which sit where a speaker would: "Session 2 — 제목 (Example Labs)".
  'Labs',
  'Inc',
  'Corp',
  'Company',
  'Technologies',
  'Systems',
  'Group',
  'Studio',
  'Studios',
  'Ventures',
  'Capital',
  'Solutions',
  'Center',
  'Centre',
  'College',
  'School',
  'Foundation',
  'Partners',
  'Robotics',
  'Analytics',
  'Cloud',
  'Networks',
  'Software',
  'Health',
  'Bio',
  'Motors',
]);

/** Titles written before a name (Dr. Jane Doe, Prof. Kim Minsu) that are not part of it. */
const TITLE_PREFIX = /^(?:(?:dr|prof|professor|mr|ms|mrs|mx|sir)\.?\s+)+/i;

/** Honorifics written after a name (the list is in lexicon/honorifics.ts). */
export { HONORIFIC_SOURCE };

const TRAILING_HONORIFIC = new RegExp(`\\s*${HONORIFIC_SOURCE}\\s*$`, 'u');

export function isHangulName(word: string): boolean {
  if (!/^[가-힣]{2,4}$/u.test(word) || NOT_NAMES.has(word)) {
    return false;
  }
  if (word.length === 4) {
    return COMPOUND_SURNAMES.has(word.slice(0, 2));
  }
  return SURNAMES.has(word.charAt(0)) || COMPOUND_SURNAMES.has(word.slice(0, 2));
}

export function isLatinFullName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const capitalised = words.filter((w) => !LATIN_PARTICLE.test(w));
  if (capitalised.length < 2 || words.length > 4) {
    return false;
  }
  return capitalised.every((w) => LATIN_WORD.test(w) && !NOT_LATIN_NAMES.has(w));
}

/**
 * A name as written by hand (front matter) without its honorific or title: "서민준 교수님" →
 * "서민준", "Dr. Jane Doe" → "Jane Doe". Not validated: a person may spell their own name oddly.
 */
export function withoutHonorific(name: string): string {
  const bare = name.trim().replace(TITLE_PREFIX, '').replace(TRAILING_HONORIFIC, '').trim();
  return bare.length > 0 ? bare : name.trim();
}

/** The bare name, or null when what is left is not name-shaped (never a guess). */
export function cleanPersonName(raw: string): string | null {
  const text = raw
    .replace(/[()[\]{}"'“”‘’«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TITLE_PREFIX, '')
    .replace(TRAILING_HONORIFIC, '')
    .trim();
  if (isHangulName(text) || isLatinFullName(text)) {
    return text;
  }
  return null;
}

/** Splits "A, B and C" / "A · B 및 C" into names; all-or-nothing so a sentence is not half-read. */
export function splitNameList(value: string): string[] {
  const parts = value
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:[,;/&·|]|\band\b|\s및\s|\s와\s|\s과\s)\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const names = parts.map(cleanPersonName);
  if (names.length === 0 || names.some((n) => n === null)) {
    return [];
  }
  return [...new Set(names as string[])];
}
