/**
 * Korean particles and the character classes that decide where a name ends.
 * Korean glues particles (은/는/이/가, 에서, 으로…) and copulas (이었다, 입니다…) straight onto a
 * noun, so "네이버에서" must be read as 네이버 + 에서, while "네이버웹툰" is another word.
 */

/**
 * Postpositions, copula endings and a few glued dependent nouns (쪽, 측, 같은) that follow a name.
 * Chained up to three deep (에서 + 는, 으로 + 도 + 요), so compounds need no entry of their own.
 */
export const KOREAN_PARTICLES: readonly string[] = [
  // case and topic markers
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '에서',
  '에게',
  '에게서',
  '께',
  '께서',
  '한테',
  '한테서',
  '으로',
  '로',
  '으로서',
  '로서',
  '으로써',
  '로써',
  '으로부터',
  '로부터',
  '와',
  '과',
  '랑',
  '이랑',
  '하고',
  // delimiters
  '도',
  '만',
  '까지',
  '부터',
  '마저',
  '조차',
  '이나',
  '나',
  '이나마',
  '나마',
  '이든',
  '든',
  '이든지',
  '든지',
  '이라도',
  '라도',
  '처럼',
  '같이',
  '같은',
  '보다',
  '마다',
  '밖에',
  '뿐',
  '대로',
  '등',
  '요',
  '들',
  '쪽',
  '측',
  // copula endings
  '이다',
  '다',
  '이고',
  '고',
  '이며',
  '며',
  '였다',
  '이었다',
  '였고',
  '이었고',
  '였는데',
  '이었는데',
  '였음',
  '이었음',
  '였던',
  '이었던',
  '인데',
  '이지만',
  '지만',
  '입니다',
  '이에요',
  '예요',
  '임',
  '인',
  '이라',
  '라',
  '이라서',
  '라서',
  '이라고',
  '라고',
  '이라는',
  '라는',
  '이란',
  '란',
  '이라면',
  '라면',
  // spoken endings of notes and transcripts (딥마인드죠, 네이버였어요)
  '죠',
  '이죠',
  '지요',
  '이지요',
  '야',
  '이야',
  '네요',
  '이네요',
  '니까',
  '이니까',
  '였어요',
  '이었어요',
  '였습니다',
  '이었습니다',
  '거든요',
  '이거든요',
];

/** Honorifics and titles written after a person's name, longest first (마스터님 before 마스터). */
export const PERSON_HONORIFICS: readonly string[] = [
  '교수님',
  '교수',
  '마스터님',
  '마스터',
  '강사님',
  '상무님',
  '전무님',
  '이사님',
  '박사님',
  '박사',
  '대표님',
  '연구원님',
  '선생님',
  '멘토님',
  '팀장님',
  '리더님',
  '매니저님',
  '님',
];

const MAX_CHAIN = 3;
const PARTICLES_BY_LENGTH = [...KOREAN_PARTICLES].sort((a, b) => b.length - a.length);

/** A regex source matching a chain of particles (possibly empty): for lookaheads in discovery rules. */
export const PARTICLE_CHAIN_SOURCE = `(?:${PARTICLES_BY_LENGTH.join('|')}){0,${MAX_CHAIN}}`;

/** Hangul syllables and jamo (conjoining, compatibility, extended). */
export function isHangulCode(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xd7b0 && code <= 0xd7ff)
  );
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/** Latin letters (any accent) and digits: what a Latin-script name cannot be glued to. */
export function isLatinOrDigitCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return LATIN_OR_DIGIT.test(String.fromCodePoint(code));
}

/** True when the text at `pos` is the end of the text or something that is not Hangul. */
function isHangulBoundary(text: string, pos: number): boolean {
  return pos >= text.length || !isHangulCode(text.charCodeAt(pos));
}

/**
 * Where a chain of particles starting at `pos` ends, when the chain is followed by a boundary
 * (not Hangul); -1 when the Hangul after `pos` is not particles (the name is part of a longer word).
 */
export function particleChainEnd(text: string, pos: number, depth = 0): number {
  if (isHangulBoundary(text, pos)) {
    return pos;
  }
  if (depth >= MAX_CHAIN) {
    return -1;
  }
  for (const particle of PARTICLES_BY_LENGTH) {
    if (text.startsWith(particle, pos)) {
      const end = particleChainEnd(text, pos + particle.length, depth + 1);
      if (end >= 0) {
        return end;
      }
    }
  }
  return -1;
}

/** Like particleChainEnd, after an optional honorific (이활석님께서, 주재걸교수님의, 교수님들). */
export function honorificChainEnd(text: string, pos: number): number {
  const plain = particleChainEnd(text, pos);
  if (plain >= 0) {
    return plain;
  }
  for (const honorific of PERSON_HONORIFICS) {
    if (text.startsWith(honorific, pos)) {
      const end = particleChainEnd(text, pos + honorific.length);
      if (end >= 0) {
        return end;
      }
    }
  }
  return -1;
}

/** True when an honorific (and maybe particles) follows at `pos`, glued or after one space (활석 님). */
export function honorificFollows(text: string, pos: number): boolean {
  const at = text[pos] === ' ' ? pos + 1 : pos;
  return PERSON_HONORIFICS.some((h) => text.startsWith(h, at) && particleChainEnd(text, at + h.length) >= 0);
}
