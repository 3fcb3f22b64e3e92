/**
 * The career decisions of the two first-person stories among the seeds (000: a masterclass told in
 * the first person; 002: a blogger's 2018–2020 retrospective), read at run time from ../shared/seeds.
 * Mentions are built by hand from the surfaces the seeds use, so this does not depend on the
 * entity extractor; years are only those the text supports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../graph/model.ts';
import { extractDecisions } from '../../ingest/extract/extract-decisions.ts';
import type { Mention } from '../../ingest/extract/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

function seedText(prefix: string): string {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) {
    throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  }
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** [surface as written in the seeds, type, canonical name, institution kind] */
type Spec = readonly [string, EntityType, string, (string | null)?];

const SURFACES: readonly Spec[] = [
  // 000
  ['토목공학', 'Topic', '토목공학'],
  ['전자공학', 'Topic', '전자공학'],
  ['컴퓨터공학', 'Topic', '컴퓨터공학'],
  ['네이버', 'Institution', 'Naver', 'company'],
  ['클로바', 'Institution', 'Naver Clova', 'lab'],
  ['카이스트', 'Institution', 'KAIST', 'university'],
  ['upstage', 'Institution', 'Upstage', 'company'],
  ['Hugging Face', 'Institution', 'Hugging Face', 'company'],
  ['삼성전자', 'Institution', 'Samsung Electronics', 'company'],
  ['SQuAD', 'Dataset', 'SQuAD'],
  ['BERT', 'Model', 'BERT'],
  ['GPT-3', 'Model', 'GPT-3'],
  ['활석', 'Person', '이활석'],
  ['성킴', 'Person', '김성훈'],
  // 002
  ['수학교육', 'Topic', '수학교육'],
  ['통계학', 'Topic', '통계학'],
  ['딥러닝', 'Topic', '딥러닝'],
  ['IITP', 'Institution', 'IITP', 'agency'],
  ['카네기멜론 대학교', 'Institution', 'Carnegie Mellon University', 'university'],
  ['카네기멜론', 'Institution', 'Carnegie Mellon University', 'university'],
  ['카네기 멜론', 'Institution', 'Carnegie Mellon University', 'university'],
  ['보이스루', 'Institution', '보이스루', 'company'],
  ['Neurips', 'Conference', 'NeurIPS'],
  ['뉴립스', 'Conference', 'NeurIPS'],
  ['LREC', 'Conference', 'LREC'],
  ['EMNLP', 'Conference', 'EMNLP'],
  ['업스테이지', 'Institution', 'Upstage', 'company'],
  ['조용래', 'Person', '조용래'],
  ['조원익', 'Person', '조원익'],
  ['김성훈', 'Person', '김성훈'],
  ['우경구', 'Person', '우경구'],
  // 001, 003, 004
  ['OpenAI', 'Institution', 'OpenAI', 'company'],
  ['Kaggle', 'Institution', 'Kaggle', 'community'],
  ['NeurIPS', 'Conference', 'NeurIPS'],
  ['이활석', 'Person', '이활석'],
  ['주재걸', 'Person', '주재걸'],
];

/** Every occurrence of every surface that the seed really contains. */
function mentionsOf(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, type, name, kind] of SURFACES) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const end = at + surface.length;
      mentions.push({ type, name, surface, start: at, end, kind: kind ?? null, origin: 'ontology' });
    }
  }
  return mentions;
}

function extract(prefix: string, options: { date?: string | null; speakers?: string[] } = {}) {
  const text = seedText(prefix);
  return extractDecisions({
    text,
    date: options.date ?? null,
    mentions: mentionsOf(text),
    speakers: options.speakers ?? [],
  });
}

const steps = (result: ReturnType<typeof extract>) =>
  result.decisions.map((d) => ({
    kind: d.kind,
    year: d.year,
    person: d.person,
    from: d.from?.name ?? null,
    to: d.to?.name ?? null,
  }));

const evidenceOf = (result: ReturnType<typeof extract>, kind: string) =>
  result.decisions.filter((d) => d.kind === kind).map((d) => d.evidence);

describe('seed 000: a masterclass told in the first person', () => {
  const result = extract('000_', { speakers: ['서민준'] });

  it('yields the career path in text order, with only the years the text gives', () => {
    expect(steps(result)).toEqual([
      // The change happens "in the 3rd year": a grade, not a calendar year.
      { kind: 'major_change', year: null, person: null, from: '토목공학', to: '컴퓨터공학' },
      // Admission and "grad school life in Seattle" are one step: graduate school abroad.
      { kind: 'study_abroad', year: null, person: null, from: null, to: null },
      // First place on the leaderboard; the year (2016) sits in an earlier line, not in this one.
      { kind: 'other', year: null, person: null, from: null, to: null },
      // Offered while a PhD student in 2017, served alongside the job that started in 2018.
      { kind: 'military_service', year: 2018, person: null, from: null, to: 'Naver' },
      { kind: 'joined', year: 2018, person: null, from: null, to: 'Naver' },
      // "올해 초": the year of the talk, which the note does not give.
      { kind: 'moved_to_academia', year: null, person: null, from: 'Naver', to: 'KAIST' },
    ]);
  });

  it('keeps the sentences that support each step', () => {
    expect(evidenceOf(result, 'major_change')[0]).toContain('전공을 바꾸');
    expect(evidenceOf(result, 'study_abroad')[0]).toContain('시애틀');
    expect(evidenceOf(result, 'other')[0]).toContain('리더보드');
    expect(evidenceOf(result, 'military_service')[0]).toContain('군복무');
    expect(evidenceOf(result, 'joined')[0]).toContain('2018');
    expect(evidenceOf(result, 'moved_to_academia')[0]).toContain('카이스트');
  });

  it('dates the move to KAIST once the talk date is known', () => {
    const dated = extract('000_', { date: '2021-04-06', speakers: ['서민준'] });
    expect(dated.decisions.find((d) => d.kind === 'moved_to_academia')?.year).toBe(2021);
  });

  it('turns the job and the move into affiliations', () => {
    expect(result.affiliations).toEqual([
      expect.objectContaining({ person: null, institution: 'Naver', since: 2018, until: null }),
      expect.objectContaining({ person: null, institution: 'KAIST', since: null, until: null }),
    ]);
  });

  it('prints no personal data', () => {
    const all = [...result.decisions.map((d) => d.evidence), ...result.affiliations.map((a) => a.evidence)];
    expect(all.join('\n')).not.toContain('@');
  });
});

describe('seed 002: a retrospective with one section per year', () => {
  const result = extract('002_');

  it('yields the career path, dated by the year headings where the text is not background', () => {
    expect(steps(result)).toEqual([
      // A double major "that I was doing": background before 2018, so no year.
      { kind: 'major_change', year: null, person: null, from: '수학교육', to: '통계학' },
      { kind: 'grad_school', year: 2018, person: null, from: null, to: null },
      { kind: 'study_abroad', year: 2019, person: null, from: null, to: 'Carnegie Mellon University' },
      // NeurIPS in December '19, attended at one's own expense: a step the story builds on.
      { kind: 'other', year: 2019, person: null, from: null, to: null },
      { kind: 'joined', year: 2020, person: null, from: null, to: '보이스루' },
      // A plan, not a step taken: "other", dated by the section that tells it.
      { kind: 'other', year: 2021, person: null, from: null, to: null },
      // First places in competitions, told in the closing section (no year heading there).
      { kind: 'other', year: null, person: null, from: null, to: null },
    ]);
  });

  it('keeps the sentences that support each step', () => {
    expect(evidenceOf(result, 'grad_school')[0]).toContain('석사');
    expect(evidenceOf(result, 'study_abroad')[0]).toContain('카네기멜론');
    expect(evidenceOf(result, 'joined')[0]).toContain('보이스루');
    expect(evidenceOf(result, 'other')[0]).toContain('뉴립스');
    expect(evidenceOf(result, 'other')[1]).toContain('박사과정');
    expect(evidenceOf(result, 'other')[2]).toContain('1위');
  });

  it('takes no decision from advice or the related-posts list', () => {
    const evidence = result.decisions.map((d) => d.evidence).join('\n');
    expect(evidence).not.toContain('추천');
    expect(evidence).not.toContain('2020.12.27');
  });

  it('turns the job into an affiliation since 2020', () => {
    expect(result.affiliations).toEqual([
      expect.objectContaining({ person: null, institution: '보이스루', since: 2020, until: null }),
    ]);
  });
});

describe('seeds that are not a career story', () => {
  it.each([
    ['001_', ['주재걸']],
    ['003_', []],
    ['004_', []],
  ])('%s yields no decision: questions, advice and lecture notes are not steps', (prefix, speakers) => {
    expect(extract(prefix, { speakers }).decisions).toEqual([]);
  });
});
