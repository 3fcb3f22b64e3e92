/**
 * The synthetic world the notes talk about: people with careers, and pools of institutions,
 * models, conferences, datasets and topics, each drawn with Zipf popularity. Real ontology
 * entities sit beside synthetic ones, so the matcher and the discovery rules both get work.
 */
import { entity, readOntologyEntities, type SynthEntity, type SynthType } from './ontology-entities.ts';
import { between, chance, pick, type Random, shuffled, Zipf } from './random.ts';

export interface CareerStep {
  kind: 'grad_school' | 'joined' | 'left' | 'founded' | 'moved_to_academia';
  year: number;
  place: SynthEntity;
}

export interface SynthPerson {
  entity: SynthEntity;
  /** Latin-script name: this person speaks in English recaps. */
  english: boolean;
  pronoun: 'she' | 'he';
  career: CareerStep[];
}

export interface Population {
  people: SynthPerson[];
  /** Who gives talks: a few people give many (the speakers' own degree is skewed too). */
  speakers: Zipf<SynthPerson>;
  universities: Zipf<SynthEntity>;
  companies: Zipf<SynthEntity>;
  startups: SynthEntity[];
  models: Zipf<SynthEntity>;
  conferences: Zipf<SynthEntity>;
  datasets: Zipf<SynthEntity>;
  topics: Zipf<SynthEntity>;
  departments: readonly string[];
}

/** Pinned at the head of their pools: the hubs real notes keep returning to. */
const HUBS: Record<string, readonly string[]> = {
  university: ['KAIST', 'Seoul National University', 'Korea University', 'Stanford University'],
  company: ['Naver', 'Google', 'Kakao', 'Samsung Electronics', 'Upstage', 'Naver Clova'],
  Model: ['BERT', 'Transformer', 'GPT-3', 'GPT-4', 'ChatGPT'],
  Conference: ['NeurIPS', 'ACL', 'ICML', 'EMNLP', 'CVPR'],
  Dataset: ['SQuAD', 'ImageNet', 'GLUE', 'KorQuAD'],
  Topic: ['Deep learning', 'Natural language processing', 'Machine learning', 'Computer vision'],
};

const SURNAMES = [...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진'];
const GIVEN = [...'민서지현준우성수영재호은하유진태동상경석주윤혜원도승희정연예채다시건찬규인아나보소가빈'];
const FIRST = ['Jane', 'Daniel', 'Maria', 'Kevin', 'Sarah', 'David', 'Emily', 'Thomas', 'Laura', 'Anna'];
const FIRST_MORE = ['Michael', 'Robert', 'Julia', 'Peter', 'Olivia', 'James', 'Nora', 'Lucas', 'Elena'];
const LAST = ['Kowalski', 'Fischer', 'Nguyen', 'Moreau', 'Rossi', 'Tanaka', 'Walker', 'Larsen', 'Novak'];
const LAST_MORE = ['Schmidt', 'Silva', 'Okafor', 'Brennan', 'Haddad', 'Lindqvist', 'Costa', 'Meyer'];
const PLACES = [...'한새누가온다해라미아마나하별은솔빛벼리샘길봄'];
const DEPARTMENTS = ['컴퓨터공학과', '통계학과', '전산학과', '산업공학과', '수학과', '전자공학과'];

export function buildPopulation(random: Random, talks: number, ontologyDir?: string): Population {
  const ontology = readOntologyEntities(ontologyDir);
  const ofType = (type: SynthType) => ontology.filter((e) => e.type === type);
  const institutions = ofType('Institution');
  const universities = [...institutions.filter((e) => e.kind === 'university'), ...synthUniversities(random)];
  const companies = [
    ...institutions.filter((e) => e.kind !== 'university'),
    ...synthOrganisations(random, Math.ceil(talks / 20)),
  ];
  const uniPool = pool(random, universities, HUBS['university'] ?? [], 1.05);
  const companyPool = pool(random, companies, HUBS['company'] ?? [], 1.05);
  const startups = synthStartups(random, Math.max(20, Math.ceil(talks / 10)));
  const taken = new Set(ofType('Person').map((p) => p.name));
  const synthetic = Array.from({ length: Math.max(60, Math.ceil(talks * 0.6)) }, () =>
    synthPerson(random, taken),
  );
  const famous = ofType('Person').map((e) => ({ entity: e, english: /^[A-Za-z]/.test(e.name) }));
  const people = [...famous, ...synthetic].map(({ entity: e, english }) => ({
    entity: e,
    english,
    pronoun: chance(random, 0.5) ? ('she' as const) : ('he' as const),
    career: career(random, uniPool, companyPool, startups),
  }));
  return {
    people,
    speakers: new Zipf(shuffled(random, people), 0.9),
    universities: uniPool,
    companies: companyPool,
    startups,
    models: pool(random, [...ofType('Model'), ...synthModels(random)], HUBS['Model'] ?? [], 1.1),
    conferences: pool(random, ofType('Conference'), HUBS['Conference'] ?? [], 1.1),
    datasets: pool(random, ofType('Dataset'), HUBS['Dataset'] ?? [], 1.1),
    topics: pool(random, ofType('Topic'), HUBS['Topic'] ?? [], 1.1),
    departments: DEPARTMENTS,
  };
}

/** Hubs first, in the order given; the rest shuffled by the seed, so the tail differs per seed. */
function pool(random: Random, entities: SynthEntity[], hubs: readonly string[], exponent: number) {
  const head = hubs.flatMap((name) => entities.filter((e) => e.name === name));
  const tail = shuffled(
    random,
    entities.filter((e) => !hubs.includes(e.name)),
  );
  return new Zipf([...head, ...tail], exponent);
}

function synthPerson(random: Random, taken: Set<string>): { entity: SynthEntity; english: boolean } {
  for (;;) {
    const english = chance(random, 0.15);
    const name = english
      ? `${pick(random, [...FIRST, ...FIRST_MORE])} ${pick(random, [...LAST, ...LAST_MORE])}`
      : `${pick(random, SURNAMES)}${pick(random, GIVEN)}${pick(random, GIVEN)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return { entity: entity('Person', name, [], null), english };
    }
  }
}

function placeName(random: Random): string {
  return `${pick(random, PLACES)}${pick(random, PLACES)}`;
}

/** `…대학교` with an English spelling the Latin discovery rule finds (`Hanbit University`). */
function synthUniversities(random: Random): SynthEntity[] {
  const names = new Set(Array.from({ length: 40 }, () => placeName(random)));
  return [...names].map((n) => entity('Institution', `${n}대학교`, [], 'university'));
}

function synthOrganisations(random: Random, count: number): SynthEntity[] {
  const names = new Set(Array.from({ length: count }, () => placeName(random)));
  return [...names].map((n, i) =>
    entity('Institution', i % 2 === 0 ? `${n}AI연구소` : `${n}재단`, [], i % 2 === 0 ? 'lab' : 'foundation'),
  );
}

function synthStartups(random: Random, count: number): SynthEntity[] {
  const names = new Set(Array.from({ length: count }, () => `${placeName(random)}랩`));
  return [...names].map((n) => entity('Institution', n, [], 'company'));
}

/** Names the shape rule finds: a capitalised stem and a version (`Nuri-7B`, `HanLM-2`). */
function synthModels(random: Random): SynthEntity[] {
  const stems = ['Nuri', 'Hanbit', 'Saebom', 'Garam', 'Mirae', 'Dasol', 'Haneul', 'Byeol'];
  return stems.flatMap((stem) => {
    const version = between(random, 2, 9);
    return [entity('Model', `${stem}-${version}`, [], 'language-model')];
  });
}

function career(random: Random, unis: Zipf<SynthEntity>, cos: Zipf<SynthEntity>, startups: SynthEntity[]) {
  const steps: CareerStep[] = [];
  let year = between(random, 2003, 2014);
  // Talks are dated up to 2024, so nobody tells of a later step.
  const step = (kind: CareerStep['kind'], place: SynthEntity, gap: number) => {
    year += gap;
    if (year <= 2024) {
      steps.push({ kind, year, place });
    }
  };
  step('grad_school', unis.draw(random), between(random, 1, 3));
  const jobs = between(random, 1, 4);
  for (let i = 0; i < jobs; i += 1) {
    const company = cos.draw(random);
    step('joined', company, between(random, 1, 3));
    if (i < jobs - 1 || chance(random, 0.3)) {
      step('left', company, between(random, 1, 3));
    }
  }
  if (chance(random, 0.25)) {
    step('founded', pick(random, startups), 1);
  } else if (chance(random, 0.2)) {
    step('moved_to_academia', unis.draw(random), 1);
  }
  return steps;
}
