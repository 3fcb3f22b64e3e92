/**
 * Words around the names of events (conferences, summits, symposia).
 * EVENT_KIND_WORDS: the kind word written after an event's name ("Foo 컨퍼런스", "Bar Summit").
 * Only words that name a gathering belong here; a talk or a lecture is not an event of its own.
 */
export const EVENT_KIND_WORDS = [
  '컨퍼런스',
  '콘퍼런스',
  '심포지엄',
  '서밋',
  'Conference',
  'Summit',
  'Symposium',
] as const;

/**
 * GENERIC_EVENT_WORDS: first words that make "X 컨퍼런스" a description, not a name (AI 컨퍼런스,
 * the Annual Conference, Developer Summit). Lower case; a field, a quality or a function word.
 */
export const GENERIC_EVENT_WORDS = new Set([
  'ai',
  'ml',
  'dl',
  'nlp',
  'llm',
  'it',
  'tech',
  'data',
  'developer',
  'developers',
  'dev',
  'open',
  'global',
  'international',
  'annual',
  'national',
  'academic',
  'research',
  'industry',
  'online',
  'virtual',
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'my',
  'his',
  'her',
  'their',
  'each',
  'every',
  'first',
  'last',
  'next',
  'keynote',
]);

/** NOT_EVENT_NAMES: ordinary words that end like an event ("-con", "-콘") but name a thing. Lower case. */
export const NOT_EVENT_NAMES = new Set(['아이콘', '실리콘', '에어콘', '리모콘', '시리콘', '에어컨']);
