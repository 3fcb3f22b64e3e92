// GraphQL: { talks(first: 2) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }

// round trip 1 of 1
// $after = null
// $limit = Integer(3)
RETURN COUNT { MATCH (t:Talk)
 RETURN t } AS totalCount,
    COLLECT { MATCH (t:Talk)
 WITH t WHERE ($after IS NULL OR coalesce(t.title, '') > $after.k OR (coalesce(t.title, '') = $after.k AND t.id > $after.id))
      RETURN t {.id, .name, .title, .date, .language, .series, .url, .position, .aliases, .kind,
    .unnamed, .summary, .evidence, .year, .offset, .path, .sha256,
    type: [l IN labels(t) WHERE l IN ['Talk', 'Source', 'CareerDecision', 'Person', 'Institution', 'Model', 'Conference', 'Dataset', 'Topic']][0]} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit } AS rows
