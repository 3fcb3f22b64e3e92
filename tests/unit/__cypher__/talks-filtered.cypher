// GraphQL: query ($after: String) { talks(first: 5, after: $after, filter: { speaker: "person:kim", entity: "model:bert", year: 2021, series: "AI Talks" }) { totalCount } }
// variables: {"after":"WyJTY2FsaW5nIGxhd3MiLCJ0YWxrOnQxIl0"}

// round trip 1 of 1
// $after = {"k":"Scaling laws","id":"talk:t1"}
// $entity = "model:bert"
// $limit = Integer(6)
// $series = "AI Talks"
// $speaker = "person:kim"
// $year = "2021"
RETURN COUNT { MATCH (t:Talk)-[:GIVEN_BY]->(:Person {id: $speaker})
MATCH (t:Talk)-[:MENTIONS]->(:Entity {id: $entity})
WHERE t.date STARTS WITH $year AND t.series = $series RETURN t } AS totalCount,
    COLLECT { MATCH (t:Talk)-[:GIVEN_BY]->(:Person {id: $speaker})
MATCH (t:Talk)-[:MENTIONS]->(:Entity {id: $entity})
WHERE t.date STARTS WITH $year AND t.series = $series WITH t WHERE ($after IS NULL OR coalesce(t.title, '') > $after.k OR (coalesce(t.title, '') = $after.k AND t.id > $after.id))
      RETURN t {.id, .title, .date, .language, .series, .url, .position, type: 'Talk'} ORDER BY coalesce(t.title, ''), t.id LIMIT $limit } AS rows
