import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { type Highlight, highlight, luceneQuery, matchQuality, searchTerms } from '../search-query.ts';
import { range, text } from './args.ts';
import { builder } from './builder.ts';
import { NodeTypeEnum } from './node.ts';
import { displayName, nodeRow, type WideNodeRow } from './node-row.ts';
import { NodeRef } from './refs.ts';

/** The full-text index of graph/schema.cypher: names, aliases and titles. */
const SEARCH_INDEX = 'search_text';

interface SearchHit {
  node: WideNodeRow;
  score: number;
  highlight: Highlight;
}

const SpanRef = builder.objectRef<Highlight['spans'][number]>('TextSpan').implement({
  description: 'A part of a text, as UTF-16 offsets: `text.slice(start, end)`.',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

const HighlightRef = builder.objectRef<Highlight>('Highlight').implement({
  description: 'Why a node matched: the name, title or alias that did, and the matched parts of it.',
  fields: (t) => ({
    text: t.exposeString('text'),
    field: t.exposeString('field', { description: 'name, title or alias.' }),
    spans: t.field({ type: [SpanRef], resolve: (h) => h.spans }),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  fields: (t) => ({
    node: t.field({ type: NodeRef, resolve: (hit) => hit.node }),
    type: t.field({ type: NodeTypeEnum, resolve: (hit) => hit.node.type }),
    label: t.string({ resolve: (hit) => displayName(hit.node) }),
    score: t.exposeFloat('score', { description: 'Lucene relevance; higher is better.' }),
    highlight: t.field({ type: HighlightRef, resolve: (hit) => hit.highlight }),
  }),
});

/**
 * Lucene finds candidates (exact, prefix, infix, typo); they are ranked again here by how each
 * word matched (search-query.ts), so more are read than asked for, and more again with a type
 * filter, since the index ranks every type together and the filter comes after it. A year in
 * the query keeps dated hits of that year and adds the talks and career steps of that year
 * around an undated hit (`upstage 2020`: Upstage, and what happened there in 2020). An unnamed
 * narrator (`unnamed`) is never a name to find: it is shown as the author of its note.
 */
const SEARCH = `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
  WHERE node.unnamed IS NULL
  CALL (node, score) {
    WITH node, score
    WHERE $years IS NULL OR (node.date IS NULL AND node.year IS NULL)
      OR toInteger(left(node.date, 4)) IN $years OR node.year IN $years
    RETURN node AS hit, score AS s, null AS via
    UNION ALL
    WITH node, score
    WHERE $years IS NOT NULL AND node.date IS NULL AND node.year IS NULL
    MATCH (node)--(t)
    WHERE (t:Talk AND toInteger(left(t.date, 4)) IN $years) OR (t:CareerDecision AND t.year IN $years)
    WITH DISTINCT node, score, t LIMIT 20
    RETURN t AS hit, score AS s, node AS via
  }
  WITH hit, s, via
  WHERE ($types IS NULL OR any(l IN labels(hit) WHERE l IN $types)) AND hit.unnamed IS NULL
  RETURN ${nodeRow('hit')} AS node, s AS score, CASE WHEN via IS NULL THEN null ELSE ${nodeRow('via')} END AS via
  ORDER BY score DESC, node.id LIMIT $fetch`;

const FETCH = 5;
const FILTERED_FETCH = 20;

interface Candidate extends SearchHit {
  rank: number;
}

/** Best match first: how the words matched, then a dated hit of an asked year, then Lucene's score. */
function rank(
  rows: { node: WideNodeRow; score: number; via: WideNodeRow | null }[],
  text: string,
  first: number,
): SearchHit[] {
  const { words, years } = searchTerms(text);
  const best = new Map<string, Candidate>();
  for (const { node, score, via } of rows) {
    const quality = matchQuality(via ?? node, words);
    if (quality === 0) {
      continue;
    }
    // Of that year, found directly or around what was named: ahead of the undated name itself.
    const dated = years.length && (via || node.date !== null || node.year !== null) ? 1 : 0;
    const candidate = { node, score, highlight: highlight(node, text), rank: quality * 10 + dated * 5 };
    const known = best.get(node.id);
    if (!known || candidate.rank > known.rank || (candidate.rank === known.rank && score > known.score)) {
      best.set(node.id, candidate);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.rank - a.rank || b.score - a.score || (a.node.id < b.node.id ? -1 : 1))
    .slice(0, first)
    .map(({ rank: _rank, ...hit }) => hit);
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names, aliases and titles (Korean and English), best first: each word may be the start of a word (it suggests while typing), inside one (a Korean given name) or a typo away (counted in jamo for Hangul); a year among the words keeps what is of that year.',
    args: {
      query: t.arg.string({
        required: true,
        description: `1 to ${LIMITS.searchQueryLength} characters.`,
        validate: text('query', LIMITS.searchQueryLength),
      }),
      types: t.arg({ type: [NodeTypeEnum], required: false, description: 'Only nodes of these types.' }),
      first: t.arg.int({
        defaultValue: 10,
        description: `At most ${LIMITS.searchFirst}.`,
        validate: range('first', 0, LIMITS.searchFirst),
      }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const text = args.query; // trimmed by its check
      const first = args.first ?? 10;
      const query = luceneQuery(text);
      if (query === null || first === 0) {
        return [];
      }
      const types = args.types ?? null;
      const { years } = searchTerms(text);
      const fetch = Math.min(first * (types ? FILTERED_FETCH : FETCH), 1_000);
      const params = {
        index: SEARCH_INDEX,
        query,
        types,
        years: years.length ? years.map((y) => neo4j.int(y)) : null,
        fetch: neo4j.int(fetch),
      };
      const rows = await executor.read(SEARCH, params, (r) => ({
        node: r.get('node') as WideNodeRow,
        score: r.get('score') as number,
        via: r.get('via') as WideNodeRow | null,
      }));
      const hits = rank(rows, text, first);
      loaders.charge(hits.length);
      return hits;
    },
  }),
);
