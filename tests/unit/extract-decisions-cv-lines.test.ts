/**
 * Career steps on real pages that carry no verb of moving: résumé lines (현/전 prefixes, "Org / work"
 * bullets, "Org role", degrees, founders, dropouts) and English narrative. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../graph/model.ts';
import { extractDecisions } from '../../ingest/extract/extract-decisions.ts';
import type { Mention } from '../../ingest/extract/types.ts';

/** [surface as written, type, canonical name, institution kind] */
type Spec = readonly [string, EntityType, string?, string?];

const SPECS: readonly Spec[] = [
  ['가나다랩', 'Institution', 'Ganada Lab', 'company'],
  ['라마바전자', 'Institution', 'Ramaba Electronics', 'company'],
  ['Examplify', 'Institution', 'Examplify', 'company'],
  ['Northwind', 'Institution', 'Northwind', 'company'],
  ['Contoso Research', 'Institution', 'Contoso Research', 'company'],
  ['한빛대학교', 'Institution', 'Hanbit University', 'university'],
  ['은하대', 'Institution', 'Eunha University', 'university'],
  ['Riverside University', 'Institution', 'Riverside University', 'university'],
  ['Lakeview University', 'Institution', 'Lakeview University', 'university'],
  ['홍길순', 'Person'],
  ['박예시', 'Person'],
  ['Mara Quill', 'Person'],
  ['Tomas Reed', 'Person'],
];

function mentionsOf(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, type, name, kind] of SPECS) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      mentions.push({
        type,
        name: name ?? surface,
        surface,
        start: at,
        end: at + surface.length,
        kind: kind ?? null,
        origin: 'ontology',
      });
    }
  }
  return mentions;
}

function steps(text: string, speakers: string[] = []) {
  const { decisions } = extractDecisions({ text, date: null, mentions: mentionsOf(text), speakers });
  return decisions.map((d) => [d.person, d.kind, d.to?.name ?? d.from?.name ?? null, d.year]);
}

describe('résumé lines with no verb (pattern: a line opening with an organisation, read by its prefix or role word)', () => {
  it('현 X role is a post taken, 전 X role a place left', () => {
    expect(steps('경력\n현 가나다랩 CTO\n전 라마바전자 선임 연구원\n', ['홍길순'])).toEqual([
      [null, 'joined', 'Ganada Lab', null],
      [null, 'left', 'Ramaba Electronics', null],
    ]);
    expect(
      steps('<td>현) Examplify 리서치 엔지니어<br>\n전) Northwind 데이터 팀 헤드</td>', ['박예시']),
    ).toEqual([
      [null, 'joined', 'Examplify', null],
      [null, 'left', 'Northwind', null],
    ]);
  });

  it('a professor at a university moved to academia; a degree in progress is grad school; 중퇴 is also a step away', () => {
    expect(steps('- 한빛대학교 컴퓨터학과 교수\n- 은하대 전산학부 박사과정 (중퇴)\n', ['홍길순'])).toEqual([
      [null, 'moved_to_academia', 'Hanbit University', null],
      [null, 'grad_school', 'Eunha University', null],
      [null, 'left', 'Eunha University', null],
    ]);
    expect(
      steps(
        '* Riverside University, Associate Professor\n* Lakeview University Ph.D. student (dropped out)\n',
        ['박예시'],
      ),
    ).toEqual([
      [null, 'moved_to_academia', 'Riverside University', null],
      [null, 'grad_school', 'Lakeview University', null],
      [null, 'left', 'Lakeview University', null],
    ]);
  });

  it('a co-founder founded; "Org / what was done" bullets are jobs', () => {
    expect(steps('현 Examplify Co-Founder\n', ['홍길순'])).toEqual([[null, 'founded', 'Examplify', null]]);
    expect(
      steps('약력\n  • 라마바전자 / 음성 인식 모델\n  • Northwind / search ranking\n', ['박예시']),
    ).toEqual([
      [null, 'joined', 'Ramaba Electronics', null],
      [null, 'joined', 'Northwind', null],
    ]);
  });

  it("a roster apposition gives the step to the person it follows: 'name (현 X CEO, 전 Y 헤드)'", () => {
    expect(
      steps('## 강사진\n- 홍길순 (가나다랩 CEO, 전 라마바전자 AI 헤드)\n- 박예시 (전 Northwind 테크리더)\n'),
    ).toEqual([
      ['홍길순', 'joined', 'Ganada Lab', null],
      ['홍길순', 'left', 'Ramaba Electronics', null],
      ['박예시', 'left', 'Northwind', null],
    ]);
  });

  it("a session line 'title - org role name' gives the speaker the post", () => {
    expect(steps('2. 작은 모델로 버티기 - 가나다랩 리서치 엔지니어 홍길순\n', ['홍길순'])).toEqual([
      [null, 'joined', 'Ganada Lab', null],
    ]);
    expect(steps('Shipping search at scale — Northwind Staff Engineer Tomas Reed\n', ['Tomas Reed'])).toEqual(
      [[null, 'joined', 'Northwind', null]],
    );
  });

  it('hard negatives stay out: an organisation in prose, an award named after it, a bare affiliation, an unnamed apposition', () => {
    expect(
      steps(
        '가나다랩의 CTO가 발표를 했다.\n- 라마바전자 PhD Fellowship 수상\n- 홍길순 (한빛대학교 컴퓨터학과)\n',
      ),
    ).toEqual([]);
    expect(
      steps(
        'Northwind CTO said the model was late.\n- Examplify Research Award\n- 누군가 (전 Northwind 엔지니어)\n',
      ),
    ).toEqual([]);
  });
});

describe('English narrative (pattern: a degree named with its school, a postdoc, a post won, a job left)', () => {
  it("'my Master's Degree at X' and 'holds a PhD from X' are grad school there", () => {
    expect(
      steps('I was in my second year of my Data Science Master’s Degree at Riverside University then.'),
    ).toEqual([[null, 'grad_school', 'Riverside University', null]]);
    expect(steps('Mara Quill holds a PhD in physics from Lakeview University.')).toEqual([
      ['Mara Quill', 'grad_school', 'Lakeview University', null],
    ]);
  });

  it('a postdoc is a job, also at a university', () => {
    expect(steps('After that I did a postdoc at Lakeview University.')).toEqual([
      [null, 'joined', 'Lakeview University', null],
    ]);
    expect(steps('Tomas Reed did two postdocs at Contoso Research.')).toEqual([
      ['Tomas Reed', 'joined', 'Contoso Research', null],
    ]);
  });

  it("'landed an internship', 'helped me secure a full-time role' are posts taken", () => {
    expect(steps('Through a friend, I landed an internship in the spring.')).toEqual([
      [null, 'joined', null, null],
    ]);
    expect(steps('That demo helped me secure a full-time role.')).toEqual([[null, 'joined', null, null]]);
  });

  it("'left my (adjective) job' is a step away; 'went back to school' is grad school", () => {
    expect(steps('In 2021 I left my comfortable job at Northwind.').map((s) => s[1])).toContain('left');
    expect(steps('After four years of work I went back to school.')).toEqual([
      [null, 'grad_school', null, null],
    ]);
  });

  it('hard negatives stay out: a declined offer, a rejection, a hoped-for internship', () => {
    expect(steps('I declined the offer from Northwind.')).toEqual([]);
    expect(steps('Lakeview University rejected my application.')).toEqual([]);
    expect(steps('I hope to land an internship next year.')).toEqual([]);
  });
});

describe('Korean narrative without a verb of moving (pattern: 몸담다, an offer is no post)', () => {
  it("'X년부터 몸담은 Y' joined Y that year", () => {
    expect(steps('그는 2012년부터 몸담은 라마바전자를 떠나기로 했다.', ['박예시'])[0]).toEqual([
      null,
      'joined',
      'Ramaba Electronics',
      2012,
    ]);
    expect(steps('홍길순 님은 가나다랩에 2015년부터 몸담았다.', ['홍길순'])).toEqual([
      [null, 'joined', 'Ganada Lab', 2015],
    ]);
  });

  it("'교수 임용 제안' is an offer, not a move to academia", () => {
    expect(steps('논문 몇 편이면 교수 임용 제안이 온다고 한다.')).toEqual([]);
    expect(steps('작년에 은하대에서 교수 임용 제의를 받았지만 회사에 남았다.')).toEqual([]);
  });
});

describe('more phrasings of common steps (pattern: a change of path, a graduate of a grad school, an unnamed start-up)', () => {
  it("'진로를 전향', 'X 분야로 전향' is a change of field", () => {
    expect(steps('학부에서 경영학을 전공한 뒤 데이터 분야로 진로를 전향했다.').map((s) => s[1])).toEqual([
      'major_change',
    ]);
    expect(steps('화학을 하다가 진로를 바꿔 통계를 공부했다.').map((s) => s[1])).toEqual(['major_change']);
  });

  it("'대학원 1기 졸업생', '대학원을 마쳤다' is grad school", () => {
    expect(steps('그는 은하대 AI대학원 1기 졸업생이다.', ['박예시']).map((s) => s[1])).toEqual([
      'grad_school',
    ]);
    expect(steps('한빛대학교 대학원을 마쳤다.').map((s) => s[1])).toEqual(['grad_school']);
  });

  it("'joined a start-up' is a job with no named place", () => {
    expect(steps('Then I joined a start-up in the city.')).toEqual([[null, 'joined', null, null]]);
    expect(steps('After the lab, I went to work for a small consultancy.')).toEqual([
      [null, 'joined', null, null],
    ]);
  });
});

describe('English subjects and posts (pattern: the narrator taking over from "they"; "worked as a ROLE")', () => {
  it('"they … and I joined" is the narrator\'s step; "they joined" is not', () => {
    expect(steps('They were hiring, so I applied and I joined Northwind in May.').map((s) => s[1])).toEqual([
      'joined',
    ]);
    expect(steps('They were looking for people and I joined a start-up soon after.')).toEqual([
      [null, 'joined', null, null],
    ]);
    expect(steps('Later they joined Northwind together.')).toEqual([]);
  });

  it('"worked (for N months) as an engineer" is a job', () => {
    expect(steps('Before that I had worked for six months as an engineer.')).toEqual([
      [null, 'joined', null, null],
    ]);
    expect(steps('I worked as a data analyst at Northwind.')).toEqual([[null, 'joined', 'Northwind', null]]);
  });
});

describe("a title told in the first person (pattern: a headline stating the narrator's own step)", () => {
  function titled(title: string, body: string) {
    const text = `${title}\n\n${body}`;
    return extractDecisions({
      text,
      date: null,
      mentions: mentionsOf(text),
      speakers: [],
      title,
    }).decisions.map((d) => d.kind);
  }

  it('"Why I left my job to …" and "나는 왜 회사를 그만두고 …" state a step', () => {
    expect(titled('Why I left my safe job to start over', 'It was a long year.')).toEqual(['left']);
    expect(titled('나는 왜 회사를 그만두고 대학원에 갔나', '긴 이야기다.')).toContain('grad_school');
  });

  it('a title naming themes states none', () => {
    expect(titled('유학, 빅테크, 그리고 창업', '긴 이야기다.')).toEqual([]);
    expect(titled('Leaving big tech: startups and research', 'A panel.')).toEqual([]);
  });
});

describe('coordinated English predicates (pattern: "… and did/joined/founded …" is a second step)', () => {
  it('gives each predicate its own step', () => {
    expect(
      steps(
        'Mara Quill earned her doctorate at Lakeview University and did a postdoc at Contoso Research.',
      ).map((s) => s[1]),
    ).toEqual(['grad_school', 'joined']);
    expect(
      steps('Tomas Reed studied at Riverside University and joined Northwind in 2019.').map((s) => s[1]),
    ).toContain('joined');
  });
});
