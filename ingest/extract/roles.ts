/** The roles a person holds or takes (연구원, 교수, engineer…), for affiliations and decisions. */

export const ROLE =
  /조교수|부교수|정교수|연구교수|교수|수석연구원|책임연구원|선임연구원|박사후연구원|연구원|연구위원|연구자|포닥|엔지니어|개발자|리서처|사이언티스트|팀장|리더|매니저|디렉터|CTO|CEO|CSO|CPO|공동창업자|창업자|대표|이사|상무|전무|부사장|사장|인턴|박사과정|석사과정|\b(?:assistant professor|associate professor|professor|research scientist|researcher|scientist|engineer|developer|intern|co-?founder|founder|director|manager|postdoc|PhD student)\b/i;

/** A role taken with a step: "연구원으로 입사", "교수로 임용", "as a professor". */
const ROLE_TAKEN = new RegExp(
  `(${ROLE.source})\\s*(?:으로|로|가|이)\\s*(?:[^\\s,.]+\\s+){0,2}?[^\\s,.]*?(?:입사|합류|임용|부임|채용|일을|일하|일했|근무|재직|되|됐|옮|이직|시작)|\\b(?:as|became|become)\\s+(?:an?\\s+)?(${ROLE.source})`,
  'i',
);

/** The role a clause says a step was taken in, or null. */
export function roleOf(clause: string): string | null {
  const match = ROLE_TAKEN.exec(clause);
  return match?.[1] ?? match?.[2] ?? null;
}
