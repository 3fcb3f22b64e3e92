import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { type Highlight, highlight, luceneQuery } from '../search-query.ts';
import { checkRange, checkText } from './args.ts';
import { builder } from './builder.ts';
import { NodeTypeEnum } from './node.ts';
import { displayName, type NodeRow, nodeRow } from './node-row.ts';
import { NodeRef } from './refs.ts';

/** The full-text index of graph/schema.cypher: names, aliases and titles. */
const SEARCH_INDEX = 'search_text';

interface SearchHit {
  node: NodeRow;
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
 * With a type filter, more hits are read than asked for, since the index ranks every type
 * together and the filter comes after it.
 */
const SEARCH = `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
  WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
  RETURN ${nodeRow('node')} AS node, score
  ORDER BY score DESC, node.id LIMIT $first`;

const FILTERED_FETCH = 20;

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names, aliases and titles (Korean and English), best first; each word may be the start of a word, so it suggests while typing.',
    args: {
      query: t.arg.string({ required: true, description: `1 to ${LIMITS.searchQueryLength} characters.` }),
      types: t.arg({ type: [NodeTypeEnum], required: false, description: 'Only nodes of these types.' }),
      first: t.arg.int({ defaultValue: 10, description: `At most ${LIMITS.searchFirst}.` }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const text = checkText('query', args.query, LIMITS.searchQueryLength);
      const first = checkRange('first', args.first ?? 10, 0, LIMITS.searchFirst);
      const query = luceneQuery(text);
      if (query === null || first === 0) {
        return [];
      }
      const types = args.types ?? null;
      const fetch = types ? Math.min(first * FILTERED_FETCH, 1_000) : first;
      const params = { index: SEARCH_INDEX, query, types, fetch: neo4j.int(fetch), first: neo4j.int(first) };
      const hits = await executor.read(SEARCH, params, (r) => {
        const node = r.get('node') as NodeRow;
        return { node, score: r.get('score') as number, highlight: highlight(node, text) };
      });
      loaders.charge(hits.length);
      return hits;
    },
  }),
);
