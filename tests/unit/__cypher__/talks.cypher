// GraphQL: { talks(first: 2) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }

// round trip 1 of 1
// $after = null
// $limit = Integer(3)
RETURN COUNT { MATCH (t:Talk)
 RETURN t } AS totalCount,
    COLLECT { MATCH (t:Talk)
 WITH t WHERE ($after IS NULL OR coalesce(t.title, '') > $after.k OR (coalesce(t.title, '') = $after.k AND t.id > $after.id))
      RETURN t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit } AS rows
