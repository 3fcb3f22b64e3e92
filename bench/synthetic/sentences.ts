/**
 * Sentences of the genre: career decisions with years, and the talk's other remarks, in Korean
 * (with English terms, particles glued to names) and in English.
 */
import type { SynthEntity } from './ontology-entities.ts';
import type { CareerStep, Population, SynthPerson } from './population.ts';
import { between, chance, pick, type Random } from './random.ts';

/** How a note tells a story: the speaker's own words, a listener's report, or an English recap. */
export type Voice = 'first' | 'third' | 'en';

export interface Writer {
  random: Random;
  population: Population;
  /** Keys of the entities written so far in the current note (the corpus test counts them). */
  used: Set<string>;
}

/** A spelling of `e` as this voice would write it; English text prefers a Latin spelling. */
export function spell(w: Writer, e: SynthEntity, voice: Voice): string {
  w.used.add(e.key);
  const latin = e.spellings.filter((s) => /^[A-Za-z]/.test(s));
  const hangul = e.spellings.filter((s) => /^[가-힣]/.test(s));
  if (voice === 'en' && latin.length > 0) {
    return pick(w.random, latin);
  }
  return pick(w.random, hangul.length > 0 && chance(w.random, 0.6) ? hangul : e.spellings);
}

type Ending = 'none' | 'rieul' | 'other';

/** What the last sound of a word is, for choosing 는/은, 를/을, 로/으로. */
function ending(word: string): Ending {
  const last = word.trim().at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 'none' : final === 8 ? 'rieul' : 'other';
  }
  if (/[0-9]/.test(last)) {
    return '178'.includes(last) ? 'rieul' : '036'.includes(last) ? 'other' : 'none';
  }
  return /[lL]/.test(last) ? 'rieul' : /[mnMNkgp]/.test(last) ? 'other' : 'none';
}

export const josa = {
  topic: (w: string) => `${w}${ending(w) === 'none' ? '는' : '은'}`,
  object: (w: string) => `${w}${ending(w) === 'none' ? '를' : '을'}`,
  toward: (w: string) => `${w}${ending(w) === 'other' ? '으로' : '로'}`,
};

/** One career step told in a voice; the year is always in the sentence, as the rules expect. */
export function stepSentence(w: Writer, step: CareerStep, voice: Voice, person: SynthPerson): string {
  const place = spell(w, step.place, voice);
  const y = step.year;
  if (voice === 'en') {
    return englishStep(step.kind, place, y, person.pronoun, w.random);
  }
  const first = voice === 'first';
  const lines: Record<CareerStep['kind'], string[]> = {
    grad_school: [
      `${y}년도에 ${place} 대학원에 진학${first ? '했습니다' : '했다'}.`,
      `${y}년에 ${josa.toward(place)} 유학을 ${first ? '떠났어요' : '떠났다고 한다'}.`,
    ],
    joined: [
      `${y}년에 ${place}에 입사${first ? '했어요' : '했다'}.`,
      `${y}년도에 ${josa.toward(place)} 이직${first ? '했습니다' : '했다고'}.`,
    ],
    left: [`${y}년에 ${josa.object(place)} ${first ? '그만뒀습니다' : '퇴사했다'}.`],
    founded: [
      `${y}년에 ${josa.object(place)} 창업${first ? '했습니다' : '했다'}.`,
      `${y}년도에 동료들과 ${josa.object(place)} 공동 창업${first ? '했어요' : '했다고 한다'}.`,
    ],
    moved_to_academia: [`${y}년에 ${place} 교수로 ${first ? '임용됐습니다' : '임용됐다'}.`],
  };
  return pick(w.random, lines[step.kind]);
}

function englishStep(kind: CareerStep['kind'], place: string, y: number, pronoun: string, random: Random) {
  const Pronoun = pronoun === 'she' ? 'She' : 'He';
  const lines: Record<CareerStep['kind'], string[]> = {
    grad_school: [`In ${y} ${pronoun} started graduate school at ${place}.`],
    joined: [`In ${y} ${pronoun} joined ${place}.`, `${Pronoun} moved to ${place} in ${y}.`],
    left: [`${Pronoun} left ${place} in ${y}.`],
    founded: [`In ${y} ${pronoun} co-founded ${place}.`],
    moved_to_academia: [`In ${y} ${pronoun} became a professor at ${place}.`],
  };
  return pick(random, lines[kind]);
}

/** A step before the career proper: a change of major or military service, with a year. */
export function earlySentence(w: Writer, person: SynthPerson, voice: Voice): string {
  const year = (person.career[0]?.year ?? 2010) - between(w.random, 2, 4);
  const department = pick(w.random, w.population.departments);
  if (voice === 'en') {
    return `Back in ${year} ${person.pronoun} switched majors to computer science.`;
  }
  return chance(w.random, 0.5)
    ? `${year}년에 ${josa.toward(department)} 전과${voice === 'first' ? '했어요' : '했다'}.`
    : `${year}년부터 2년 동안 군복무를 ${voice === 'first' ? '했습니다' : '했다고 한다'}.`;
}

/** Openers and closers combined with the remarks below, so no two notes read alike. */
const KO_OPEN = [
  '',
  '개인적으로 ',
  '강연 중반에 ',
  '질문 시간에 ',
  '기억에 남는 건 ',
  '슬라이드에는 ',
  '요약하면 ',
];
const KO_CLOSE = [
  '',
  ' (메모 그대로)',
  ' — 공감됐다.',
  ' 다음 스터디 주제로 삼기로.',
  ' 자세한 건 발표 자료 참고.',
];
const KO_PLAIN = [
  '코드를 직접 짜서 배포까지 해 보는 연습이 필요하다는 말이 반복됐다.',
  '진로 고민, 대학원과 취업 사이의 선택 이야기가 많이 나왔다.',
  '논문을 빨리 읽고 재구현하는 능력, 그리고 협업하는 태도가 중요하다고.',
  'Kaggle 같은 대회는 순위와 상관없이 꾸준히 나가면 실력이 는다.',
  '데이터 수집과 serving 환경 구축에 모델링보다 더 많은 시간이 든다.',
  '정해진 로드맵은 없고 각자 설계해 가며 공부한다는 이야기.',
  'learning rate나 regularization을 대충 넘기지 말고 출발점까지 파 보라고.',
  '오픈소스 contribution과 논문 재구현이 좋은 포트폴리오가 된다.',
  '좋아하는 게 뭔지 모르겠으면 싫어하는 것부터 지워 보라는 조언.',
  '처음부터 전부 이해하려 하면 금방 지친다, 모르는 부분은 나중으로 미뤄도 된다.',
  '풀스택을 지향해도 메인 분야는 절대 놓지 말 것.',
  '연구를 위한 연구보다 개발하다 부딪힌 문제를 연구로 푸는 방식이 좋았다고.',
  '마음 맞는 사람들과 자주 discuss하는 것이 가장 큰 원동력이라고 했다.',
  '잘된 결과도 왜 됐는지 끝까지 캐 보는 습관이 차이를 만든다.',
  '코딩 테스트 때문에 자료구조와 알고리즘 같은 CS 기초는 필수라는 현실적인 이야기.',
  '영어 논문을 빨리 읽고 코드로 옮기는 능력을 따로 연습하라고 했다.',
];
const EN_PLAIN = [
  'Most of the questions were about how to pick a research direction early on.',
  'The advice was to read code as much as papers, and to ship something end to end.',
  'Hiring managers look for a steep learning curve more than for a long CV.',
  'Data collection and serving took more time than modelling in every project described.',
  'Reproducing a paper from scratch was called the best exercise for a beginner.',
  'Collaboration, not individual brilliance, was the theme of the second half.',
  'A question on burnout got a long and honest answer about pacing a PhD.',
  'Side projects shipped to real users counted for more than course certificates.',
  'The talk ended with a plea to keep fundamentals sharp: optimisation, probability, linear algebra.',
];

/** A remark that mentions hubs and tail entities: what makes the graph's degrees skewed. */
export function remark(w: Writer, voice: Voice): string {
  const { random } = w;
  if (voice === 'en') {
    return chance(random, 0.55) ? pick(random, EN_PLAIN) : englishRemark(w);
  }
  const body = chance(random, 0.6) ? pick(random, KO_PLAIN) : koreanRemark(w, voice);
  return `${pick(random, KO_OPEN)}${body}${pick(random, KO_CLOSE)}`;
}

function koreanRemark(w: Writer, voice: Voice): string {
  const { population: p, random } = w;
  const say = (e: SynthEntity) => spell(w, e, voice);
  const year = between(random, 2015, 2024);
  return pick(random, [
    () => `${josa.topic(say(p.models.draw(random)))} 처음 나왔을 때 충격이었고 지금은 baseline으로 쓴다.`,
    () => `${say(p.conferences.draw(random))} ${year}에서 발표한 논문 이야기도 짧게 나왔다.`,
    () => `${josa.toward(say(p.datasets.draw(random)))} 실험을 돌리며 learning curve를 익혔다고.`,
    () => `${say(p.topics.draw(random))} 쪽은 요즘 pre-training 경쟁이라 GPU 부담이 크다.`,
    () => `${say(p.companies.draw(random))}에 다니는 친구들과 paper reading 스터디를 했다.`,
    () => `${mentionedPerson(w)} 님이 해 준 조언: 결국 기본기가 제일 중요하다.`,
    () =>
      `${say(p.models.draw(random))}와 ${say(p.models.draw(random))}의 차이를 ${say(p.datasets.draw(random))} 결과로 설명했다.`,
    () =>
      `${say(p.universities.draw(random))} 연구실 시절 ${say(p.topics.draw(random))} 과제를 맡았다고 한다.`,
    () =>
      `${say(p.companies.draw(random))} 팀은 ${josa.object(say(p.models.draw(random)))} fine-tuning해서 서비스에 붙였다.`,
    () => `${say(p.conferences.draw(random))} 마감 직전의 분위기, reviewer 코멘트 대응 요령도 들었다.`,
  ])();
}

function englishRemark(w: Writer): string {
  const { population: p, random } = w;
  const say = (e: SynthEntity) => spell(w, e, 'en');
  const year = between(random, 2015, 2024);
  return pick(random, [
    () => `${say(p.models.draw(random))} changed how the team thought about ${say(p.topics.draw(random))}.`,
    () => `A paper at ${say(p.conferences.draw(random))} ${year} came up during the Q&A.`,
    () => `Experiments on ${say(p.datasets.draw(random))} were the first real baseline work.`,
    () => `Friends at ${say(p.companies.draw(random))} ran a weekly paper-reading group.`,
    () =>
      `The lab at ${say(p.universities.draw(random))} moved from ${say(p.models.draw(random))} to newer models.`,
    () => `A side project fine-tuned ${say(p.models.draw(random))} on ${say(p.datasets.draw(random))}.`,
  ])();
}

/** A Korean-named person, written before an honorific so the discovery rule can find them. */
function mentionedPerson(w: Writer): string {
  for (let tries = 0; tries < 10; tries += 1) {
    const person = w.population.speakers.draw(w.random);
    if (!person.english) {
      w.used.add(person.entity.key);
      return person.entity.name;
    }
  }
  return '김민준';
}
