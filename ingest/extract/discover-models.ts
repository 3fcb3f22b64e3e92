/**
 * Models and datasets discovered by shape (GPT-4, KoBERT, BERT4Rec, minDALL-E) or by the kind word
 * a note writes beside an unknown name ("EdNet 데이터셋", "SAINT라는 … 모델", "the X dataset").
 */
import { type DiscoveredMention, mention, words } from './discovered.ts';
import type { Ontology } from './load-ontology.ts';
import { lookupAlias } from './match-ontology.ts';
import { particleChainEnd } from './particles.ts';

/** Name + version: GPT-4, GPT4, PaLM 2, LLaMA-2, YOLOv5, ResNet-50, Mistral-7B. */
const VERSIONED =
  /(?<![A-Za-z0-9.-])([A-Za-z]{2,}?)([- ]?)(\d{1,2}(?:\.\d{1,2})?)((?:-\d{1,3})?[BbMm]|[a-z])?(?![A-Za-z0-9]|[.-]\d)/g;
/** Family suffixes: KoBERT, SciBERT, BioGPT, mT5-style, BiLM, Longformer. */
const SUFFIXED =
  /(?<![A-Za-z0-9-])([A-Z][A-Za-z]*-?(?:BERT|GPT|ELECTRA|BART)|[A-Za-z]*[a-z][A-Za-z]*LM|[A-Z][a-z]+former)(?![A-Za-z0-9])/g;
/** "X to Y" / "X for Y" names: Node2Vec, Pix2Pix, BERT4Rec (AI4NLP, all capitals after, is a blog). */
const LINKED = /(?<![A-Za-z0-9])([A-Za-z]{2,}[24][A-Z][a-z]+)(?![A-Za-z0-9])/g;
/** Families whose names are ordinary capitalised words, so the two-capitals rule misses them. */
const FAMILIES = words(
  'llama gemma mistral mixtral qwen falcon phi claude gemini vicuna alpaca grok solar exaone yolo',
);
const NOT_MODEL_BASES = words(
  'covid cuda html css es ipv usb ddr hbm rtx gtx tpu gpu cpu npu ios macos os iso ieee toeic toefl mbti lte ' +
    'mp ps week day top part phase level stage season vol no pep rfc sql it ai ml dl cs sw hw ui ux cv nlp sota ' +
    'python java web win windows office chapter section figure table lecture class step round page ver version ' +
    'bleu rouge meteor f top',
);

export function modelsByShape(text: string, ontology: Ontology | undefined): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  for (const match of text.matchAll(VERSIONED)) {
    const [whole, base = '', sep = '', version = '', size = ''] = match;
    if (!isModelBase(base, sep, ontology) || !endsAsWord(text, match.index + whole.length)) {
      continue;
    }
    // GPT3, GPT 3 and GPT-3 are one name; a short or mixed-case base stays glued (T5, YOLOv5).
    const glue = sep !== '' || /^[A-Z]{3,}$/.test(base) ? '-' : '';
    out.push(mention('Model', `${base}${glue}${version}${size}`, match.index, whole));
  }
  for (const match of text.matchAll(LINKED)) {
    const name = match[1] ?? '';
    if (endsAsWord(text, match.index + name.length)) {
      out.push(mention('Model', name, match.index, name));
    }
  }
  for (const match of text.matchAll(SUFFIXED)) {
    const name = match[1] ?? '';
    if (!/^(?:LLM|MLLM|VLM|SLM|sLLM|LM)$/.test(name) && endsAsWord(text, match.index + name.length)) {
      out.push(mention('Model', name, match.index, name));
    }
  }
  return out;
}

function isModelBase(base: string, sep: string, ontology: Ontology | undefined): boolean {
  const lower = base.toLowerCase();
  if (NOT_MODEL_BASES.has(lower)) {
    return false;
  }
  const known = ontology === undefined ? [] : lookupAlias(ontology, base);
  if (known.some((entity) => entity.type !== 'Model')) {
    return false;
  }
  const family = FAMILIES.has(lower) || known.length > 0;
  const capitals = (base.match(/[A-Z]/g) ?? []).length;
  if (sep === ' ') {
    return family || (capitals >= 2 && /[a-z]/.test(base));
  }
  return family || (base.length >= 3 && capitals >= 2);
}

/** Hangul right after a name must be particles (GPT-4는), not a counter or a word (BERT 2개). */
function endsAsWord(text: string, end: number): boolean {
  return particleChainEnd(text, end) >= 0;
}

/** A lower-case prefix on a capitalised name: minDALL-E, nanoGPT, mBART (not iOS: too few capitals). */
const PREFIXED = /(?<![A-Za-z0-9-])([a-z]{1,5}[A-Z]{3,}(?:-[A-Z0-9]{1,3})?)(?![A-Za-z0-9])/g;
/** A name with two capitals or more (EdNet, SAINT, KsponSpeech): the shape of a model or dataset name. */
const NAMED = '([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*|[A-Z][a-z]+[A-Z][A-Za-z0-9-]*)';
/** "EdNet 데이터셋", "COCO dataset", "X 코퍼스로". */
const BEFORE_DATASET_WORD = new RegExp(
  `(?<![A-Za-z0-9-])${NAMED}\\s*(?:데이터\\s?셋|데이터\\s?세트|코퍼스|말뭉치|벤치마크|dataset|corpus|benchmark)`,
  'g',
);
/** "SAINT라는 트랜스포머 기반 모델", "a model called X" — a name introduced as a model. */
const CALLED_MODEL = new RegExp(
  `(?<![A-Za-z0-9-])${NAMED}\\s*(?:이라는|라는|란)\\s*(?:[^\\s.,]+\\s+){0,3}?[^\\s.,]*(?:모델|model)|\\b(?:a|the) model (?:called|named) ${NAMED}`,
  'g',
);
/** "Argoverse Open Dataset", "Acme Open Dataset": a release named with the words Open Dataset. */
const OPEN_DATASET = /(?<![A-Za-z0-9-])((?:[A-Z][A-Za-z0-9]+[ \t]){1,2}Open Dataset)(?![A-Za-z])/g;
/**
 * Architectures glue capitalised parts, one of them a word architectures are built from
 * (VoxelNet, CenterPoint, BEVFormer, PointPillars): the shape alone is too common (GitHub,
 * LinkedIn), the part word makes it a model. Ontology names (ImageNet) win over this.
 */
const ARCHITECTURE =
  /(?<![A-Za-z0-9-])((?:[A-Z]{2,}|[A-Z][a-z]+)(?:Net|Former|Pillars|Voxel|Point|Det|Seg|GAN|Fusion|Pose|Track|Mixer|Mamba|Depth|Occ)(?:[A-Z][a-z]+)?(?:v?\d{1,2})?)(?![A-Za-z0-9])/g;

/** Acronyms of fields and tools that sit before 데이터셋/모델 without naming one. */
const NOT_KIND_NAMES = words('llm llms api apis qa sota gpu ai ml nlp cv asr tts ocr sql csv json mrna');

/** Models and datasets named by the kind word beside them, and prefixed model names. */
export function namesByKindWord(text: string): DiscoveredMention[] {
  const out: DiscoveredMention[] = [];
  const add = (type: 'Model' | 'Dataset', name: string, start: number) => {
    if (
      name.length >= 3 &&
      !NOT_KIND_NAMES.has(name.toLowerCase()) &&
      !NOT_MODEL_BASES.has(name.toLowerCase())
    ) {
      out.push(mention(type, name, start, name));
    }
  };
  for (const match of text.matchAll(PREFIXED)) {
    if (endsAsWord(text, match.index + match[0].length)) {
      add('Model', match[1] ?? '', match.index);
    }
  }
  for (const match of text.matchAll(BEFORE_DATASET_WORD)) {
    add('Dataset', match[1] ?? '', match.index);
  }
  for (const match of text.matchAll(OPEN_DATASET)) {
    add('Dataset', (match[1] ?? '').replace(/\s+/g, ' '), match.index);
  }
  for (const match of text.matchAll(ARCHITECTURE)) {
    if (endsAsWord(text, match.index + match[0].length)) {
      add('Model', match[1] ?? '', match.index);
    }
  }
  for (const match of text.matchAll(CALLED_MODEL)) {
    const name = match[1] ?? match[2] ?? '';
    add('Model', name, match.index + match[0].indexOf(name));
  }
  return out;
}
