/**
 * One vocabulary for the roles of affiliations (AFFILIATED_WITH.role): a note's words, Korean or
 * English, mapped to one English name, the UI's language (교수 and Professor are one role). The
 * note's own words stay in the affiliation's evidence. Longer words first within a role, so
 * 조교수 is not read as 교수 and "Assistant Professor" not as "Professor".
 */
const ROLES: readonly (readonly [role: string, words: readonly string[]])[] = [
  ['assistant professor', ['assistant professor', '조교수']],
  ['associate professor', ['associate professor', '부교수']],
  ['research professor', ['research professor', '연구교수']],
  ['adjunct professor', ['adjunct professor', '겸임교수', '겸직교수', '초빙교수']],
  ['professor', ['full professor', 'professor', 'prof.', 'prof', '정교수', '교수님', '교수']],
  [
    'postdoc',
    ['postdoctoral researcher', 'postdoctoral fellow', 'postdoc', 'post-doc', '박사후연구원', '포닥'],
  ],
  [
    'PhD student',
    ['phd candidate', 'phd student', 'ph.d. student', 'doctoral student', '박사과정생', '박사과정'],
  ],
  ["master's student", ["master's student", 'masters student', 'ms student', '석사과정생', '석사과정']],
  ['student', ['undergraduate', 'student', '학부생', '대학원생', '학생']],
  ['intern', ['research intern', 'intern', '인턴']],
  ['co-founder', ['co-founder', 'cofounder', '공동창업자', '공동 창업자']],
  ['founder', ['founder', '창업자', '설립자']],
  ['CEO', ['chief executive officer', 'ceo', '대표이사', '공동대표', '대표']],
  ['CTO', ['chief technology officer', 'cto']],
  ['vice president', ['vice president', 'vp', '부사장']],
  ['president', ['president', '사장', '회장']],
  ['executive', ['executive', '전무', '상무', '이사']],
  ['director', ['director', '본부장', '센터장', '연구소장', '소장', '원장']],
  ['team lead', ['team lead', 'tech lead', 'head', 'lead', '팀장', '실장', '리더']],
  ['principal researcher', ['principal researcher', '수석연구원', '책임연구원']],
  ['senior researcher', ['senior researcher', '선임연구원']],
  ['research scientist', ['research scientist', 'scientist']],
  ['researcher', ['researcher', 'research fellow', '연구위원', '연구원']],
  ['engineer', ['software engineer', 'ml engineer', 'engineer', '엔지니어']],
  ['developer', ['developer', '개발자']],
  ['manager', ['product manager', 'manager', '매니저']],
];

const EXACT = new Map(ROLES.flatMap(([role, words]) => words.map((w) => [w, role] as const)));
// Every word, longest first: the first found inside a longer phrase is the most specific.
const BY_LENGTH = [...EXACT.entries()].sort((a, b) => b[0].length - a[0].length);
const LATIN = /^[a-z .'-]+$/;

/** The role in the one vocabulary; words it does not know are kept as written (trimmed). */
export function normaliseRole(raw: string | null | undefined): string | null {
  const text = raw?.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text) {
    return null;
  }
  const lower = text.toLowerCase().replace(/님$/, '');
  const exact = EXACT.get(lower);
  if (exact) {
    return exact;
  }
  for (const [word, role] of BY_LENGTH) {
    // Latin words as whole words (a "Lead" is not in "Leader board"); Korean ones anywhere.
    const found = LATIN.test(word)
      ? new RegExp(`(^|[^a-z])${word.replace(/[.]/g, '\\.')}($|[^a-z])`).test(lower)
      : lower.includes(word);
    if (found) {
      return role;
    }
  }
  return text;
}
