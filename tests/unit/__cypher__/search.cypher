// GraphQL: { search(query: "bert", first: 5) { label score } }

// round trip 1 of 1
// $fetch = Integer(25)
// $index = "search_text"
// $query = "(bert^4 OR bert*^2 OR *bert* OR bert~1)"
// $types = null
// $years = null
CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
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
  RETURN hit {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(hit) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} AS node, s AS score, CASE WHEN via IS NULL THEN null ELSE via {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(via) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} END AS via
  ORDER BY score DESC, node.id LIMIT $fetch
