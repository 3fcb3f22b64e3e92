/**
 * Which talks are alike, and why: shared entities weighted by rarity (IDF, so BERT or NAVER,
 * mentioned everywhere, count less than a rare dataset), plus the cosine of character-trigram
 * fingerprints with IDF weights. Pure: the caller reads the inputs from the graph and writes back.
 */
export interface RelatedInput {
  id: string;
  entities: { id: string; name: string }[];
  fingerprint: string[];
}

export interface RelatedEdge {
  source: string;
  target: string;
  score: number;
  reasons: string[];
}

export interface RelatedOptions {
  /** Related talks kept per talk. @default 5 */
  perTalk?: number;
  /** Edges below this score are dropped. @default 0.05 */
  minScore?: number;
  /** Share of the score given to text similarity. @default 0.35 */
  textWeight?: number;
}

/**
 * Features in more than half the talks say nothing about relatedness (stop-grams, hubs), and
 * capping how many talks a feature may link keeps the pairing near-linear as the corpus grows.
 */
const MAX_DF_SHARE = 0.5;
const MAX_DF = 500;

interface FeatureSpace {
  names: string[];
  /** Per talk: feature ids and unit-normalised weights. */
  features: Int32Array[];
  weights: Float64Array[];
  /** Per feature: talks and their weights. */
  postingTalks: Int32Array[];
  postingWeights: Float64Array[];
}

function featureSpace(documents: string[][]): FeatureSpace {
  const df = new Map<string, number>();
  for (const features of documents) {
    for (const feature of new Set(features)) {
      df.set(feature, (df.get(feature) ?? 0) + 1);
    }
  }
  const n = documents.length;
  const ids = new Map<string, number>();
  const idf: number[] = [];
  for (const [feature, count] of df) {
    if (count > 1 && count <= MAX_DF && (n < 10 || count <= n * MAX_DF_SHARE)) {
      ids.set(feature, idf.length);
      idf.push(Math.log(1 + n / count));
    }
  }
  const space: FeatureSpace = {
    names: [...ids.keys()],
    features: [],
    weights: [],
    postingTalks: [],
    postingWeights: [],
  };
  const talks: number[][] = idf.map(() => []);
  const weights: number[][] = idf.map(() => []);
  documents.forEach((doc, i) => {
    const features = [...new Set(doc)].flatMap((f) => (ids.has(f) ? [ids.get(f) as number] : []));
    const raw = features.map((f) => idf[f] ?? 0);
    const norm = Math.sqrt(raw.reduce((sum, w) => sum + w * w, 0));
    const unit = raw.map((w) => w / norm);
    space.features.push(Int32Array.from(features));
    space.weights.push(Float64Array.from(unit));
    features.forEach((f, k) => {
      talks[f]?.push(i);
      weights[f]?.push(unit[k] ?? 0);
    });
  });
  space.postingTalks = talks.map((p) => Int32Array.from(p));
  space.postingWeights = weights.map((p) => Float64Array.from(p));
  return space;
}

/** Adds talk i's cosine with every talk sharing a feature into `scores`; records who was touched. */
function accumulate(
  space: FeatureSpace,
  i: number,
  scores: Float64Array,
  seen: Uint8Array,
  touched: number[],
) {
  const features = space.features[i] ?? new Int32Array();
  const weights = space.weights[i] ?? new Float64Array();
  for (let k = 0; k < features.length; k += 1) {
    const f = features[k] ?? 0;
    const w = weights[k] ?? 0;
    const talks = space.postingTalks[f] ?? new Int32Array();
    const other = space.postingWeights[f] ?? new Float64Array();
    for (let p = 0; p < talks.length; p += 1) {
      const j = talks[p] ?? 0;
      if (j !== i) {
        scores[j] = (scores[j] ?? 0) + w * (other[p] ?? 0);
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
  }
}

interface Best {
  j: number;
  score: number;
  text: number;
}

export function relatedTalks(talks: RelatedInput[], options: RelatedOptions = {}): RelatedEdge[] {
  return [...relatedTalkChunks(talks, options, talks.length)].flat();
}

/**
 * The same edges, a chunk of source talks at a time, so a caller can write one chunk while the
 * next is scored (the feature spaces are built once, before the first chunk).
 */
export function* relatedTalkChunks(
  talks: RelatedInput[],
  options: RelatedOptions = {},
  chunkTalks = 500,
): Generator<RelatedEdge[]> {
  const perTalk = options.perTalk ?? 5;
  const minScore = options.minScore ?? 0.05;
  const textWeight = options.textWeight ?? 0.35;
  const n = talks.length;
  const entities = featureSpace(talks.map((t) => t.entities.map((e) => e.id)));
  const grams = featureSpace(talks.map((t) => t.fingerprint));
  const names = new Map(talks.flatMap((t) => t.entities.map((e) => [e.id, e.name] as const)));
  const entityScores = new Float64Array(n);
  const textScores = new Float64Array(n);
  const seen = new Uint8Array(n);
  let edges: RelatedEdge[] = [];
  for (let i = 0; i < n; i += 1) {
    const touched: number[] = [];
    accumulate(entities, i, entityScores, seen, touched);
    accumulate(grams, i, textScores, seen, touched);
    const best: Best[] = [];
    for (const j of touched) {
      const score =
        Math.round(((1 - textWeight) * (entityScores[j] ?? 0) + textWeight * (textScores[j] ?? 0)) * 1000) /
        1000;
      if (score >= minScore && (best.length < perTalk || score > (best.at(-1)?.score ?? 0))) {
        best.push({ j, score, text: textScores[j] ?? 0 });
        best.sort((a, b) => b.score - a.score);
        best.length = Math.min(best.length, perTalk);
      }
      entityScores[j] = 0;
      textScores[j] = 0;
      seen[j] = 0;
    }
    for (const b of best) {
      const reasons = reasonsFor(entities, i, b.j, names, b.text);
      edges.push({ source: talks[i]?.id ?? '', target: talks[b.j]?.id ?? '', score: b.score, reasons });
    }
    if ((i + 1) % chunkTalks === 0 && edges.length > 0) {
      yield edges;
      edges = [];
    }
  }
  if (edges.length > 0) {
    yield edges;
  }
}

function reasonsFor(space: FeatureSpace, i: number, j: number, names: Map<string, string>, text: number) {
  const theirs = new Set(space.features[j]);
  const mine = space.features[i] ?? new Int32Array();
  const shared: [number, number][] = [];
  mine.forEach((f, k) => {
    if (theirs.has(f)) {
      shared.push([f, space.weights[i]?.[k] ?? 0]);
    }
  });
  // Equal weights are common: ties go by name, so a rerun after a crash says what a clean load says.
  const name = (f: number) => space.names[f] ?? '';
  const top = shared.sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1)).slice(0, 5);
  const labels = top.map(([f]) => names.get(space.names[f] ?? '') ?? space.names[f] ?? '');
  const result = labels.length > 0 ? [`shared: ${labels.join(', ')}`] : [];
  if (text >= 0.1) {
    result.push(`similar wording (${Math.round(text * 100)}%)`);
  }
  return result;
}
