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

export function relatedTalks(talks: RelatedInput[], options: RelatedOptions = {}): RelatedEdge[] {
  const perTalk = options.perTalk ?? 5;
  const minScore = options.minScore ?? 0.05;
  const textWeight = options.textWeight ?? 0.35;
  const entityIdf = idf(talks.map((t) => t.entities.map((e) => e.id)));
  const gramIdf = idf(talks.map((t) => t.fingerprint));
  const names = new Map(talks.flatMap((t) => t.entities.map((e) => [e.id, e.name] as const)));
  const entityVectors = talks.map((t) =>
    weighted(
      t.entities.map((e) => e.id),
      entityIdf,
    ),
  );
  const textVectors = talks.map((t) => weighted(t.fingerprint, gramIdf));
  const byEntity = invert(entityVectors);
  const byGram = invert(textVectors);

  const edges: RelatedEdge[] = [];
  for (let i = 0; i < talks.length; i += 1) {
    const entityScores = dotProducts(i, entityVectors, byEntity);
    const textScores = dotProducts(i, textVectors, byGram);
    const candidates = new Set([...entityScores.keys(), ...textScores.keys()]);
    const scored: RelatedEdge[] = [];
    for (const j of candidates) {
      const entityScore = entityScores.get(j) ?? 0;
      const textScore = textScores.get(j) ?? 0;
      const score = (1 - textWeight) * entityScore + textWeight * textScore;
      if (score >= minScore) {
        scored.push({
          source: talks[i]?.id ?? '',
          target: talks[j]?.id ?? '',
          score: round(score),
          reasons: reasons(entityVectors[i], entityVectors[j], names, textScore),
        });
      }
    }
    edges.push(...scored.sort((a, b) => b.score - a.score).slice(0, perTalk));
  }
  return edges;
}

type Vector = Map<string, number>;

function idf(documents: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of documents) {
    for (const feature of new Set(features)) {
      df.set(feature, (df.get(feature) ?? 0) + 1);
    }
  }
  const n = documents.length;
  const weights = new Map<string, number>();
  for (const [feature, count] of df) {
    if (count > 1 && count <= MAX_DF && (n < 10 || count <= n * MAX_DF_SHARE)) {
      weights.set(feature, Math.log(1 + n / count));
    }
  }
  return weights;
}

/** A unit-length vector of the features that carry weight. */
function weighted(features: string[], weights: Map<string, number>): Vector {
  const vector: Vector = new Map();
  for (const feature of new Set(features)) {
    const w = weights.get(feature);
    if (w !== undefined) {
      vector.set(feature, w);
    }
  }
  const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  for (const [feature, w] of vector) {
    vector.set(feature, w / norm);
  }
  return vector;
}

function invert(vectors: Vector[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    for (const feature of vector.keys()) {
      const postings = index.get(feature);
      if (postings) {
        postings.push(i);
      } else {
        index.set(feature, [i]);
      }
    }
  });
  return index;
}

/** Cosine similarity of talk i with every talk sharing a feature, through the inverted index. */
function dotProducts(i: number, vectors: Vector[], index: Map<string, number[]>): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [feature, w] of vectors[i] ?? []) {
    for (const j of index.get(feature) ?? []) {
      if (j !== i) {
        scores.set(j, (scores.get(j) ?? 0) + w * (vectors[j]?.get(feature) ?? 0));
      }
    }
  }
  return scores;
}

function reasons(
  a: Vector | undefined,
  b: Vector | undefined,
  names: Map<string, string>,
  text: number,
): string[] {
  const shared = [...(a ?? [])]
    .filter(([id]) => b?.has(id))
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([id]) => names.get(id) ?? id);
  const result = shared.length ? [`shared: ${shared.join(', ')}`] : [];
  if (text >= 0.1) {
    result.push(`similar wording (${Math.round(text * 100)}%)`);
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
