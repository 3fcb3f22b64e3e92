/**
 * The entry of speakers/: who speaks in a talk, from its title, heading, front matter and first
 * lines, by the finders of this folder in order of strength. Takes a talk's text and headers
 * (VoiceInput); gives names as written, honorifics removed (TalkVoice). Which person of the
 * ontology a name is, is settled later, once, by extract/canonical-person.ts.
 */
import { cleanPersonName, withoutHonorific } from '../text/person-name.ts';
import { authorFromByline } from './bylines.ts';
import { authorFromSelfIntroduction } from './self-introduction.ts';
import { speakerFromNameCard } from './speaker-cards.ts';
import { weighedSpeakers } from './speaker-cues.ts';
import { speakerFromProfile, speakersFromBioBlocks, speakersFromLabels } from './speaker-labels.ts';
import { speakerFromTitle } from './title-speakers.ts';
import { transcriptSpeakers } from './transcript-speaker.ts';

export interface TalkVoice {
  speakers: string[];
  /** 'speaker' when someone gave the talk; 'author' when the note's writer is its only voice. */
  narrator: 'speaker' | 'author';
  /** A first-person story (or one told of "the author") whose author the text never names. */
  authorUnnamed: boolean;
}

export interface VoiceInput {
  /** The talk's title (front matter, heading or first line). */
  title: string;
  /** The speaker(s) a section heading or a programme row names. */
  headingSpeaker: string | readonly string[] | null;
  /** Speakers from front matter. */
  metaSpeakers: string[];
  /** Whether the note holds several talks (front-matter speakers then name them all). */
  multi: boolean;
  /** The talk's first lines, where labels and bio blocks sit. */
  lead: string[];
  text: string;
}

/**
 * Who speaks in a talk, strongest evidence first: a section heading, front matter, the title,
 * a label line, a speaker-bio block, the subject of a CV, the guest of a transcript; else the
 * note's author, named by a byline or a self-introduction, or left unnamed.
 * Each finder is tried lazily: the first that names someone wins; the explicit forms (headings,
 * labels, profiles, transcripts) come first, then every cue of the running text weighed together.
 */
export function findTalkVoice(input: VoiceInput): TalkVoice {
  const fromMeta =
    input.multi && input.metaSpeakers.length > 1 ? [] : input.metaSpeakers.map(withoutHonorific);
  const finders: (() => readonly string[] | string | null)[] = [
    () => input.headingSpeaker,
    () => fromMeta,
    () => speakerFromTitle(input.title),
    () => speakersFromLabels(input.lead),
    () => speakersFromBioBlocks(input.lead, input.text),
    () => speakerFromProfile(input.lead),
    () => speakerFromNameCard(input.lead),
    () => transcriptSpeakers(input.text),
    // Then the cues of running text, weighed together (see speaker-cues.ts).
    () => weighedSpeakers({ ...input, author: authorFromByline(input.lead) }),
  ];
  for (const find of finders) {
    const found = find();
    const speakers = typeof found === 'string' ? [found] : [...(found ?? [])];
    if (speakers.length > 0) {
      return { speakers: withSpeakingHosts(speakers, input), narrator: 'speaker', authorUnnamed: false };
    }
  }
  const firstPerson = tellsAuthorsStory(input.text);
  const author =
    authorFromByline(input.lead) ?? (firstPerson ? authorFromSelfIntroduction(input.text) : null);
  if (author) {
    return { speakers: [author], narrator: 'author', authorUnnamed: false };
  }
  return { speakers: [], narrator: 'author', authorUnnamed: firstPerson };
}

const FIRST_PERSON_KO =
  /(?<![가-힣])(?:나는|내가|나의|나에게|나도|나를|나한테|저는|제가|저의|저도|저를|저한테|제게)(?![가-힣])/gu;
const FIRST_PERSON_EN = /\b(?:I|I'm|I've|my|me)\b/g;
const AUTHOR_WORDS = /글쓴이|필자|작성자|블로그\s*주인|주인장|\bthe (?:author|blogger|writer)\b/i;

/** Whether the note tells its own author's story: first person, or "the author" named as such. */
export function tellsAuthorsStory(text: string): boolean {
  const hits = (text.match(FIRST_PERSON_KO)?.length ?? 0) + (text.match(FIRST_PERSON_EN)?.length ?? 0);
  // A short teaser has room for one "나는" at most; a whole post says it again and again.
  return hits >= 2 || (hits === 1 && text.length < 1500) || AUTHOR_WORDS.test(text) || isDiary(text);
}

/** Every Hangul syllable closed by ㅆ (었, 갔, 왔, 했 …): the past tense of plain statements. */
const PAST_SYLLABLES = Array.from({ length: 19 * 21 }, (_, i) =>
  String.fromCharCode(0xac00 + i * 28 + 20),
).join('');
/** A plain past or present statement closing a sentence: 그만두었다. 들어갔다. 시작한다. */
const PLAIN_STATEMENT = new RegExp(`(?:[${PAST_SYLLABLES}]|한|된|간|온)다[.!]?(?=\\s|$)`, 'gu');
/** Anyone but the writer as a subject: honorific forms, third-person pronouns, a named or titled person. */
const SOMEONE_ELSE =
  /님|께서|하셨|셨다|셨고|시고|(?<![가-힣])(?:그는|그가|그녀는|그녀가|그의|그녀의|이들은)(?![가-힣])|[가-힣]\s?(?:씨|대표|교수|기자)(?:는|가|의)/u;
const DIARY_MIN = 2;

/**
 * A Korean diary or blog post drops "나는" as a matter of style ("회사를 그만두었다. 대학원에
 * 간다."): plain statements, with no one else as their subject, are the writer's own.
 */
function isDiary(text: string): boolean {
  if (SOMEONE_ELSE.test(text)) {
    return false;
  }
  let statements = 0;
  for (const _ of text.matchAll(PLAIN_STATEMENT)) {
    statements += 1;
    if (statements >= DIARY_MIN) {
      return true;
    }
  }
  return false;
}

/** "Hosted by Jane Doe", "Moderator: Jane Doe", "진행: 홍길동", "사회 홍길동" on a line of the lead. */
const HOST_LINE =
  /^\s*(?:[-*•]\s*)?(?:hosted\s+by|host(?:ed)?\s*[:：]|moderated\s+by|moderator\s*[:：]|진행자?\s*[:：]?|사회자?\s*[:：]?)\s*(.+?)\s*$/iu;

/**
 * A host or moderator named in the lead who also speaks in the text ("Jane: …" or "Jane Doe: …"
 * turns) is a speaker beside the guest: an interview's speakers are everyone who talks in it.
 */
function withSpeakingHosts(speakers: string[], input: VoiceInput): string[] {
  const out = [...speakers];
  for (const line of input.lead) {
    const host = cleanPersonName(HOST_LINE.exec(line)?.[1] ?? '');
    if (host && !out.includes(host) && speaksInTurns(host, input.text)) {
      out.push(host);
    }
  }
  return out;
}

function speaksInTurns(name: string, text: string): boolean {
  const first = name.split(' ')[0] ?? name;
  const label = [name, first].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`^[ \\t]*(?:${label})[ \\t]*[:：]`, 'mu').test(text);
}
